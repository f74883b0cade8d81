/**
 * Coverage by year: for each year, the US dollars stolen in the record's incidents (a bar from
 * zero on a linear axis, the part taken from crypto businesses solid, the rest outlined) and every
 * published annual estimate for that year (a tick across the row at its value). Linear because
 * the point is the gap between the bar and the ticks, and only a linear axis shows a gap truly.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { CoverageYear } from '../lib/coverage.ts';
import { formatShare } from '../lib/coverage.ts';
import { formatUsd, formatUsdExact } from '../lib/money.ts';
import type { ChartTable } from './chart-table.ts';
import { formatCount, type Margin } from './svg.ts';

export { renderCoverageByYearSvg } from './coverage-by-year-svg.ts';

export interface CoverageByYearOptions {
  width: number;
  rowHeight: number;
  margin: Margin;
  /** Share of each row's height left empty around the bar. */
  bandPadding: number;
  /** Value gridlines to aim for (d3 picks round numbers near it). */
  tickCount: number;
}

export const defaults: Readonly<CoverageByYearOptions> = {
  width: 800,
  rowHeight: 30,
  margin: { top: 40, right: 24, bottom: 28, left: 56 },
  bandPadding: 0.3,
  tickCount: 5,
};

export interface EstimateTick {
  x: number;
  label: string;
}

export interface CoverageRow {
  year: number;
  y: number;
  height: number;
  /** Right ends of the two bars: all recorded incidents, and those against crypto businesses. */
  xAll: number;
  xCrypto: number;
  ticks: EstimateTick[];
  tip: string;
}

export interface CoverageByYearModel {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  rows: CoverageRow[];
  xTicks: Array<{ x: number; label: string }>;
  summary: string;
  caption: string;
  table: ChartTable;
}

function describeEstimate(estimate: CoverageYear['estimates'][number]): string {
  const high = estimate.usdHigh !== undefined ? `–${formatUsd(estimate.usdHigh)}` : '';
  return `${estimate.publisherName} ${formatUsd(estimate.usd)}${high}${estimate.partial ? ' (part of the year)' : ''}`;
}

function describeRow(year: CoverageYear): string {
  const record = `the record: ${formatUsd(year.all.usd)} in ${formatCount(year.all.incidents, 'incident')} (${formatUsd(year.crypto.usd)} from crypto businesses)`;
  if (year.estimates.length === 0) return `${year.year}: ${record}; no published estimate for this year`;
  const shares = year.estimates.map((e) => `${formatShare(e.share)} of ${describeEstimate(e)}`).join('; ');
  return `${year.year}: ${record}; that is ${shares}`;
}

function buildTable(years: readonly CoverageYear[]): ChartTable {
  return {
    columns: [
      'Year',
      'Record: incidents',
      'Record: stolen (USD)',
      'Record: from crypto businesses (USD)',
      'Published estimates (USD)',
      'Record’s share of each',
    ],
    rows: years.map((year) => [
      String(year.year),
      String(year.all.incidents),
      formatUsdExact(year.all.usd),
      formatUsdExact(year.crypto.usd),
      year.estimates.length > 0 ? year.estimates.map(describeEstimate).join('; ') : 'none published',
      year.estimates.length > 0
        ? year.estimates.map((e) => `${formatShare(e.share)} (${e.publisherName})`).join('; ')
        : '—',
    ]),
    numericColumns: [1, 2, 3],
  };
}

export function layoutCoverageByYear(
  years: readonly CoverageYear[],
  overrides: Partial<CoverageByYearOptions> = {},
): CoverageByYearModel {
  const options: CoverageByYearOptions = { ...defaults, ...overrides };
  const { margin, width, rowHeight } = options;
  const height = margin.top + margin.bottom + Math.max(1, years.length) * rowHeight;
  const plot = {
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
  const max = Math.max(
    1,
    ...years.flatMap((year) => [year.all.usd, ...year.estimates.map((e) => e.usdHigh ?? e.usd)]),
  );
  const x = scaleLinear().domain([0, max]).nice(options.tickCount).range([plot.left, plot.right]);
  const y = scaleBand<number>()
    .domain(years.map((year) => year.year))
    .range([plot.top, plot.bottom])
    .padding(options.bandPadding);
  const rows: CoverageRow[] = years.map((year) => ({
    year: year.year,
    y: y(year.year) ?? plot.top,
    height: y.bandwidth(),
    xAll: x(year.all.usd),
    xCrypto: x(year.crypto.usd),
    ticks: year.estimates.map((e) => ({ x: x(e.usd), label: describeEstimate(e) })),
    tip: describeRow(year),
  }));
  const withEstimates = years.filter((year) => year.estimates.length > 0);
  const first = years[0];
  const last = years.at(-1);
  const recorded = years.reduce((sum, year) => sum + year.all.usd, 0);
  return {
    width,
    height,
    plot,
    rows,
    xTicks: x.ticks(options.tickCount).map((value) => ({ x: x(value), label: formatUsd(value) })),
    summary:
      first && last
        ? `The record's US dollars stolen per year, ${first.year} to ${last.year} (${formatUsd(recorded)} in all), against ${formatCount(
            withEstimates.reduce((n, year) => n + year.estimates.length, 0),
            'published annual estimate',
          )} for ${formatCount(withEstimates.length, 'year')}.`
        : 'No years to show.',
    caption:
      'Bars start at zero on a linear scale. Solid bar: US dollars stolen in the record’s incidents against cryptocurrency businesses and their users; ' +
      'outlined bar: all the record’s incidents that year, banks included. Each vertical tick is one published estimate for that year (most count crypto thefts only); ' +
      'the table names each estimate and the share of it the record holds.',
    table: buildTable(years),
  };
}
