/** SVG markup for a MoneyFlowModel; `money-flow.ts` re-exports it. Bands carry the tooltips. */
import type { MoneyFlowModel } from './money-flow.ts';
import {
  getMarkAttributes,
  renderElement,
  renderEmptyMessage,
  renderGroup,
  renderSvgRoot,
  renderText,
  type SvgRenderOptions,
} from './svg.ts';

export function renderMoneyFlowSvg(model: MoneyFlowModel, options: SvgRenderOptions): string {
  const links = model.links.map((link) =>
    renderElement('path', {
      class: link.untraced ? 'chart-flow chart-flow--untraced' : 'chart-flow',
      d: link.path,
      'stroke-width': Math.max(1, link.width),
      ...getMarkAttributes(link.tip, true),
    }),
  );
  const nodes = model.nodes.map((node) =>
    renderElement('rect', {
      class: `chart-flow-node chart-flow-node--${node.kind}`,
      x: node.x0,
      y: node.y0,
      width: node.x1 - node.x0,
      height: Math.max(1, node.y1 - node.y0),
      'data-tip': node.tip,
    }),
  );
  const labels = model.nodes.map((node) =>
    renderText(node.label, {
      class: 'chart-flow-label',
      x: node.x1 + 6,
      y: (node.y0 + node.y1) / 2 + 4,
    }),
  );
  return renderSvgRoot(
    {
      ...options,
      width: model.width,
      height: model.height,
      className: 'chart-money-flow',
      hasFocusableMarks: model.links.length > 0,
    },
    [
      renderGroup({ class: 'chart-marks' }, links),
      renderGroup({ class: 'chart-flow-nodes' }, nodes),
      renderGroup({ class: 'chart-axis', 'aria-hidden': 'true' }, labels),
      renderEmptyMessage(model.links.length === 0, {
        width: model.width,
        plot: { top: 0, bottom: model.height },
      }),
    ],
  );
}
