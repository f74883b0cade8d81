/**
 * Response timeline: every enforcement and response action as a dot on a time axis, one lane per
 * kind of action (charges, sanctions, seizures…). A date known only to the month or year sits in
 * the middle of that span and is drawn as a hollow dot, so no day is invented.
 */
import { scaleLinear } from 'd3-scale';
import { formatPartialDate } from '../lib/partial-date.ts';
import { ACTION_KIND_LABELS } from '../lib/response.ts';
import type { Action } from '../schemas/action.ts';
import { ACTION_KINDS, type ActionKind } from '../schemas/action.ts';
import type { ChartTable } from './chart-table.ts';
import { getDateSpan, getYearLabelStep, getYearStart } from './date-span.ts';
import { formatCount, type Margin } from './svg.ts';

export { renderResponseTimelineSvg } from './response-timeline-svg.ts';

export interface ResponseTimelineOptions {
  width: number;
  laneHeight: number;
  margin: Margin;
  markRadius: number;
  minYearLabelGap: number;
  /** Dots with a tab stop; the rest keep their tooltip on hover and stay in the table. */
  maxFocusable: number;
}

export const defaults: Readonly<ResponseTimelineOptions> = {
  width: 800,
  laneHeight: 28,
  margin: { top: 12, right: 16, bottom: 28, left: 168 },
  markRadius: 5,
  minYearLabelGap: 36,
  maxFocusable: 60,
};

export interface ResponseInput {
  id: string;
  data: Pick<Action, 'title' | 'kind' | 'date'>;
}

export interface ResponseDot {
  id: string;
  cx: number;
  cy: number;
  /** True when the date is known to the day. */
  exact: boolean;
  tip: string;
  focusable: boolean;
}

export interface ResponseTimelineModel {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  lanes: Array<{ kind: ActionKind; label: string; y: number; count: number }>;
  dots: ResponseDot[];
  years: Array<{ x: number; label: string | undefined }>;
  markRadius: number;
  summary: string;
  caption: string;
  table: ChartTable;
}

export function layoutResponseTimeline(
  actions: readonly ResponseInput[],
  overrides: Partial<ResponseTimelineOptions> = {},
): ResponseTimelineModel {
  const options: ResponseTimelineOptions = { ...defaults, ...overrides };
  const { margin, width, laneHeight } = options;
  const kinds = ACTION_KINDS.filter((kind) => actions.some((action) => action.data.kind === kind));
  const height = margin.top + margin.bottom + Math.max(1, kinds.length) * laneHeight;
  const plot = {
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
  const spans = actions.map((action) => getDateSpan(action.data.date));
  const firstYear = spans.length ? new Date(Math.min(...spans.map((s) => s.start))).getUTCFullYear() : 2016;
  const lastYear = spans.length ? new Date(Math.max(...spans.map((s) => s.end - 1))).getUTCFullYear() : 2025;
  const x = scaleLinear()
    .domain([getYearStart(firstYear), getYearStart(lastYear + 1)])
    .range([plot.left, plot.right]);
  const laneY = (kind: ActionKind) => plot.top + kinds.indexOf(kind) * laneHeight + laneHeight / 2;
  const labelStep = getYearLabelStep(
    (plot.right - plot.left) / (lastYear - firstYear + 1),
    options.minYearLabelGap,
  );
  const dots = actions.map((action, index) => {
    const span = spans[index] ?? getDateSpan(action.data.date);
    const tip = `${formatPartialDate(action.data.date)}: ${action.data.title} (${ACTION_KIND_LABELS[action.data.kind]})`;
    return {
      id: action.id,
      cx: x((span.start + span.end) / 2),
      cy: laneY(action.data.kind),
      exact: span.precision === 'day',
      tip,
      focusable: index < options.maxFocusable,
    };
  });
  const years = Array.from({ length: lastYear - firstYear + 2 }, (_, i) => firstYear + i).map((year) => ({
    x: x(getYearStart(year)),
    label: year <= lastYear && year % labelStep === 0 ? String(year) : undefined,
  }));
  const lanes = kinds.map((kind) => ({
    kind,
    label: ACTION_KIND_LABELS[kind],
    y: laneY(kind),
    count: actions.filter((a) => a.data.kind === kind).length,
  }));
  return {
    width,
    height,
    plot,
    lanes,
    dots,
    years,
    markRadius: options.markRadius,
    summary:
      actions.length === 0
        ? 'No actions to show.'
        : `${formatCount(actions.length, 'action')} from ${firstYear} to ${lastYear}: ${lanes
            .map((lane) => `${lane.count} ${lane.label.toLowerCase()}${lane.count === 1 ? '' : 's'}`)
            .join(', ')}.`,
    caption:
      'Each dot is one action, placed at its date in the lane of its kind. A filled dot has a known day; a hollow dot sits in the middle of the month or year the sources give.',
    table: {
      columns: ['Date', 'Action', 'Kind'],
      rows: actions.map((action) => [
        formatPartialDate(action.data.date),
        action.data.title,
        ACTION_KIND_LABELS[action.data.kind],
      ]),
      numericColumns: [],
    },
  };
}
