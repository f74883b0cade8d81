/**
 * Rules about incident records as files: the id says when it started, and victims are named
 * unless the record is a campaign (which may list only countries).
 */
import { getEarliestDay, getPrecision } from '../../lib/partial-date.ts';
import type { ContentProblem } from '../problem.ts';
import { problemAt, type ValidatedContent } from '../validate-records.ts';

const ID_PATTERN = /^(\d{4})(?:-(\d{2}))?-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkIncidentRecords(content: ValidatedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const incident of content.incidents) {
    const { dates, category, victims } = incident.data;
    const match = ID_PATTERN.exec(incident.id);
    const expectedPrefix =
      getPrecision(dates.start) === 'year' ? dates.start : getEarliestDay(dates.start).slice(0, 7);
    if (!match || !incident.id.startsWith(`${expectedPrefix}-`)) {
      problems.push(
        problemAt(
          incident,
          ['dates', 'start'],
          `file name "${incident.id}" should start with "${expectedPrefix}-" (the start date's year and month) followed by a lower-case slug`,
        ),
      );
    }
    victims.forEach((victim, index) => {
      if (!victim.name && !victim.country)
        problems.push(problemAt(incident, ['victims', index], 'victim needs a name, a country, or both'));
    });
    if (category !== 'campaign') {
      victims.forEach((victim, index) => {
        if (!victim.name)
          problems.push(
            problemAt(
              incident,
              ['victims', index],
              'victim needs a name (only a campaign may list bare countries)',
            ),
          );
        if (!victim.sector)
          problems.push(
            problemAt(
              incident,
              ['victims', index],
              'victim needs a sector id (only a campaign may leave it out)',
            ),
          );
      });
    }
  }
  return problems;
}
