/** The file name is the permanent id and the URL: it must be a clean slug and unique. */
import type { ContentProblem } from '../problem.ts';
import { problemAt, type ValidatedContent, type ValidRecord } from '../validate-records.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkFileIds(content: ValidatedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const folders = [content.incidents, content.actors, content.authors, content.articles] as Array<
    Array<ValidRecord<unknown>>
  >;
  for (const records of folders) {
    for (const record of records) {
      if (!SLUG.test(record.id)) {
        problems.push({
          ...problemAt(
            record,
            [],
            `file name "${record.id}" must be lower-case letters, digits and single hyphens (it becomes the permanent id and URL)`,
          ),
          field: '',
        });
      }
    }
  }
  for (const terms of [content.sectors, content.methods, content.topics]) {
    const seen = new Map<string, number>();
    terms.forEach((term) => {
      const first = seen.get(term.data.id);
      if (first !== undefined)
        problems.push(
          problemAt(term, ['id'], `duplicate id "${term.data.id}" (already used by term #${first + 1})`),
        );
      else seen.set(term.data.id, Number(term.fieldPrefix[0] ?? 0));
    });
  }
  return problems;
}
