/**
 * One phrase for the USD figures of an incident or a group of incidents, shared by tooltips and
 * descriptions so every chart words money the same way.
 */
import { formatUsd } from '../lib/money.ts';
import { formatCount } from './svg.ts';

export interface UsdFigures {
  attempted: number | undefined;
  stolen: number | undefined;
  recovered: number | undefined;
  /** Frozen or seized, not returned; optional so callers without the figure need not pass it. */
  frozen?: number | undefined;
}

/**
 * "$81M stolen of $951M attempted, $15M recovered, $1M frozen, not returned"; "$1M attempted";
 * "amount not recorded".
 * A zero stolen figure next to an attempt reads as "nothing stolen" because that is a fact.
 */
export function describeLosses(usd: UsdFigures): string {
  const { attempted, stolen, recovered, frozen } = usd;
  const parts: string[] = [];
  if (stolen !== undefined && stolen > 0) {
    parts.push(
      attempted !== undefined && attempted > stolen
        ? `${formatUsd(stolen)} stolen of ${formatUsd(attempted)} attempted`
        : `${formatUsd(stolen)} stolen`,
    );
  } else if (attempted !== undefined && attempted > 0) {
    parts.push(
      stolen === 0
        ? `${formatUsd(attempted)} attempted, nothing stolen`
        : `${formatUsd(attempted)} attempted`,
    );
  }
  if (recovered !== undefined && recovered > 0) parts.push(`${formatUsd(recovered)} recovered`);
  if (frozen !== undefined && frozen > 0) parts.push(`${formatUsd(frozen)} frozen, not returned`);
  return parts.length > 0 ? parts.join(', ') : 'amount not recorded';
}

/** One row of a grouped chart: "Bangladesh: 1 incident, $81M stolen". */
export function describeGroup(label: string, incidentCount: number, stolen: number): string {
  const stolenText = stolen > 0 ? `${formatUsd(stolen)} stolen` : 'no recorded amount stolen';
  return `${label}: ${formatCount(incidentCount, 'incident')}, ${stolenText}`;
}
