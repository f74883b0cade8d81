/**
 * Every source, copy (`via`), estimate and action authority names a publisher that exists in
 * content/publishers/; and every publisher is cited somewhere (a warning otherwise: an unused
 * publisher is usually a repost site a source was upgraded away from).
 */
import type { ContentProblem, FieldPath } from '../problem.ts';
import { listRecordsWithSources } from '../record-sources.ts';
import { problemAt, type ValidatedContent, type ValidRecord } from '../validate-records.ts';

function checkPublisherId(
  content: ValidatedContent,
  record: ValidRecord<unknown>,
  path: FieldPath,
  id: string,
): ContentProblem[] {
  if (content.ids.publishers.has(id)) return [];
  return [
    problemAt(
      record,
      path,
      `unknown publisher id "${id}"; expected the name of a file in content/publishers/ (add one with name, homepage and tier)`,
    ),
  ];
}

export function checkPublishers(content: ValidatedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { record, sources } of listRecordsWithSources(content)) {
    sources.forEach((source, index) => {
      problems.push(...checkPublisherId(content, record, ['sources', index, 'publisher'], source.publisher));
      if (source.via) {
        problems.push(
          ...checkPublisherId(content, record, ['sources', index, 'via', 'publisher'], source.via.publisher),
        );
        if (source.via.url === source.url)
          problems.push(
            problemAt(
              record,
              ['sources', index, 'via', 'url'],
              'via.url is the source’s own url; give the original’s url as `url` and the copy’s as `via.url`',
            ),
          );
      }
    });
  }
  for (const estimate of content.estimates) {
    problems.push(...checkPublisherId(content, estimate, ['publisher'], estimate.data.publisher));
  }
  const cited = new Set<string>([
    ...listRecordsWithSources(content).flatMap(({ sources }) =>
      sources.flatMap((source) => [source.publisher, ...(source.via ? [source.via.publisher] : [])]),
    ),
    ...content.estimates.map((estimate) => estimate.data.publisher),
    ...content.actions.map((action) => action.data.authority),
  ]);
  for (const publisher of content.publishers) {
    if (!cited.has(publisher.id))
      problems.push({
        ...problemAt(
          publisher,
          ['name'],
          `publisher "${publisher.id}" is cited by no source, copy, estimate or action; delete the file, or cite it`,
        ),
        severity: 'warning',
      });
  }
  return problems;
}
