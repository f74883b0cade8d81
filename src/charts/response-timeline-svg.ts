/** SVG markup for a ResponseTimelineModel; `response-timeline.ts` re-exports it. */
import type { ResponseTimelineModel } from './response-timeline.ts';
import {
  getMarkAttributes,
  renderElement,
  renderEmptyMessage,
  renderGroup,
  renderSvgRoot,
  renderText,
  type SvgRenderOptions,
} from './svg.ts';

export function renderResponseTimelineSvg(model: ResponseTimelineModel, options: SvgRenderOptions): string {
  const { left, right, top, bottom } = model.plot;
  const grid = model.years.map((year) =>
    renderElement('line', { x1: year.x, x2: year.x, y1: top, y2: bottom }),
  );
  const yearLabels = model.years.flatMap((year, index) => {
    const next = model.years[index + 1];
    if (year.label === undefined || !next) return [];
    return [renderText(year.label, { x: (year.x + next.x) / 2, y: bottom + 18, 'text-anchor': 'middle' })];
  });
  const laneLabels = model.lanes.map((lane) =>
    renderText(lane.label, { x: left - 8, y: lane.y + 4, 'text-anchor': 'end' }),
  );
  const laneLines = model.lanes.map((lane) =>
    renderElement('line', { class: 'chart-lane-line', x1: left, x2: right, y1: lane.y, y2: lane.y }),
  );
  const dots = model.dots.map((dot) =>
    renderElement('circle', {
      class: dot.exact ? 'chart-action' : 'chart-action chart-action--approximate',
      cx: dot.cx,
      cy: dot.cy,
      r: model.markRadius,
      ...getMarkAttributes(dot.tip, dot.focusable),
    }),
  );
  return renderSvgRoot(
    {
      ...options,
      width: model.width,
      height: model.height,
      className: 'chart-response',
      hasFocusableMarks: model.dots.some((dot) => dot.focusable),
    },
    [
      renderGroup({ class: 'chart-grid', 'aria-hidden': 'true' }, [...grid, ...laneLines]),
      renderGroup({ class: 'chart-axis', 'aria-hidden': 'true' }, [...yearLabels, ...laneLabels]),
      renderGroup({ class: 'chart-marks' }, dots),
      renderEmptyMessage(model.dots.length === 0, model),
    ],
  );
}
