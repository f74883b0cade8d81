/**
 * How much of the known total the record holds: the record's own sums, year by year, beside the
 * totals that governments and analytics firms have published. Estimates mostly count crypto
 * thefts only, so the record is summed twice, all incidents and those against crypto businesses,
 * and each estimate is compared with the sum of the same scope.
 */
import type { Estimate } from '../schemas/estimate.ts';
import type { IncidentSummary } from './incident-summary.ts';
import type { PublisherDirectory } from './sources.ts';

/** Sectors whose victims are cryptocurrency businesses or their users. */
export const CRYPTO_SECTORS: ReadonlySet<string> = new Set([
  'crypto-exchange',
  'crypto-bridge',
  'crypto-gaming',
  'crypto-wallet',
  'crypto-payments',
  'crypto-investment',
  'blockchain-infrastructure',
  'defi',
]);

export interface RecordSum {
  incidents: number;
  /** US dollars stolen, summing the recorded low ends; incidents without a figure add nothing. */
  usd: number;
}

export interface EstimateComparison {
  id: string;
  publisher: string;
  publisherName: string;
  from: number;
  to: number;
  usd: number;
  usdHigh: number | undefined;
  incidents: number | undefined;
  scope: string;
  covers: Estimate['covers'];
  partial: boolean;
  published: string;
  /** The record's sum over the same years and scope. */
  record: RecordSum;
  /** record.usd ÷ usd: the share of the estimate the record accounts for (may exceed 1). */
  share: number;
}

export interface CoverageYear {
  year: number;
  all: RecordSum;
  crypto: RecordSum;
  /** Estimates for this one year. */
  estimates: EstimateComparison[];
}

export interface Coverage {
  years: CoverageYear[];
  /** Estimates spanning more than one year, oldest period first. */
  multiYear: EstimateComparison[];
}

export interface EstimateInput {
  id: string;
  data: Estimate;
}

function sumRecord(incidents: readonly IncidentSummary[]): RecordSum {
  return {
    incidents: incidents.length,
    usd: incidents.reduce((total, incident) => total + (incident.usd.stolen ?? 0), 0),
  };
}

/** True when any victim of the incident is a cryptocurrency business or its users. */
export function isCryptoIncident(incident: Pick<IncidentSummary, 'sectors'>): boolean {
  return incident.sectors.some((sector) => CRYPTO_SECTORS.has(sector));
}

function sumBetween(
  incidents: readonly IncidentSummary[],
  from: number,
  to: number,
  covers: Estimate['covers'],
): RecordSum {
  return sumRecord(
    incidents.filter(
      (incident) =>
        incident.year >= from && incident.year <= to && (covers === 'all' || isCryptoIncident(incident)),
    ),
  );
}

function compare(
  incidents: readonly IncidentSummary[],
  estimate: EstimateInput,
  publishers: PublisherDirectory,
): EstimateComparison {
  const { data } = estimate;
  const record = sumBetween(incidents, data.from, data.to, data.covers);
  return {
    id: estimate.id,
    publisher: data.publisher,
    publisherName: publishers.get(data.publisher)?.name ?? data.publisher,
    from: data.from,
    to: data.to,
    usd: data.usd,
    usdHigh: data.usd_high,
    incidents: data.incidents,
    scope: data.scope,
    covers: data.covers,
    partial: data.partial,
    published: data.published,
    record,
    share: record.usd / data.usd,
  };
}

/** Every year from `fromYear` to `toYear`, each with the record's sums and that year's estimates. */
export function computeCoverage(
  incidents: readonly IncidentSummary[],
  estimates: readonly EstimateInput[],
  publishers: PublisherDirectory,
  years: { from: number; to: number },
): Coverage {
  const comparisons = estimates.map((estimate) => compare(incidents, estimate, publishers));
  const byPeriod = (a: EstimateComparison, b: EstimateComparison) =>
    a.from - b.from ||
    a.to - b.to ||
    a.publisherName.localeCompare(b.publisherName) ||
    a.id.localeCompare(b.id);
  const coverageYears: CoverageYear[] = [];
  for (let year = years.from; year <= years.to; year += 1) {
    coverageYears.push({
      year,
      all: sumBetween(incidents, year, year, 'all'),
      crypto: sumBetween(incidents, year, year, 'crypto'),
      estimates: comparisons.filter((c) => c.from === year && c.to === year).sort(byPeriod),
    });
  }
  return {
    years: coverageYears,
    multiYear: comparisons.filter((c) => c.to > c.from).sort(byPeriod),
  };
}

/** The estimate with the largest published figure (ties: the longer period, then the later one). */
export function findLargestEstimate(
  comparisons: readonly EstimateComparison[],
): EstimateComparison | undefined {
  return [...comparisons].sort(
    (a, b) => b.usd - a.usd || b.to - b.from - (a.to - a.from) || b.to - a.to || a.id.localeCompare(b.id),
  )[0];
}

/** "43%" for shares under 10×; "more than the estimate" wording is left to the page. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.01) return 'under 1%';
  return `${Math.round(share * 100)}%`;
}
