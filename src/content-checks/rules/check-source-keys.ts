/** Source keys are unique within a record, and every `source:` a figure cites is one of them. */
import { listIncidentClaims } from '../../lib/incident-claims.ts';
import type { Source } from '../../schemas/source.ts';
import type { ContentProblem, FieldPath } from '../problem.ts';
import { problemAt, type ValidatedContent, type ValidRecord } from '../validate-records.ts';

interface Citation {
  path: FieldPath;
  key: string;
}

function checkRecord(
  record: ValidRecord<unknown>,
  sources: readonly Source[],
  citations: readonly Citation[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const keys = sources.map((source) => source.key);
  keys.forEach((key, index) => {
    if (keys.indexOf(key) !== index)
      problems.push(problemAt(record, ['sources', index, 'key'], `source key "${key}" is used twice`));
  });
  const known = new Set(keys);
  for (const citation of citations) {
    if (!known.has(citation.key)) {
      const expected = keys.length > 0 ? keys.join(', ') : '(none: add a sources list)';
      problems.push(
        problemAt(
          record,
          citation.path,
          `unknown source key "${citation.key}"; expected one of: ${expected}`,
        ),
      );
    }
  }
  return problems;
}

export function checkSourceKeys(content: ValidatedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const incident of content.incidents) {
    const { data } = incident;
    const citations: Citation[] = listIncidentClaims(data).map(({ path, sourceKey }) => ({
      path,
      key: sourceKey,
    }));
    problems.push(...checkRecord(incident, data.sources, citations));
  }
  for (const actor of content.actors) {
    const citations: Citation[] = [];
    actor.data.related.forEach((relation, index) => {
      if (relation.source) citations.push({ path: ['related', index, 'source'], key: relation.source });
    });
    problems.push(...checkRecord(actor, actor.data.sources, citations));
  }
  for (const article of content.articles) problems.push(...checkRecord(article, article.data.sources, []));
  for (const action of content.actions) {
    const citations = action.data.amounts.map((amount, index) => ({
      path: ['amounts', index, 'source'],
      key: amount.source,
    }));
    problems.push(...checkRecord(action, action.data.sources, citations));
  }
  for (const facilitator of content.facilitators)
    problems.push(...checkRecord(facilitator, facilitator.data.sources, []));
  for (const estimate of content.estimates) {
    const citations = [{ path: ['source'], key: estimate.data.source }];
    problems.push(...checkRecord(estimate, estimate.data.sources, citations));
  }
  return problems;
}
