/**
 * Losses by year: for every year from the first incident to the last, a dot for the USD stolen, a
 * ring for what was recovered (returned), a diamond for what is only frozen or seized, and a dash
 * for the amount targeted. Yearly totals run from about $1M to $1.5B, so the value axis is
 * logarithmic, and a log axis carries positions only: no bar or stack, whose length would not be
 * true to its value (a 70% recovery drawn inside a log bar looks like 95%).
 */
import { range } from 'd3-array';
import { scaleBand, scaleLog } from 'd3-scale';
import type { IncidentSummary } from '../lib/incident-summary.ts';
import { formatUsd, formatUsdExact } from '../lib/money.ts';
import { MISSING_VALUE, type ChartTable } from './chart-table.ts';
import { getYearLabelStep } from './date-span.ts';
import { describeLosses } from './describe-losses.ts';
import { formatCount, type Margin } from './svg.ts';

export { renderLossesByYearSvg } from './losses-by-year-svg.ts';

export interface LossesByYearOptions {
  width: number;
  height: number;
  margin: Margin;
  /** Share of each year's slot left empty between columns (d3 band padding). */
  bandPadding: number;
  /** Radius of the stolen dot and the recovered ring; the diamond and the dash are sized to match. */
  markRadius: number;
  minYearLabelGap: number;
  maxFocusable: number;
}

export const defaults: Readonly<LossesByYearOptions> = {
  width: 800,
  height: 360,
  margin: { top: 36, right: 16, bottom: 28, left: 64 },
  bandPadding: 0.2,
  markRadius: 5,
  minYearLabelGap: 36,
  maxFocusable: 50,
};

export interface YearTotals {
  year: number;
  incidentCount: number;
  /** Sum of the larger of attempted and stolen per incident: what was put at risk. */
  targeted: number;
  stolen: number;
  /** Back in the victim's or its customers' hands. */
  recovered: number;
  /** Frozen, seized or confiscated but not returned. */
  frozen: number;
  /** Whether any incident that year recorded the figure; an unrecorded sum is not a zero. */
  known: { targeted: boolean; stolen: boolean; recovered: boolean; frozen: boolean };
}

export interface YearBar extends YearTotals {
  /** Left edge and width of the year's column (the hover and focus area). */
  x: number;
  width: number;
  /** Centre of the column, where every mark of the year sits. */
  cx: number;
  /** Vertical position of each mark; undefined when there is nothing to draw for that figure. */
  yTargeted: number | undefined;
  yStolen: number | undefined;
  yRecovered: number | undefined;
  yFrozen: number | undefined;
  label: string | undefined;
  tip: string;
  focusable: boolean;
}

export interface LossesByYearModel {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Every year in range, including years without incidents (drawn as gaps). */
  years: YearBar[];
  markRadius: number;
  /** Value gridlines (powers of ten, plus 2× and 5× when the range is narrow). */
  yTicks: Array<{ y: number; value: number; label: string }>;
  /** The log scale's domain in USD. */
  domain: [number, number];
  summary: string;
  caption: string;
  table: ChartTable;
}

/** Sums the incidents of each year, returning every year from the first to the last. */
export function sumLossesByYear(incidents: readonly IncidentSummary[]): YearTotals[] {
  if (incidents.length === 0) return [];
  const years = incidents.map((incident) => incident.year);
  const totals = new Map<number, YearTotals>(
    range(Math.min(...years), Math.max(...years) + 1).map((year) => [
      year,
      {
        year,
        incidentCount: 0,
        targeted: 0,
        stolen: 0,
        recovered: 0,
        frozen: 0,
        known: { targeted: false, stolen: false, recovered: false, frozen: false },
      },
    ]),
  );
  for (const incident of incidents) {
    const total = totals.get(incident.year);
    if (!total) continue;
    const { attempted, stolen, recovered, frozen } = incident.usd;
    total.incidentCount += 1;
    total.targeted += Math.max(attempted ?? 0, stolen ?? 0);
    total.stolen += stolen ?? 0;
    total.recovered += recovered ?? 0;
    total.frozen += frozen ?? 0;
    total.known.frozen ||= frozen !== undefined;
    total.known.targeted ||= attempted !== undefined || stolen !== undefined;
    total.known.stolen ||= stolen !== undefined;
    total.known.recovered ||= recovered !== undefined;
  }
  return [...totals.values()];
}

/** From the power of ten at or below the smallest amount up to the largest amount. */
function getLogDomain(totals: readonly YearTotals[]): [number, number] {
  const values = totals
    .flatMap((total) => [total.targeted, total.stolen, total.recovered, total.frozen])
    .filter((value) => value > 0);
  if (values.length === 0) return [1e6, 1e9];
  const lower = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const upper = Math.max(...values);
  return [lower, upper > lower ? upper : lower * 10];
}

/** Powers of ten always; 2× and 5× steps too when fewer than three decades would leave few lines. */
function getLogTicks(domain: [number, number]): number[] {
  const [lower, upper] = domain;
  const narrow = Math.log10(upper / lower) < 3;
  const ticks: number[] = [];
  for (let power = lower; power <= upper; power *= 10) {
    for (const factor of narrow ? [1, 2, 5] : [1]) if (power * factor <= upper) ticks.push(power * factor);
  }
  return ticks;
}

function formatTableUsd(value: number, known: boolean): string {
  return known ? formatUsdExact(value) : MISSING_VALUE;
}

function buildTable(totals: readonly YearTotals[]): ChartTable {
  return {
    columns: [
      'Year',
      'Incidents',
      'Targeted (USD)',
      'Stolen (USD)',
      'Recovered, returned (USD)',
      'Frozen, not returned (USD)',
    ],
    rows: totals.map((total) => [
      String(total.year),
      String(total.incidentCount),
      formatTableUsd(total.targeted, total.known.targeted),
      formatTableUsd(total.stolen, total.known.stolen),
      formatTableUsd(total.recovered, total.known.recovered),
      formatTableUsd(total.frozen, total.known.frozen),
    ]),
    numericColumns: [1, 2, 3, 4, 5],
  };
}

function describeYear(total: YearTotals): string {
  if (total.incidentCount === 0) return `${total.year}: no incidents recorded`;
  const losses = describeLosses({
    attempted: total.known.targeted ? total.targeted : undefined,
    stolen: total.known.stolen ? total.stolen : undefined,
    recovered: total.known.recovered ? total.recovered : undefined,
    frozen: total.known.frozen ? total.frozen : undefined,
  });
  return `${total.year}: ${formatCount(total.incidentCount, 'incident')}, ${losses}`;
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

function summarize(totals: readonly YearTotals[]): string {
  const first = totals[0];
  const last = totals.at(-1);
  if (!first || !last) return 'No incidents to show.';
  const incidentCount = totals.reduce((sum, total) => sum + total.incidentCount, 0);
  const stolen = totals.reduce((sum, total) => sum + total.stolen, 0);
  const withStolen = totals
    .filter((total) => total.stolen > 0)
    .sort((a, b) => b.stolen - a.stolen || a.year - b.year);
  const highest = withStolen[0];
  const lowest = withStolen.at(-1);
  const emptyYears = totals.filter((total) => total.incidentCount === 0).map((total) => String(total.year));
  return (
    `US dollars stolen per year, ${first.year} to ${last.year}: ${formatUsd(stolen)} across ${formatCount(incidentCount, 'incident')}.` +
    (highest && lowest
      ? ` Highest: ${highest.year} (${formatUsd(highest.stolen)}); lowest with a figure: ${lowest.year} (${formatUsd(lowest.stolen)}).`
      : '') +
    (emptyYears.length > 0 ? ` No incidents recorded in ${joinWords(emptyYears)}.` : '')
  );
}

export function layoutLossesByYear(
  incidents: readonly IncidentSummary[],
  overrides: Partial<LossesByYearOptions> = {},
): LossesByYearModel {
  const options: LossesByYearOptions = { ...defaults, ...overrides };
  const { margin, width, height } = options;
  const plot = {
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
  const totals = sumLossesByYear(incidents);
  const domain = getLogDomain(totals);
  const y = scaleLog().domain(domain).range([plot.bottom, plot.top]);
  const x = scaleBand<number>()
    .domain(totals.map((total) => total.year))
    .range([plot.left, plot.right])
    .padding(options.bandPadding);
  const labelStep = getYearLabelStep(x.step(), options.minYearLabelGap);
  const topOf = (value: number, known: boolean): number | undefined =>
    known && value > 0 ? y(value) : undefined;

  const focusableYears = new Set(
    totals
      .filter((total) => total.incidentCount > 0)
      .sort((a, b) => b.stolen - a.stolen || a.year - b.year)
      .slice(0, options.maxFocusable)
      .map((total) => total.year),
  );
  const years: YearBar[] = totals.map((total) => ({
    ...total,
    x: x(total.year) ?? plot.left,
    width: x.bandwidth(),
    cx: (x(total.year) ?? plot.left) + x.bandwidth() / 2,
    // The dash only adds information where more was targeted than was taken.
    yTargeted: total.targeted > total.stolen ? topOf(total.targeted, total.known.targeted) : undefined,
    yStolen: topOf(total.stolen, total.known.stolen),
    yRecovered: topOf(total.recovered, total.known.recovered),
    yFrozen: topOf(total.frozen, total.known.frozen),
    label: total.year % labelStep === 0 ? String(total.year) : undefined,
    tip: describeYear(total),
    focusable: focusableYears.has(total.year),
  }));

  return {
    width,
    height,
    plot,
    years,
    markRadius: options.markRadius,
    yTicks: getLogTicks(domain).map((value) => ({ y: y(value), value, label: formatUsd(value) })),
    domain,
    summary: summarize(totals),
    caption:
      'Values sit on a logarithmic scale: each gridline is ten times the one below, so a $1M year and a $1.5B year fit on one chart. ' +
      'Every mark is a position, read against the gridlines; nothing is drawn as a length. Filled dot: US dollars stolen; ring: recovered (returned to the victim); ' +
      'diamond: frozen or seized but not returned; dash: the amount targeted, where more was attempted than taken. ' +
      'Years without marks had no recorded incidents or no recorded amounts; the table gives every value.',
    table: buildTable(totals),
  };
}
