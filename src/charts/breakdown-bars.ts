/**
 * Breakdown bars: one horizontal bar per sector, method, actor, country, category or status, with
 * the number of incidents (or USD stolen), largest first. An incident with two sectors counts once
 * in each, and the caption says so. Incidents without any key get a "not recorded" row, last,
 * because leaving them out would make the bars add up to less than the record holds.
 */
import { scaleLinear } from 'd3-scale';
import { getCountryName } from '../lib/countries.ts';
import type { IncidentSummary } from '../lib/incident-summary.ts';
import { formatUsd, formatUsdExact } from '../lib/money.ts';
import { MISSING_VALUE, type ChartTable } from './chart-table.ts';
import { describeGroup } from './describe-losses.ts';
import { formatCount, truncateLabel, type Margin } from './svg.ts';

export { renderBreakdownBarsSvg } from './breakdown-bars-svg.ts';

export type BreakdownKey = 'sector' | 'method' | 'actor' | 'country' | 'category' | 'status';
export type BreakdownValue = 'count' | 'usd';

export interface BreakdownBarsOptions {
  width: number;
  margin: Margin;
  barHeight: number;
  rowGap: number;
  by: BreakdownKey;
  valueBy: BreakdownValue;
  /** Display names for keys (sector ids, actor ids…); countries fall back to their English name. */
  labels: Readonly<Record<string, string>>;
  /** Label for incidents without a key; by default "Unattributed" for actors, else "Not recorded". */
  unknownLabel: string | undefined;
  /** Bars drawn; the data table always lists every key. */
  limit: number;
  labelMaxChars: number;
  maxFocusable: number;
}

export const defaults: Readonly<BreakdownBarsOptions> = {
  width: 640,
  margin: { top: 8, right: 72, bottom: 8, left: 176 },
  barHeight: 20,
  rowGap: 8,
  by: 'sector',
  valueBy: 'count',
  labels: {},
  unknownLabel: undefined,
  limit: 12,
  labelMaxChars: 26,
  maxFocusable: 50,
};

const NOUNS: Record<BreakdownKey, [singular: string, plural: string]> = {
  sector: ['sector', 'sectors'],
  method: ['method', 'methods'],
  actor: ['actor', 'actors'],
  country: ['country', 'countries'],
  category: ['category', 'categories'],
  status: ['status', 'statuses'],
};

/** Empty keys cannot collide with real ids, which are non-empty. */
const UNKNOWN_KEY = '';

export interface BreakdownRow {
  key: string;
  label: string;
  shortLabel: string;
  incidentCount: number;
  stolen: number;
  stolenKnown: boolean;
  /** The charted value: incidentCount or stolen. */
  value: number;
  valueLabel: string;
  y: number;
  barWidth: number;
  tip: string;
  focusable: boolean;
}

export interface BreakdownBarsModel {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  barHeight: number;
  /** Drawn rows, largest first (the "not recorded" row last). */
  rows: BreakdownRow[];
  /** How many keys exist in total; more than `rows.length` when limited. */
  keyCount: number;
  summary: string;
  caption: string;
  table: ChartTable;
}

function getKeys(incident: IncidentSummary, by: BreakdownKey): readonly string[] {
  switch (by) {
    case 'sector':
      return incident.sectors;
    case 'method':
      return incident.methods;
    case 'actor':
      return incident.actors;
    case 'country':
      return incident.countries;
    case 'category':
      return [incident.category];
    case 'status':
      return [incident.status];
  }
}

function getLabel(key: string, options: BreakdownBarsOptions): string {
  if (key === UNKNOWN_KEY)
    return options.unknownLabel ?? (options.by === 'actor' ? 'Unattributed' : 'Not recorded');
  return options.labels[key] ?? (options.by === 'country' ? getCountryName(key) : key);
}

type Tally = Pick<BreakdownRow, 'key' | 'label' | 'incidentCount' | 'stolen' | 'stolenKnown' | 'value'>;

function tallyKeys(incidents: readonly IncidentSummary[], options: BreakdownBarsOptions): Tally[] {
  const tallies = new Map<string, Tally>();
  for (const incident of incidents) {
    const keys = getKeys(incident, options.by);
    for (const key of keys.length > 0 ? keys : [UNKNOWN_KEY]) {
      const tally = tallies.get(key) ?? {
        key,
        label: getLabel(key, options),
        incidentCount: 0,
        stolen: 0,
        stolenKnown: false,
        value: 0,
      };
      tally.incidentCount += 1;
      tally.stolen += incident.usd.stolen ?? 0;
      tally.stolenKnown ||= incident.usd.stolen !== undefined;
      tally.value = options.valueBy === 'count' ? tally.incidentCount : tally.stolen;
      tallies.set(key, tally);
    }
  }
  return [...tallies.values()].sort((a, b) => {
    if ((a.key === UNKNOWN_KEY) !== (b.key === UNKNOWN_KEY)) return a.key === UNKNOWN_KEY ? 1 : -1;
    return b.value - a.value || b.incidentCount - a.incidentCount || a.label.localeCompare(b.label, 'en');
  });
}

export function layoutBreakdownBars(
  incidents: readonly IncidentSummary[],
  overrides: Partial<BreakdownBarsOptions> = {},
): BreakdownBarsModel {
  const options: BreakdownBarsOptions = { ...defaults, ...overrides };
  const { margin, width, barHeight, rowGap } = options;
  const tallies = tallyKeys(incidents, options);
  const drawn = tallies.slice(0, options.limit);
  const plot = {
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: margin.top + Math.max(1, drawn.length) * (barHeight + rowGap) - rowGap,
  };
  const x = scaleLinear()
    .domain([0, Math.max(1, ...drawn.map((tally) => tally.value))])
    .range([0, plot.right - plot.left]);
  const rows: BreakdownRow[] = drawn.map((tally, index) => ({
    ...tally,
    shortLabel: truncateLabel(tally.label, options.labelMaxChars),
    valueLabel:
      options.valueBy === 'count'
        ? String(tally.value)
        : tally.stolenKnown
          ? formatUsd(tally.value)
          : 'not recorded',
    y: plot.top + index * (barHeight + rowGap),
    barWidth: x(tally.value),
    tip: describeGroup(tally.label, tally.incidentCount, tally.stolen),
    // Rows are already in order of importance.
    focusable: index < options.maxFocusable,
  }));

  const [singular, plural] = NOUNS[options.by];
  const measure = options.valueBy === 'count' ? 'Incidents' : 'US dollars stolen';
  const named = tallies.filter((tally) => tally.key !== UNKNOWN_KEY);
  const top = named
    .slice(0, 3)
    .map((tally) => `${tally.label} (${options.valueBy === 'count' ? tally.value : formatUsd(tally.value)})`);
  const multiValued = options.by !== 'category' && options.by !== 'status';
  return {
    width,
    height: plot.bottom + margin.bottom,
    plot,
    barHeight,
    rows,
    keyCount: tallies.length,
    summary:
      named.length === 0
        ? 'No incidents to show.'
        : `${measure} by ${singular}, ${formatCount(named.length, singular, plural)}. Largest: ${top.join(', ')}.`,
    caption:
      `${measure} per ${singular}` +
      (multiValued ? `; an incident with several ${plural} counts once in each.` : '.') +
      (tallies.length > drawn.length
        ? ` The chart shows the top ${drawn.length} of ${tallies.length}; the table lists all.`
        : ''),
    table: {
      columns: [singular.charAt(0).toUpperCase() + singular.slice(1), 'Incidents', 'Stolen (USD)'],
      rows: tallies.map((tally) => [
        tally.label,
        String(tally.incidentCount),
        tally.stolenKnown ? formatUsdExact(tally.stolen) : MISSING_VALUE,
      ]),
      numericColumns: [1, 2],
    },
  };
}
