/**
 * Timeline: time on x, one lane per actor (or per category), one mark per incident.
 *
 * Encodings, each chosen so the chart never claims more than the records know:
 * - Mark area is US dollars (sqrt scale). Completed and disrupted incidents are sized by what was
 *   stolen; an attempt where nothing left is a hollow dashed ring sized by what was attempted.
 *   Status is also told by shape/pattern (solid, hatched, dashed ring), not by colour alone.
 * - A day-precision start is a circle on that day. A month- or year-precision start is a bar
 *   across the whole month or year (at least as wide as its height), never a point on the 1st.
 * - An incident sits in the lane of its first attributed actor (attribution order is the record's
 *   order of weight); the data table lists every actor.
 * - Above `maxMarks` incidents, each lane shows one bar per year summing that year's incidents
 *   (timeline-bins.ts), and the data table lists those totals: readable and small at any size.
 */
import { scaleLinear, scaleSqrt } from 'd3-scale';
import type { IncidentSummary } from '../lib/incident-summary.ts';
import { formatPartialDateShort } from '../lib/partial-date.ts';
import type { ChartTable } from './chart-table.ts';
import { getDateSpan, getYearLabelStep, getYearStart } from './date-span.ts';
import { describeLosses } from './describe-losses.ts';
import { getCategoryClass } from './palette.ts';
import { formatCount, truncateLabel, type Margin } from './svg.ts';
import {
  buildIncidentTable,
  describeBinnedEncoding,
  describeEncoding,
  describeLanes,
  getLaneHeading,
  getLaneLabel,
  UNATTRIBUTED,
} from './timeline-text.ts';
import {
  binIncidentsByYear,
  buildBinTable,
  describeBin,
  getBinSizingAmount,
  type TimelineBin,
} from './timeline-bins.ts';

export { renderTimelineSvg } from './timeline-svg.ts';

export type TimelineLaneBy = 'actor' | 'category';
export type IncidentStatus = IncidentSummary['status'];

export interface TimelineOptions {
  width: number;
  margin: Margin;
  /** Height of one lane; the chart grows with the number of lanes. */
  laneHeight: number;
  /** Radius for a zero or unknown amount, so every incident stays visible. */
  minRadius: number;
  /** Radius of the largest amount in the data. */
  maxRadius: number;
  laneBy: TimelineLaneBy;
  /** Display names for lane keys (actor ids or categories); missing keys show the key itself. */
  labels: Readonly<Record<string, string>>;
  unattributedLabel: string;
  /** Only this many marks (the largest amounts) get a tab stop; the rest are in the data table. */
  maxFocusable: number;
  /** Above this many incidents, marks become yearly totals per lane. */
  maxMarks: number;
  labelMaxChars: number;
  /** Narrowest gap between two year labels before labels are thinned. */
  minYearLabelGap: number;
}

export const defaults: Readonly<TimelineOptions> = {
  width: 800,
  margin: { top: 36, right: 16, bottom: 28, left: 128 },
  laneHeight: 44,
  minRadius: 4,
  maxRadius: 19,
  laneBy: 'actor',
  labels: {},
  unattributedLabel: 'Unattributed',
  maxFocusable: 50,
  maxMarks: 200,
  labelMaxChars: 20,
  minYearLabelGap: 36,
};

export interface TimelineLane {
  key: string;
  label: string;
  /** Label cut to fit the margin; `label` is the full text. */
  shortLabel: string;
  y0: number;
  y1: number;
  className: string;
}

export interface TimelineMark {
  /** The incident id; for a yearly total, `<lane key or "unattributed">-<year>`. */
  id: string;
  laneIndex: number;
  status: IncidentStatus;
  /** `point` for a known day; `span` for a month or a year. */
  shape: 'point' | 'span';
  /** Centre of a point; centre of the drawn bar for a span. */
  x: number;
  /** Extent of the drawn bar (equal to the honest span unless widened to the mark's height). */
  x0: number;
  x1: number;
  y: number;
  r: number;
  tip: string;
  focusable: boolean;
}

export interface TimelineTick {
  /** Start of the year (a gridline). */
  x: number;
  /** Centre of the year, where its label goes; undefined when thinned out. */
  labelX: number;
  label: string | undefined;
}

export interface TimelineModel {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  lanes: TimelineLane[];
  /** Year gridlines; the last one closes the final year. */
  ticks: TimelineTick[];
  /** In drawing order: larger marks first so small ones stay on top. */
  marks: TimelineMark[];
  /** True when each mark is a lane's total for a year rather than one incident. */
  binned: boolean;
  summary: string;
  caption: string;
  table: ChartTable;
}

function getLaneKey(incident: IncidentSummary, laneBy: TimelineLaneBy): string {
  return laneBy === 'actor' ? (incident.actors[0] ?? UNATTRIBUTED) : incident.category;
}

/** Busiest lanes first; "unattributed" always last so named actors lead. */
function orderLaneKeys(incidents: readonly IncidentSummary[], options: TimelineOptions): string[] {
  const counts = new Map<string, number>();
  for (const incident of incidents) {
    const key = getLaneKey(incident, options.laneBy);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([keyA, countA], [keyB, countB]) => {
      if ((keyA === UNATTRIBUTED) !== (keyB === UNATTRIBUTED)) return keyA === UNATTRIBUTED ? 1 : -1;
      return countB - countA || getLaneLabel(keyA, options).localeCompare(getLaneLabel(keyB, options), 'en');
    })
    .map(([key]) => key);
}

/** Attempts are sized by what was attempted, everything else by what was stolen. */
function getSizingAmount(incident: IncidentSummary): number {
  const amount = incident.status === 'attempted' ? incident.usd.attempted : incident.usd.stolen;
  return amount ?? 0;
}

function buildTicks(
  firstYear: number,
  lastYear: number,
  x: (time: number) => number,
  minGap: number,
): TimelineTick[] {
  const yearWidth = x(getYearStart(firstYear + 1)) - x(getYearStart(firstYear));
  const step = getYearLabelStep(yearWidth, minGap);
  const ticks: TimelineTick[] = [];
  for (let year = firstYear; year <= lastYear + 1; year += 1) {
    const tickX = x(getYearStart(year));
    const labelled = year <= lastYear && year % step === 0;
    ticks.push({ x: tickX, labelX: tickX + yearWidth / 2, label: labelled ? String(year) : undefined });
  }
  return ticks;
}

export function layoutTimeline(
  incidents: readonly IncidentSummary[],
  overrides: Partial<TimelineOptions> = {},
): TimelineModel {
  const options: TimelineOptions = { ...defaults, ...overrides };
  const { margin, laneHeight, width } = options;
  const laneKeys = orderLaneKeys(incidents, options);
  const laneIndexByKey = new Map(laneKeys.map((key, index) => [key, index]));
  const lanes: TimelineLane[] = laneKeys.map((key, index) => {
    const label = getLaneLabel(key, options);
    return {
      key,
      label,
      shortLabel: truncateLabel(label, options.labelMaxChars),
      y0: margin.top + index * laneHeight,
      y1: margin.top + (index + 1) * laneHeight,
      className: getCategoryClass(index),
    };
  });
  const plot = {
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: margin.top + Math.max(1, lanes.length) * laneHeight,
  };

  // One entry per mark, derived once; input order breaks every tie below (sorts are stable).
  const binned = incidents.length > options.maxMarks;
  const laneKeyOf = (incident: IncidentSummary) => getLaneKey(incident, options.laneBy);
  const bins = binned ? binIncidentsByYear(incidents, laneKeys, laneKeyOf) : [];
  const entries = binned
    ? bins.map((bin) => describeBinEntry(bin, options))
    : incidents.map((incident) => describeIncidentEntry(incident, options));
  const largest = [...incidents].sort((a, b) => getSizingAmount(b) - getSizingAmount(a))[0];
  const firstYear = Math.min(...entries.map(({ span }) => new Date(span.start).getUTCFullYear()));
  // `end` is exclusive, so step back one millisecond to find the year it closes.
  const lastYear = Math.max(...entries.map(({ span }) => new Date(span.end - 1).getUTCFullYear()));
  const hasData = entries.length > 0;
  const x = scaleLinear()
    .domain(hasData ? [getYearStart(firstYear), getYearStart(lastYear + 1)] : [0, 1])
    .range([plot.left, plot.right]);
  const maxAmount = Math.max(0, ...entries.map(({ amount }) => amount));
  const radius = scaleSqrt()
    .domain([0, maxAmount || 1])
    .range([0, options.maxRadius]);
  // Tab stops go to the largest amounts, up to the budget.
  const byAmount = [...entries].sort((a, b) => b.amount - a.amount);
  const focusableIds = new Set(byAmount.slice(0, options.maxFocusable).map(({ id }) => id));

  const placed = entries.map(({ id, laneKey, status, span, amount, tip }) => {
    const laneIndex = laneIndexByKey.get(laneKey) ?? 0;
    const lane = lanes[laneIndex];
    const r = Math.max(options.minRadius, radius(amount));
    const shape = span.precision === 'day' ? 'point' : 'span';
    // A day is drawn at noon, a span around its middle; both are the centre of what the date covers.
    const centre = x((span.start + span.end) / 2);
    const halfWidth = shape === 'point' ? 0 : Math.max(r, (x(span.end) - x(span.start)) / 2);
    const mark: TimelineMark = {
      id,
      laneIndex,
      status,
      shape,
      x: centre,
      x0: centre - halfWidth,
      x1: centre + halfWidth,
      y: lane ? (lane.y0 + lane.y1) / 2 : plot.top,
      r,
      tip,
      focusable: focusableIds.has(id),
    };
    return { mark, start: span.start };
  });
  const drawOrder = placed
    .sort((a, b) => b.mark.r - a.mark.r || a.start - b.start || a.mark.id.localeCompare(b.mark.id))
    .map(({ mark }) => mark);

  const summary = hasData
    ? `${formatCount(incidents.length, 'incident')} from ${firstYear} to ${lastYear}, in ${formatCount(lanes.length, 'lane')}: ${describeLanes(lanes)}${binned ? ', shown as yearly totals per lane' : ''}.` +
      (largest && getSizingAmount(largest) > 0
        ? ` Largest: ${largest.title} (${formatPartialDateShort(largest.start)}), ${describeLosses(largest.usd)}.`
        : '')
    : 'No incidents to show.';

  return {
    width,
    height: plot.bottom + margin.bottom,
    plot,
    lanes,
    ticks: hasData ? buildTicks(firstYear, lastYear, (time) => x(time), options.minYearLabelGap) : [],
    marks: drawOrder,
    binned,
    summary,
    caption: binned ? describeBinnedEncoding(incidents.length, options) : describeEncoding(options),
    table: binned
      ? buildBinTable(bins, getLaneHeading(options), (key) => getLaneLabel(key, options))
      : buildIncidentTable(incidents, options),
  };
}

interface MarkEntry {
  id: string;
  laneKey: string;
  status: IncidentStatus;
  span: ReturnType<typeof getDateSpan>;
  amount: number;
  tip: string;
}

function describeIncidentEntry(incident: IncidentSummary, options: TimelineOptions): MarkEntry {
  return {
    id: incident.id,
    laneKey: getLaneKey(incident, options.laneBy),
    status: incident.status,
    span: getDateSpan(incident.start),
    amount: getSizingAmount(incident),
    tip: `${incident.title} · ${formatPartialDateShort(incident.start)} · ${incident.status} · ${describeLosses(incident.usd)}`,
  };
}

function describeBinEntry(bin: TimelineBin, options: TimelineOptions): MarkEntry {
  return {
    id: `${bin.laneKey || 'unattributed'}-${bin.year}`,
    laneKey: bin.laneKey,
    status: bin.status,
    span: getDateSpan(String(bin.year)),
    amount: getBinSizingAmount(bin),
    tip: describeBin(bin, getLaneLabel(bin.laneKey, options)),
  };
}
