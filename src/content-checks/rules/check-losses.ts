/**
 * Loss figures must be consistent: recovered ≤ stolen ≤ attempted (in USD, where present),
 * a range's high end ≥ its low end, and an attempt that failed has nothing stolen.
 */
import { formatUsdExact } from '../../lib/money.ts';
import type { LossFigure } from '../../schemas/incident.ts';
import type { ContentProblem } from '../problem.ts';
import { problemAt, type ValidatedContent } from '../validate-records.ts';

const ORDER = ['recovered', 'stolen', 'attempted'] as const;

export function checkLosses(content: ValidatedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const incident of content.incidents) {
    const { losses, status } = incident.data;
    for (const kind of ORDER) {
      const figure: LossFigure | undefined = losses[kind];
      if (figure?.usd_high !== undefined && figure.usd_high < figure.usd) {
        problems.push(
          problemAt(
            incident,
            ['losses', kind, 'usd_high'],
            `usd_high (${formatUsdExact(figure.usd_high)}) is below usd (${formatUsdExact(figure.usd)})`,
          ),
        );
      }
    }
    for (let i = 0; i < ORDER.length; i += 1) {
      const smallerKind = ORDER[i];
      if (!smallerKind) continue;
      const smaller = losses[smallerKind];
      if (!smaller) continue;
      // Compare with the next larger figure that is present (recovered vs attempted when stolen is absent).
      const largerKind = ORDER.slice(i + 1).find((kind) => losses[kind] !== undefined);
      const larger = largerKind ? losses[largerKind] : undefined;
      if (largerKind && larger && smaller.usd > (larger.usd_high ?? larger.usd)) {
        problems.push(
          problemAt(
            incident,
            ['losses', smallerKind, 'usd'],
            `${smallerKind} (${formatUsdExact(smaller.usd)}) exceeds ${largerKind} (${formatUsdExact(larger.usd_high ?? larger.usd)}); expected recovered ≤ stolen ≤ attempted`,
          ),
        );
      }
    }
    if (status === 'attempted' && losses.stolen && losses.stolen.usd > 0) {
      problems.push(
        problemAt(
          incident,
          ['losses', 'stolen', 'usd'],
          'status is "attempted" (nothing left the victim) but a stolen amount is given; use status "completed" or "disrupted"',
        ),
      );
    }
  }
  return problems;
}
