/**
 * A claim that rests only on a `secondary` source (a repost, an aggregator, an exchange-hosted news
 * feed) is a warning: the record should cite whoever made the statement. `--strict` fails on it.
 * A source read in a copy is weighed by its original publisher, since that is who made the claim.
 */
import { listIncidentClaims } from '../../lib/incident-claims.ts';
import type { PublisherTier } from '../../schemas/publisher.ts';
import type { ContentProblem } from '../problem.ts';
import { problemAt, type ValidatedContent, type ValidRecord } from '../validate-records.ts';

export function checkClaimTiers(content: ValidatedContent): ContentProblem[] {
  const tiers = new Map<string, PublisherTier>(content.publishers.map((p) => [p.id, p.data.tier]));
  const problems: ContentProblem[] = [];
  const warn = (
    record: ValidRecord<unknown>,
    path: ReadonlyArray<string | number>,
    label: string,
    publisher: string,
  ) => {
    problems.push({
      ...problemAt(
        record,
        path,
        `${label} rests only on a secondary source (publisher "${publisher}"); cite whoever made the statement, with the copy in \`via\``,
      ),
      severity: 'warning',
    });
  };
  for (const incident of content.incidents) {
    const byKey = new Map(incident.data.sources.map((source) => [source.key, source]));
    for (const claim of listIncidentClaims(incident.data)) {
      const source = byKey.get(claim.sourceKey);
      if (source && tiers.get(source.publisher) === 'secondary')
        warn(incident, claim.path, claim.label, source.publisher);
    }
  }
  for (const action of content.actions) {
    const byKey = new Map(action.data.sources.map((source) => [source.key, source]));
    action.data.amounts.forEach((amount, index) => {
      const source = byKey.get(amount.source);
      if (source && tiers.get(source.publisher) === 'secondary')
        warn(action, ['amounts', index, 'source'], `the ${amount.kind} amount`, source.publisher);
    });
  }
  for (const estimate of content.estimates) {
    const source = estimate.data.sources.find((s) => s.key === estimate.data.source);
    if (source && tiers.get(source.publisher) === 'secondary')
      warn(estimate, ['source'], 'the estimate', source.publisher);
  }
  return problems;
}
