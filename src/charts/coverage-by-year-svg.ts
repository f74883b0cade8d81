/**
 * SVG markup for a CoverageByYearModel; `coverage-by-year.ts` re-exports it. Each year is one
 * focusable group carrying the tooltip that states the record's share of each estimate.
 */
import type { CoverageByYearModel, CoverageRow } from './coverage-by-year.ts';
import {
  getMarkAttributes,
  renderElement,
  renderGroup,
  renderSvgRoot,
  renderText,
  type SvgRenderOptions,
} from './svg.ts';

function renderRow(row: CoverageRow, model: CoverageByYearModel): string {
  const { left, right } = model.plot;
  const parts = [
    renderElement('rect', { class: 'chart-hit', x: left, y: row.y, width: right - left, height: row.height }),
    renderElement('rect', {
      class: 'chart-coverage-all',
      x: left,
      y: row.y,
      width: Math.max(0, row.xAll - left),
      height: row.height,
    }),
    renderElement('rect', {
      class: 'chart-coverage-crypto',
      x: left,
      y: row.y,
      width: Math.max(0, row.xCrypto - left),
      height: row.height,
    }),
    ...row.ticks.map((tick) =>
      renderElement('line', {
        class: 'chart-coverage-estimate',
        x1: tick.x,
        x2: tick.x,
        y1: row.y - 3,
        y2: row.y + row.height + 3,
      }),
    ),
  ];
  return renderElement('g', { class: 'chart-year', ...getMarkAttributes(row.tip, true) }, parts.join(''));
}

function renderLegend(model: CoverageByYearModel): string {
  const y = 12;
  const x = model.plot.left;
  const label = (text: string, at: number) =>
    renderText(text, { class: 'chart-legend-label', x: at, y: y + 10 });
  return renderGroup({ class: 'chart-legend' }, [
    renderElement('rect', { class: 'chart-coverage-crypto', x, y, width: 12, height: 12 }) +
      label('Record: crypto businesses', x + 16),
    renderElement('rect', { class: 'chart-coverage-all', x: x + 196, y, width: 12, height: 12 }) +
      label('Record: all incidents', x + 212),
    renderElement('line', {
      class: 'chart-coverage-estimate',
      x1: x + 372,
      x2: x + 372,
      y1: y - 2,
      y2: y + 14,
    }) + label('Published estimate', x + 380),
  ]);
}

export function renderCoverageByYearSvg(model: CoverageByYearModel, options: SvgRenderOptions): string {
  const { left, top, bottom } = model.plot;
  const grid = model.xTicks.map((tick) =>
    renderElement('line', { x1: tick.x, x2: tick.x, y1: top, y2: bottom }),
  );
  const valueLabels = model.xTicks.map((tick) =>
    renderText(tick.label, { x: tick.x, y: bottom + 18, 'text-anchor': 'middle' }),
  );
  const yearLabels = model.rows.map((row) =>
    renderText(String(row.year), { x: left - 8, y: row.y + row.height / 2 + 4, 'text-anchor': 'end' }),
  );
  return renderSvgRoot(
    {
      ...options,
      width: model.width,
      height: model.height,
      className: 'chart-coverage',
      hasFocusableMarks: model.rows.length > 0,
    },
    [
      renderLegend(model),
      renderGroup({ class: 'chart-grid', 'aria-hidden': 'true' }, grid),
      renderGroup({ class: 'chart-axis', 'aria-hidden': 'true' }, [...valueLabels, ...yearLabels]),
      renderElement('line', { class: 'chart-baseline', x1: left, x2: left, y1: top, y2: bottom }),
      renderGroup(
        { class: 'chart-marks' },
        model.rows.map((row) => renderRow(row, model)),
      ),
    ],
  );
}
