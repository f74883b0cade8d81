/**
 * The response record holds together: an action names a publisher as its authority and only
 * actors, facilitators and incidents that exist; it is not dated before an incident it concerns
 * began; every amount cites one of its sources; and a person is listed as a facilitator only on an
 * official document that names them.
 */
import { formatPartialDate, isDefinitelyBefore } from '../../lib/partial-date.ts';
import type { ContentProblem, FieldPath } from '../problem.ts';
import { problemAt, type ValidatedContent, type ValidRecord } from '../validate-records.ts';

type Target = 'actors' | 'facilitators' | 'incidents' | 'publishers';
const WHERE: Record<Target, string> = {
  actors: 'content/actors/',
  facilitators: 'content/facilitators/',
  incidents: 'content/incidents/',
  publishers: 'content/publishers/',
};

function checkId(
  content: ValidatedContent,
  record: ValidRecord<unknown>,
  path: FieldPath,
  id: string,
  target: Target,
): ContentProblem[] {
  if (content.ids[target].has(id)) return [];
  const singular = target.replace(/s$/, '');
  return [problemAt(record, path, `unknown ${singular} id "${id}"; expected an id from ${WHERE[target]}`)];
}

function checkTwice(record: ValidRecord<unknown>, path: FieldPath, ids: readonly string[]): ContentProblem[] {
  return ids.flatMap((id, index) =>
    ids.indexOf(id) !== index ? [problemAt(record, [...path, index], `"${id}" is listed twice`)] : [],
  );
}

export function checkResponse(content: ValidatedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const incidentStart = new Map(content.incidents.map((i) => [i.id, i.data.dates.start]));
  for (const action of content.actions) {
    const { data } = action;
    problems.push(...checkId(content, action, ['authority'], data.authority, 'publishers'));
    data.targets.actors.forEach((id, index) =>
      problems.push(...checkId(content, action, ['targets', 'actors', index], id, 'actors')),
    );
    data.targets.facilitators.forEach((id, index) =>
      problems.push(...checkId(content, action, ['targets', 'facilitators', index], id, 'facilitators')),
    );
    data.incidents.forEach((id, index) => {
      problems.push(...checkId(content, action, ['incidents', index], id, 'incidents'));
      const start = incidentStart.get(id);
      if (start && isDefinitelyBefore(data.date, start))
        problems.push(
          problemAt(
            action,
            ['date'],
            `the action (${formatPartialDate(data.date)}) is dated before incident "${id}" began (${formatPartialDate(start)}); expected an action on or after the incident's start`,
          ),
        );
    });
    problems.push(
      ...checkTwice(action, ['targets', 'actors'], data.targets.actors),
      ...checkTwice(action, ['targets', 'facilitators'], data.targets.facilitators),
      ...checkTwice(action, ['incidents'], data.incidents),
    );
  }
  const tiers = new Map(content.publishers.map((p) => [p.id, p.data.tier]));
  for (const facilitator of content.facilitators) {
    if (facilitator.data.kind !== 'person') continue;
    const official = facilitator.data.sources.some((source) => tiers.get(source.publisher) === 'official');
    if (!official)
      problems.push(
        problemAt(
          facilitator,
          ['sources'],
          'a person is listed only on an official document that names them; cite the indictment, designation or ruling (a source whose publisher has tier official)',
        ),
      );
  }
  return problems;
}
