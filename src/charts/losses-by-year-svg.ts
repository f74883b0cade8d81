/**
 * SVG markup for a LossesByYearModel; `losses-by-year.ts` re-exports it. Each year with incidents
 * is one group carrying the tooltip, with a full-height hit area so small marks are easy to hover.
 */
import type { LossesByYearModel, YearBar } from './losses-by-year.ts';
import {
  formatCoordinate,
  getMarkAttributes,
  renderElement,
  renderGroup,
  renderSvgRoot,
  renderText,
  type SvgRenderOptions,
  renderEmptyMessage,
} from './svg.ts';

/** The four marks, each a position on the log axis: a dot, a ring, a diamond and a dash. */
function renderMarks(bar: YearBar, r: number): string {
  let marks = '';
  if (bar.yTargeted !== undefined)
    marks += renderElement('line', {
      class: 'chart-loss-targeted',
      x1: bar.cx - r * 1.6,
      x2: bar.cx + r * 1.6,
      y1: bar.yTargeted,
      y2: bar.yTargeted,
    });
  if (bar.yStolen !== undefined)
    marks += renderElement('circle', { class: 'chart-loss-stolen', cx: bar.cx, cy: bar.yStolen, r });
  if (bar.yRecovered !== undefined)
    marks += renderElement('circle', { class: 'chart-loss-recovered', cx: bar.cx, cy: bar.yRecovered, r });
  if (bar.yFrozen !== undefined) {
    const d = r * 1.3;
    const y = bar.yFrozen;
    const point = (px: number, py: number) => `${formatCoordinate(px)},${formatCoordinate(py)}`;
    marks += renderElement('path', {
      class: 'chart-loss-frozen',
      d: `M${point(bar.cx, y - d)}L${point(bar.cx + d, y)}L${point(bar.cx, y + d)}L${point(bar.cx - d, y)}Z`,
    });
  }
  return marks;
}

function renderYear(bar: YearBar, model: LossesByYearModel): string {
  const { top, bottom } = model.plot;
  let shapes = renderElement('rect', {
    class: 'chart-hit',
    x: bar.x,
    y: top,
    width: bar.width,
    height: bottom - top,
  });
  shapes += renderMarks(bar, model.markRadius);
  if (bar.yTargeted === undefined && bar.yStolen === undefined) {
    // Incidents without recorded amounts: a short dash on the baseline, so the year is not read as empty.
    shapes += renderElement('line', {
      class: 'chart-bar-unknown',
      x1: bar.x,
      x2: bar.x + bar.width,
      y1: bottom - 1,
      y2: bottom - 1,
    });
  }
  return renderElement('g', { class: 'chart-year', ...getMarkAttributes(bar.tip, bar.focusable) }, shapes);
}

function renderLegend(model: LossesByYearModel): string {
  const y = 14;
  const x = model.plot.left;
  const label = (text: string, at: number): string =>
    renderText(text, { class: 'chart-legend-label', x: at, y: y + 4 });
  const sample: YearBar = {
    ...(model.years[0] as YearBar),
    cx: 0,
    yTargeted: undefined,
    yStolen: undefined,
    yRecovered: undefined,
    yFrozen: undefined,
  };
  const at = (cx: number, key: 'yStolen' | 'yRecovered' | 'yFrozen' | 'yTargeted'): string =>
    renderMarks({ ...sample, cx, [key]: y }, model.markRadius);
  return renderGroup({ class: 'chart-legend' }, [
    at(x + 6, 'yStolen') + label('Stolen', x + 16),
    at(x + 78, 'yRecovered') + label('Recovered (returned)', x + 88),
    at(x + 232, 'yFrozen') + label('Frozen, not returned', x + 244),
    at(x + 396, 'yTargeted') + label('Targeted', x + 412),
    renderText('Log scale: positions only', {
      class: 'chart-legend-note',
      x: model.plot.right,
      y: y + 4,
      'text-anchor': 'end',
    }),
  ]);
}

function renderAxes(model: LossesByYearModel): string[] {
  const { left, right, bottom } = model.plot;
  const grid = model.yTicks.map((tick) =>
    renderElement('line', { x1: left, x2: right, y1: tick.y, y2: tick.y }),
  );
  const valueLabels = model.yTicks.map((tick) =>
    renderText(tick.label, { x: left - 6, y: tick.y + 4, 'text-anchor': 'end' }),
  );
  const yearLabels = model.years.flatMap((bar) =>
    bar.label === undefined
      ? []
      : [renderText(bar.label, { x: bar.x + bar.width / 2, y: bottom + 18, 'text-anchor': 'middle' })],
  );
  return [
    renderGroup({ class: 'chart-grid', 'aria-hidden': 'true' }, grid),
    renderGroup({ class: 'chart-axis', 'aria-hidden': 'true' }, [...valueLabels, ...yearLabels]),
    renderElement('line', { class: 'chart-baseline', x1: left, x2: right, y1: bottom, y2: bottom }),
  ];
}

export function renderLossesByYearSvg(model: LossesByYearModel, options: SvgRenderOptions): string {
  const years = model.years.filter((bar) => bar.incidentCount > 0).map((bar) => renderYear(bar, model));
  const empty = renderEmptyMessage(model.years.length === 0, model);
  return renderSvgRoot(
    {
      ...options,
      width: model.width,
      height: model.height,
      className: 'chart-losses',
      hasFocusableMarks: model.years.some((bar) => bar.focusable),
    },
    [
      ...(model.years.length > 0 ? [renderLegend(model)] : []),
      ...renderAxes(model),
      renderGroup({ class: 'chart-marks' }, years),
      empty,
    ],
  );
}
