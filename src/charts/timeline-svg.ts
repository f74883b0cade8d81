/**
 * SVG markup for a TimelineModel. Kept apart from the layout so the geometry can be tested
 * without reading markup; `timeline.ts` re-exports it as the chart's public render function.
 */
import { getHatchPatternId, renderHatchPattern } from './palette.ts';
import {
  estimateTextWidth,
  getMarkAttributes,
  renderElement,
  renderGroup,
  renderSvgRoot,
  renderText,
  type SvgRenderOptions,
  renderEmptyMessage,
} from './svg.ts';
import type { IncidentStatus, TimelineMark, TimelineModel } from './timeline.ts';

const LEGEND_FONT_SIZE = 12;

function renderShape(
  shape: 'point' | 'span',
  x0: number,
  x1: number,
  y: number,
  r: number,
  className: string,
  fill?: string,
): string {
  if (shape === 'point')
    return renderElement('circle', { class: className, cx: (x0 + x1) / 2, cy: y, r, fill });
  // Squarer corners than a circle, so a month-wide bar never passes for a known day.
  return renderElement('rect', {
    class: className,
    x: x0,
    y: y - r,
    width: x1 - x0,
    height: 2 * r,
    rx: Math.min(r, 2),
    fill,
  });
}

/** Body plus, for disrupted incidents, a hatch overlay: status is readable without colour. */
function renderStatusShapes(
  status: IncidentStatus,
  shape: 'point' | 'span',
  x0: number,
  x1: number,
  y: number,
  r: number,
  hatchUrl: string,
): string {
  const body = renderShape(shape, x0, x1, y, r, 'chart-mark-body');
  return status === 'disrupted'
    ? body + renderShape(shape, x0, x1, y, r, 'chart-mark-hatch', hatchUrl)
    : body;
}

function renderMark(mark: TimelineMark, hatchUrl: string): string {
  return renderElement(
    'g',
    { class: `chart-mark chart-mark--${mark.status}`, ...getMarkAttributes(mark.tip, mark.focusable) },
    renderStatusShapes(mark.status, mark.shape, mark.x0, mark.x1, mark.y, mark.r, hatchUrl),
  );
}

function renderLegend(model: TimelineModel, hatchUrl: string): string {
  const items: Array<{ status: IncidentStatus | 'span'; label: string }> = [
    { status: 'completed', label: 'Stolen' },
    { status: 'disrupted', label: 'Disrupted' },
    { status: 'attempted', label: 'Attempted, nothing taken' },
    { status: 'span', label: model.binned ? 'Total of a lane for one year' : 'Date known to month or year' },
  ];
  const y = 14;
  let x = model.plot.left;
  const entries: string[] = [];
  for (const item of items) {
    const swatch =
      item.status === 'span'
        ? renderElement(
            'g',
            { class: 'chart-mark chart-mark--completed' },
            renderShape('span', x, x + 16, y, 5, 'chart-mark-body'),
          )
        : renderElement(
            'g',
            { class: `chart-mark chart-mark--${item.status}` },
            renderStatusShapes(item.status, 'point', x + 6, x + 6, y, 5, hatchUrl),
          );
    const textX = x + (item.status === 'span' ? 20 : 16);
    entries.push(swatch + renderText(item.label, { class: 'chart-legend-label', x: textX, y: y + 4 }));
    x = textX + estimateTextWidth(item.label, LEGEND_FONT_SIZE) + 16;
  }
  return renderGroup({ class: 'chart-legend' }, entries);
}

function renderGrid(model: TimelineModel): string[] {
  const lines = model.ticks.map((tick) =>
    renderElement('line', { x1: tick.x, x2: tick.x, y1: model.plot.top, y2: model.plot.bottom }),
  );
  const labels = model.ticks.flatMap((tick) =>
    tick.label === undefined
      ? []
      : [renderText(tick.label, { x: tick.labelX, y: model.plot.bottom + 18, 'text-anchor': 'middle' })],
  );
  return [
    renderGroup({ class: 'chart-grid', 'aria-hidden': 'true' }, lines),
    renderGroup({ class: 'chart-axis', 'aria-hidden': 'true' }, labels),
  ];
}

export function renderTimelineSvg(model: TimelineModel, options: SvgRenderOptions): string {
  const hatchUrl = `url(#${getHatchPatternId(options.idPrefix)})`;
  // Bands and labels go under the gridlines, marks above them.
  const bands = model.lanes.map((lane, laneIndex) => {
    const band = renderElement('rect', {
      class: laneIndex % 2 === 1 ? 'chart-lane-band chart-lane-band--alt' : 'chart-lane-band',
      x: model.plot.left,
      y: lane.y0,
      width: model.plot.right - model.plot.left,
      height: lane.y1 - lane.y0,
    });
    const label = renderText(lane.shortLabel, {
      class: 'chart-lane-label',
      x: model.plot.left - 8,
      y: (lane.y0 + lane.y1) / 2 + 4,
      'text-anchor': 'end',
    });
    return band + label;
  });
  const lanes = model.lanes.map((lane, laneIndex) =>
    renderGroup(
      { class: `chart-lane ${lane.className}` },
      model.marks.filter((mark) => mark.laneIndex === laneIndex).map((mark) => renderMark(mark, hatchUrl)),
    ),
  );
  const empty = renderEmptyMessage(model.marks.length === 0, model);
  return renderSvgRoot(
    {
      ...options,
      width: model.width,
      height: model.height,
      className: 'chart-timeline',
      hasFocusableMarks: model.marks.some((mark) => mark.focusable),
      defs: renderHatchPattern(options.idPrefix),
    },
    [
      renderLegend(model, hatchUrl),
      renderGroup({ class: 'chart-lanes' }, bands),
      ...renderGrid(model),
      ...lanes,
      empty,
    ],
  );
}
