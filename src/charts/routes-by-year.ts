/**
 * Routes used: US dollars that went through each kind of laundering route, year by year, across
 * every documented trail. A circle's area is proportional to the dollars (square-root radius from
 * zero), so two circles compare truly; money that passed through several routes counts in each.
 */
import { scaleBand, scaleSqrt } from 'd3-scale';
import { formatUsd, formatUsdExact } from '../lib/money.ts';
import { getYear } from '../lib/partial-date.ts';
import { TRAIL_KINDS, type TrailStep } from '../schemas/incident.ts';
import type { ChartTable } from './chart-table.ts';
import { TRAIL_KIND_LABELS } from './money-flow.ts';
import { formatCount, type Margin } from './svg.ts';

export { renderRoutesByYearSvg } from './routes-by-year-svg.ts';

export interface RoutesByYearOptions {
  width: number;
  rowHeight: number;
  margin: Margin;
  /** Radius of the largest circle. */
  maxRadius: number;
}

export const defaults: Readonly<RoutesByYearOptions> = {
  width: 800,
  rowHeight: 40,
  margin: { top: 12, right: 16, bottom: 28, left: 136 },
  maxRadius: 18,
};

export interface RouteCell {
  kind: TrailStep['kind'];
  year: number;
  usd: number;
  cx: number;
  cy: number;
  r: number;
  tip: string;
}

export interface RoutesByYearModel {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  rows: Array<{ kind: TrailStep['kind']; label: string; y: number }>;
  columns: Array<{ year: number; x: number }>;
  cells: RouteCell[];
  summary: string;
  caption: string;
  table: ChartTable;
}

export function layoutRoutesByYear(
  trails: ReadonlyArray<readonly TrailStep[]>,
  overrides: Partial<RoutesByYearOptions> = {},
): RoutesByYearModel {
  const options: RoutesByYearOptions = { ...defaults, ...overrides };
  const totals = new Map<string, number>();
  for (const trail of trails)
    for (const step of trail) {
      if (step.usd === undefined || step.usd <= 0) continue;
      const key = `${step.kind}|${getYear(step.date)}`;
      totals.set(key, (totals.get(key) ?? 0) + step.usd);
    }
  const kinds = TRAIL_KINDS.filter((kind) => [...totals.keys()].some((key) => key.startsWith(`${kind}|`)));
  const years = [...new Set([...totals.keys()].map((key) => Number(key.split('|')[1])))].sort(
    (a, b) => a - b,
  );
  const { margin, width, rowHeight } = options;
  const height = margin.top + margin.bottom + Math.max(1, kinds.length) * rowHeight;
  const plot = {
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
  const x = scaleBand<number>().domain(years).range([plot.left, plot.right]).padding(0.1);
  const y = scaleBand<string>().domain(kinds).range([plot.top, plot.bottom]).padding(0.1);
  const max = Math.max(1, ...totals.values());
  const radius = scaleSqrt()
    .domain([0, max])
    .range([0, Math.min(options.maxRadius, x.bandwidth() / 2, y.bandwidth() / 2)]);
  const cells: RouteCell[] = [];
  for (const kind of kinds)
    for (const year of years) {
      const usd = totals.get(`${kind}|${year}`);
      if (usd === undefined) continue;
      cells.push({
        kind,
        year,
        usd,
        cx: (x(year) ?? 0) + x.bandwidth() / 2,
        cy: (y(kind) ?? 0) + y.bandwidth() / 2,
        r: radius(usd),
        tip: `${TRAIL_KIND_LABELS[kind]}, ${year}: ${formatUsd(usd)}`,
      });
    }
  const total = [...totals.values()].reduce((a, b) => a + b, 0);
  return {
    width,
    height,
    plot,
    rows: kinds.map((kind) => ({
      kind,
      label: TRAIL_KIND_LABELS[kind],
      y: (y(kind) ?? 0) + y.bandwidth() / 2,
    })),
    columns: years.map((year) => ({ year, x: (x(year) ?? 0) + x.bandwidth() / 2 })),
    cells,
    summary:
      cells.length === 0
        ? 'No documented laundering routes to show.'
        : `${formatUsd(total)} traced through ${formatCount(kinds.length, 'kind')} of route in ${formatCount(years.length, 'year')}, across ${formatCount(trails.filter((t) => t.length > 0).length, 'documented trail')}.`,
    caption:
      'Each circle’s area is proportional to the US dollars that went through that kind of route that year, in the trails the record documents. ' +
      'Money that passed through several routes counts in each, so the circles do not add up to what was stolen.',
    table: {
      columns: ['Route', ...years.map(String)],
      rows: kinds.map((kind) => [
        TRAIL_KIND_LABELS[kind],
        ...years.map((year) => {
          const usd = totals.get(`${kind}|${year}`);
          return usd === undefined ? '—' : formatUsdExact(usd);
        }),
      ]),
      numericColumns: years.map((_, index) => index + 1),
    },
  };
}
