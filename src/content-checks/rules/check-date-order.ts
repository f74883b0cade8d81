/**
 * Dates must be in a possible order. Partial dates compare as spans: `2016` is not "before"
 * `2016-02`, so only certain contradictions are reported.
 */
import { formatPartialDate, isDefinitelyBefore } from '../../lib/partial-date.ts';
import type { ContentProblem } from '../problem.ts';
import { problemAt, type ValidatedContent } from '../validate-records.ts';

export function checkDateOrder(content: ValidatedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const incident of content.incidents) {
    const { start, end, discovered, disclosed } = incident.data.dates;
    const mustNotPrecedeStart = { end, discovered, disclosed };
    for (const [field, value] of Object.entries(mustNotPrecedeStart)) {
      if (value && isDefinitelyBefore(value, start)) {
        problems.push(
          problemAt(
            incident,
            ['dates', field],
            `${field} (${formatPartialDate(value)}) is before start (${formatPartialDate(start)}); expected ${field} ≥ start`,
          ),
        );
      }
    }
    if (discovered && disclosed && isDefinitelyBefore(disclosed, discovered)) {
      problems.push(
        problemAt(
          incident,
          ['dates', 'disclosed'],
          `disclosed (${formatPartialDate(disclosed)}) is before discovered (${formatPartialDate(discovered)}); expected disclosed ≥ discovered`,
        ),
      );
    }
  }
  for (const article of content.articles) {
    const { published, updated } = article.data;
    if (updated && isDefinitelyBefore(updated, published)) {
      problems.push(
        problemAt(article, ['updated'], `updated (${updated}) is before published (${published})`),
      );
    }
  }
  return problems;
}
