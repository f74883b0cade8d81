/**
 * Summaries of repeated Lighthouse runs: one run is noise (the issue saw performance 87–96 on one
 * page), so every figure we report is the median of several runs of the same page.
 */

/** What we keep of one Lighthouse run of one page. */
export interface LighthouseRun {
  /** Category id → score 0–100. */
  scores: Record<string, number>;
  /** Total blocking time in ms (Lighthouse's simulated mobile throttling). */
  totalBlockingTime: number;
  /** Elements in the page's DOM. */
  domSize: number;
  /** Audits below full marks in this run: `category · title (value): score …`. */
  shortfalls: string[];
}

/** The median of a non-empty list; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface LighthouseSummary {
  /** Median score per category, rounded. */
  scores: Record<string, number>;
  /** Median total blocking time in ms, rounded. */
  totalBlockingTime: number;
  /** Every run's total blocking time, in run order. */
  totalBlockingTimes: number[];
  domSize: number;
  /** The shortfalls of the run whose performance score is the median (the most typical run). */
  shortfalls: string[];
  runs: number;
}

export function summarizeRuns(runs: readonly LighthouseRun[]): LighthouseSummary {
  if (runs.length === 0) throw new Error('no Lighthouse runs to summarize');
  const categories = Object.keys(runs[0]!.scores);
  const scores = Object.fromEntries(
    categories.map((id) => [id, Math.round(median(runs.map((run) => run.scores[id] ?? 0)))]),
  );
  const byPerformance = [...runs].sort(
    (a, b) => (a.scores['performance'] ?? 0) - (b.scores['performance'] ?? 0),
  );
  const typical = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
  return {
    scores,
    totalBlockingTime: Math.round(median(runs.map((run) => run.totalBlockingTime))),
    totalBlockingTimes: runs.map((run) => Math.round(run.totalBlockingTime)),
    domSize: Math.round(median(runs.map((run) => run.domSize))),
    shortfalls: typical.shortfalls,
    runs: runs.length,
  };
}
