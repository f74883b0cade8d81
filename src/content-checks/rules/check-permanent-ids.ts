/**
 * Permanent links stay unambiguous: for every kind of record with a page, a former id is never an id
 * in use, and no two records claim the same former id (each old URL must redirect to one record). A withdrawn record explains itself
 * with a correction dated the day it was withdrawn, and no other record refers to it any more.
 */
import type { ContentProblem } from '../problem.ts';
import { problemAt, type ValidatedContent } from '../validate-records.ts';

/** The record kinds with a page of their own, and so a URL that a rename must keep. */
const RENAMABLE = ['incidents', 'actors', 'articles', 'actions', 'facilitators'] as const;

export function checkPermanentIds(content: ValidatedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Ids are unique within a kind (each kind has its own URL space: /incidents/x/, /actors/x/…).
  for (const kind of RENAMABLE) {
    const claimedBy = new Map<string, string>();
    for (const record of content[kind]) {
      record.data.former_ids.forEach((formerId, index) => {
        if (content.ids[kind].has(formerId))
          problems.push(
            problemAt(
              record,
              ['former_ids', index],
              `former id "${formerId}" is the id of a record in content/${kind}/; an id in use cannot redirect elsewhere`,
            ),
          );
        const other = claimedBy.get(formerId);
        if (other !== undefined)
          problems.push(
            problemAt(
              record,
              ['former_ids', index],
              `former id "${formerId}" is already claimed by ${other}; an old URL can redirect to one record only`,
            ),
          );
        else claimedBy.set(formerId, record.id);
      });
    }
  }
  for (const incident of content.incidents) {
    const { withdrawn, corrections } = incident.data;
    if (withdrawn && !corrections.some((correction) => correction.date === withdrawn.date))
      problems.push(
        problemAt(
          incident,
          ['withdrawn', 'date'],
          `a withdrawn record needs a correction dated ${withdrawn.date} saying why; add it to corrections`,
        ),
      );
  }
  // A withdrawn record leaves every list, so nothing may point at it any more.
  const withdrawn = new Set(content.incidents.filter((i) => i.data.withdrawn).map((i) => i.id));
  const message = (id: string) =>
    `"${id}" is withdrawn; remove the reference (its page only explains the withdrawal)`;
  for (const incident of content.incidents)
    incident.data.related.forEach((id, index) => {
      if (withdrawn.has(id)) problems.push(problemAt(incident, ['related', index], message(id)));
    });
  for (const record of [...content.actions, ...content.articles])
    record.data.incidents.forEach((id, index) => {
      if (withdrawn.has(id)) problems.push(problemAt(record, ['incidents', index], message(id)));
    });
  return problems;
}
