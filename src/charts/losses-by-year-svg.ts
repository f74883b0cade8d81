/**
 * SVG markup for a LossesByYearModel; `losses-by-year.ts` re-exports it. Each year with incidents
 * is one group carrying the tooltip, with a full-height hit area so thin bars are easy to hover.
 */
import type { LossesByYearModel, YearBar } from './losses-by-year.ts';
import { getHatchPatternId, renderHatchPattern } from './palette.ts';
import {
  getMarkAttributes,
  renderElement,
  renderGroup,
  renderSvgRoot,
  renderText,
  type SvgRenderOptions,
  renderEmptyMessage,
} from './svg.ts';

function renderBar(className: string, bar: YearBar, top: number, bottom: number, fill?: string): string {
  return renderElement('rect', {
    class: className,
    x: bar.x,
    y: top,
    width: bar.width,
    height: bottom - top,
    fill,
  });
}

function renderYear(bar: YearBar, model: LossesByYearModel, hatchUrl: string): string {
  const { top, bottom } = model.plot;
  let shapes = renderBar('chart-hit', bar, top, bottom);
  if (bar.yTargeted !== undefined) shapes += renderBar('chart-bar-targeted', bar, bar.yTargeted, bottom);
  if (bar.yStolen !== undefined) shapes += renderBar('chart-bar-stolen', bar, bar.yStolen, bottom);
  if (bar.yRecovered !== undefined) {
    shapes += renderBar('chart-bar-recovered', bar, bar.yRecovered, bottom);
    shapes += renderBar('chart-bar-hatch', bar, bar.yRecovered, bottom, hatchUrl);
  }
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

function renderLegend(model: LossesByYearModel, hatchUrl: string): string {
  const y = 8;
  const x = model.plot.left;
  const swatch = (className: string, at: number, fill?: string): string =>
    renderElement('rect', { class: className, x: at, y, width: 12, height: 12, fill });
  const label = (text: string, at: number): string =>
    renderText(text, { class: 'chart-legend-label', x: at, y: y + 10 });
  return renderGroup({ class: 'chart-legend' }, [
    swatch('chart-bar-stolen', x) + label('Stolen', x + 16),
    swatch('chart-bar-recovered', x + 76) +
      swatch('chart-bar-hatch', x + 76, hatchUrl) +
      label('Recovered', x + 92),
    swatch('chart-bar-targeted', x + 172) + label('Targeted (attempted)', x + 188),
    renderText('Log scale', {
      class: 'chart-legend-note',
      x: model.plot.right,
      y: y + 10,
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
  const hatchUrl = `url(#${getHatchPatternId(options.idPrefix)})`;
  const bars = model.years
    .filter((bar) => bar.incidentCount > 0)
    .map((bar) => renderYear(bar, model, hatchUrl));
  const empty = renderEmptyMessage(model.years.length === 0, model);
  return renderSvgRoot(
    {
      ...options,
      width: model.width,
      height: model.height,
      className: 'chart-losses',
      hasFocusableMarks: model.years.some((bar) => bar.focusable),
      defs: renderHatchPattern(options.idPrefix),
    },
    [renderLegend(model, hatchUrl), ...renderAxes(model), renderGroup({ class: 'chart-bars' }, bars), empty],
  );
}
