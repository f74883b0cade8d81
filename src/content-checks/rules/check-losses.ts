/**
 * Loss figures must be consistent: recovered + frozen ≤ stolen ≤ attempted (in USD, where present),
 * a range's high end ≥ its low end, and an attempt that failed has nothing stolen.
 */
import { formatUsdExact } from '../../lib/money.ts';
import { LOSS_KINDS } from '../../lib/incident-claims.ts';
import type { LossFigure } from '../../schemas/incident.ts';
import type { ContentProblem } from '../problem.ts';
import { problemAt, type ValidatedContent } from '../validate-records.ts';

/** Each figure is checked against the next larger one present; frozen sits beside recovered. */
const ORDER = ['recovered', 'stolen', 'attempted'] as const;
const PAIRS = [
  ...ORDER.map((kind, i) => [kind, ORDER.slice(i + 1)] as const),
  ['frozen', ['stolen', 'attempted']] as const,
];

export function checkLosses(content: ValidatedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const incident of content.incidents) {
    const { losses, status } = incident.data;
    for (const kind of LOSS_KINDS) {
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
    for (const [smallerKind, largerKinds] of PAIRS) {
      const smaller = losses[smallerKind];
      if (!smaller) continue;
      // Compare with the next larger figure that is present (recovered vs attempted when stolen is absent).
      const largerKind = largerKinds.find((kind) => losses[kind] !== undefined);
      const larger = largerKind ? losses[largerKind] : undefined;
      if (largerKind && larger && smaller.usd > (larger.usd_high ?? larger.usd)) {
        problems.push(
          problemAt(
            incident,
            ['losses', smallerKind, 'usd'],
            `${smallerKind} (${formatUsdExact(smaller.usd)}) exceeds ${largerKind} (${formatUsdExact(larger.usd_high ?? larger.usd)}); expected recovered + frozen ≤ stolen ≤ attempted`,
          ),
        );
      }
    }
    // Money returned and money held are both out of what was stolen, so together they cannot exceed it.
    const { recovered, frozen } = losses;
    const outOf = losses.stolen ?? losses.attempted;
    if (recovered && frozen && outOf) {
      const ceiling = outOf.usd_high ?? outOf.usd;
      if (recovered.usd + frozen.usd > ceiling)
        problems.push(
          problemAt(
            incident,
            ['losses', 'frozen', 'usd'],
            `recovered (${formatUsdExact(recovered.usd)}) plus frozen (${formatUsdExact(frozen.usd)}) exceeds ${losses.stolen ? 'stolen' : 'attempted'} (${formatUsdExact(ceiling)}); expected recovered + frozen ≤ stolen ≤ attempted`,
          ),
        );
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
