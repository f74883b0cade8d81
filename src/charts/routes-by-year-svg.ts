/** SVG markup for a RoutesByYearModel; `routes-by-year.ts` re-exports it. */
import type { RoutesByYearModel } from './routes-by-year.ts';
import {
  getMarkAttributes,
  renderElement,
  renderEmptyMessage,
  renderGroup,
  renderSvgRoot,
  renderText,
  type SvgRenderOptions,
} from './svg.ts';

export function renderRoutesByYearSvg(model: RoutesByYearModel, options: SvgRenderOptions): string {
  const { left, right, bottom } = model.plot;
  const rowLines = model.rows.map((row) =>
    renderElement('line', { class: 'chart-lane-line', x1: left, x2: right, y1: row.y, y2: row.y }),
  );
  const labels = [
    ...model.rows.map((row) => renderText(row.label, { x: left - 8, y: row.y + 4, 'text-anchor': 'end' })),
    ...model.columns.map((column) =>
      renderText(String(column.year), { x: column.x, y: bottom + 18, 'text-anchor': 'middle' }),
    ),
  ];
  const cells = model.cells.map((cell) =>
    renderElement('circle', {
      class: 'chart-route',
      cx: cell.cx,
      cy: cell.cy,
      r: Math.max(1.5, cell.r),
      ...getMarkAttributes(cell.tip, true),
    }),
  );
  return renderSvgRoot(
    {
      ...options,
      width: model.width,
      height: model.height,
      className: 'chart-routes',
      hasFocusableMarks: model.cells.length > 0,
    },
    [
      renderGroup({ class: 'chart-grid', 'aria-hidden': 'true' }, rowLines),
      renderGroup({ class: 'chart-axis', 'aria-hidden': 'true' }, labels),
      renderGroup({ class: 'chart-marks' }, cells),
      renderEmptyMessage(model.cells.length === 0, model),
    ],
  );
}
