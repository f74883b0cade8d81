/**
 * SVG markup for a BreakdownBarsModel; `breakdown-bars.ts` re-exports it. A row (label, bar and
 * value) is one group with a full-width hit area, so short bars are as easy to hover as long ones.
 */
import type { BreakdownBarsModel, BreakdownRow } from './breakdown-bars.ts';
import {
  getMarkAttributes,
  renderElement,
  renderGroup,
  renderSvgRoot,
  renderText,
  type SvgRenderOptions,
  renderEmptyMessage,
} from './svg.ts';

function renderRow(row: BreakdownRow, model: BreakdownBarsModel): string {
  const { left } = model.plot;
  const middle = row.y + model.barHeight / 2 + 4;
  return renderElement(
    'g',
    { class: 'chart-breakdown-row', ...getMarkAttributes(row.tip, row.focusable) },
    renderElement('rect', {
      class: 'chart-hit',
      x: 0,
      y: row.y - 2,
      width: model.width,
      height: model.barHeight + 4,
    }) +
      renderText(row.shortLabel, {
        class: 'chart-breakdown-label',
        x: left - 8,
        y: middle,
        'text-anchor': 'end',
      }) +
      renderElement('rect', {
        class: 'chart-breakdown-bar',
        x: left,
        y: row.y,
        width: row.barWidth,
        height: model.barHeight,
      }) +
      // Values sit after the bar; the right margin is sized for "$1.46B", so they never run off the chart.
      renderText(row.valueLabel, { class: 'chart-breakdown-value', x: left + row.barWidth + 6, y: middle }),
  );
}

export function renderBreakdownBarsSvg(model: BreakdownBarsModel, options: SvgRenderOptions): string {
  const rows = model.rows.map((row) => renderRow(row, model));
  const empty = renderEmptyMessage(model.rows.length === 0, model, 4);
  return renderSvgRoot(
    {
      ...options,
      width: model.width,
      height: model.height,
      className: 'chart-breakdown',
      hasFocusableMarks: model.rows.some((row) => row.focusable),
    },
    [
      renderElement('line', {
        class: 'chart-baseline',
        x1: model.plot.left,
        x2: model.plot.left,
        y1: model.plot.top - 4,
        y2: model.plot.bottom + 4,
      }),
      renderGroup({ class: 'chart-bars' }, rows),
      empty,
    ],
  );
}
