/**
 * Yearly totals per lane, for a timeline with too many incidents to draw one by one. At 10,000
 * records one mark per incident made a page of 10,000 overlapping shapes and a 10,000-row data
 * table; one bar per lane and year stays readable and small at any size, and says only what the
 * records support (the year of each start is always known, whatever its precision).
 */
import type { IncidentSummary } from '../lib/incident-summary.ts';
import { formatUsd } from '../lib/money.ts';
import { MISSING_VALUE, type ChartTable } from './chart-table.ts';
import { formatCount } from './svg.ts';

export interface TimelineBin {
  laneKey: string;
  year: number;
  count: number;
  /** Sums of the recorded USD figures; undefined when no incident in the bin records one. */
  stolen: number | undefined;
  attempted: number | undefined;
  /** `attempted` when every incident in the bin was an attempt, `disrupted` when every one was
   * disrupted, else `completed`: the bar then looks like the incidents it sums. */
  status: IncidentSummary['status'];
}

function addRecorded(sum: number | undefined, value: number | undefined): number | undefined {
  return value === undefined ? sum : (sum ?? 0) + value;
}

/** Bins in lane order, then by year; `laneKeys` gives the lane order. */
export function binIncidentsByYear(
  incidents: readonly IncidentSummary[],
  laneKeys: readonly string[],
  getLaneKey: (incident: IncidentSummary) => string,
): TimelineBin[] {
  const bins = new Map<string, TimelineBin & { statuses: Set<IncidentSummary['status']> }>();
  for (const incident of incidents) {
    const laneKey = getLaneKey(incident);
    const key = `${laneKey}\u0000${incident.year}`;
    const bin = bins.get(key) ?? {
      laneKey,
      year: incident.year,
      count: 0,
      stolen: undefined,
      attempted: undefined,
      status: 'completed',
      statuses: new Set(),
    };
    bin.count += 1;
    bin.stolen = addRecorded(bin.stolen, incident.usd.stolen);
    bin.attempted = addRecorded(bin.attempted, incident.usd.attempted);
    bin.statuses.add(incident.status);
    bins.set(key, bin);
  }
  const laneOrder = new Map(laneKeys.map((key, index) => [key, index]));
  return [...bins.values()]
    .map(({ statuses, ...bin }) => ({
      ...bin,
      status: statuses.size === 1 ? ([...statuses][0] ?? 'completed') : 'completed',
    }))
    .sort((a, b) => (laneOrder.get(a.laneKey) ?? 0) - (laneOrder.get(b.laneKey) ?? 0) || a.year - b.year);
}

/** What sizes a bar: money taken, or for a year of attempts only, the money attempted. */
export function getBinSizingAmount(bin: TimelineBin): number {
  return (bin.status === 'attempted' ? bin.attempted : bin.stolen) ?? 0;
}

/** "Lazarus Group · 2016 · 312 incidents · $1.2B stolen" */
export function describeBin(bin: TimelineBin, laneLabel: string): string {
  const money =
    bin.stolen !== undefined && bin.stolen > 0
      ? `${formatUsd(bin.stolen)} stolen`
      : bin.attempted !== undefined && bin.attempted > 0
        ? `${formatUsd(bin.attempted)} attempted${bin.stolen === 0 ? ', nothing stolen' : ''}`
        : 'amount not recorded';
  return `${laneLabel} · ${bin.year} · ${formatCount(bin.count, 'incident')} · ${money}`;
}

export function buildBinTable(
  bins: readonly TimelineBin[],
  laneHeading: string,
  getLaneLabel: (key: string) => string,
): ChartTable {
  return {
    columns: [laneHeading, 'Year', 'Incidents', 'Stolen (USD)', 'Attempted (USD)'],
    rows: bins.map((bin) => [
      getLaneLabel(bin.laneKey),
      String(bin.year),
      bin.count.toLocaleString('en-US'),
      bin.stolen === undefined ? MISSING_VALUE : formatUsd(bin.stolen),
      bin.attempted === undefined ? MISSING_VALUE : formatUsd(bin.attempted),
    ]),
    numericColumns: [2, 3, 4],
  };
}
