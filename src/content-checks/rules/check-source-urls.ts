/** Source and copy URLs are the publisher's own, never a short link that hides where it goes. */
import { isShortLink } from '../../lib/short-links.ts';
import type { ContentProblem } from '../problem.ts';
import { listRecordsWithSources } from '../record-sources.ts';
import { problemAt, type ValidatedContent } from '../validate-records.ts';

const MESSAGE = 'short link; give the publisher’s own URL (open the link and copy where it lands)';

export function checkSourceUrls(content: ValidatedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { record, sources } of listRecordsWithSources(content)) {
    sources.forEach((source, index) => {
      if (isShortLink(source.url)) problems.push(problemAt(record, ['sources', index, 'url'], MESSAGE));
      if (source.via && isShortLink(source.via.url))
        problems.push(problemAt(record, ['sources', index, 'via', 'url'], MESSAGE));
    });
  }
  return problems;
}
