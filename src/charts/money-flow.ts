/**
 * Where the money went: one incident's documented laundering trail as a flow (Sankey) diagram.
 * Money runs left to right from what was stolen, through each documented route, to where it ended
 * (cashed out, frozen, returned). Every band's thickness is proportional to US dollars on a linear
 * scale, and what no source accounts for is drawn as its own band to "Not traced by any source",
 * never left out. Steps whose amount no source gives are listed in the table, not drawn.
 */
import { sankey, sankeyJustify, sankeyLinkHorizontal, type SankeyGraph } from 'd3-sankey';
import { formatPartialDate } from '../lib/partial-date.ts';
import { formatUsd, formatUsdExact } from '../lib/money.ts';
import type { TrailStep } from '../schemas/incident.ts';
import type { ChartTable } from './chart-table.ts';
import { formatCoordinate, truncateLabel, type Margin } from './svg.ts';

export { renderMoneyFlowSvg } from './money-flow-svg.ts';

export const TRAIL_KIND_LABELS: Readonly<Record<TrailStep['kind'], string>> = {
  'bank-transfer': 'Bank transfer',
  casino: 'Casino',
  junket: 'Junket operator',
  'money-transfer': 'Money transfer',
  bridge: 'Bridge',
  swap: 'Swap',
  mixer: 'Mixer',
  'otc-desk': 'OTC desk',
  'exchange-cash-out': 'Exchange cash-out',
  'peel-chain': 'Peel chain',
};

const END_LABELS = {
  'cashed-out': 'Cashed out',
  frozen: 'Frozen or seized',
  returned: 'Returned to the victim',
  untraced: 'Not traced by any source',
} as const;
type EndKind = keyof typeof END_LABELS;

export interface MoneyFlowOptions {
  width: number;
  height: number;
  margin: Margin;
  nodeWidth: number;
  nodePadding: number;
  /** Characters a node label may take before it is cut (the full text is in the tooltip). */
  maxLabelChars: number;
}

export const defaults: Readonly<MoneyFlowOptions> = {
  width: 800,
  height: 360,
  margin: { top: 12, right: 170, bottom: 12, left: 12 },
  nodeWidth: 12,
  nodePadding: 14,
  maxLabelChars: 26,
};

export interface MoneyFlowInput {
  /** US dollars stolen (the low end of a range). */
  stolen: number;
  trail: readonly TrailStep[];
  /** Facilitator names by id, for labels. */
  facilitatorNames: Readonly<Record<string, string>>;
}

export interface FlowNode {
  id: string;
  label: string;
  kind: 'stolen' | 'step' | EndKind;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  value: number;
  tip: string;
}

export interface FlowLink {
  source: string;
  target: string;
  value: number;
  path: string;
  width: number;
  untraced: boolean;
  tip: string;
}

export interface MoneyFlowModel {
  width: number;
  height: number;
  nodes: FlowNode[];
  links: FlowLink[];
  /** US dollars no source traces beyond the theft or beyond a step. */
  untraced: number;
  summary: string;
  caption: string;
  table: ChartTable;
}

function stepLabel(step: TrailStep, names: Readonly<Record<string, string>>): string {
  const facilitator = step.facilitator ? (names[step.facilitator] ?? step.facilitator) : undefined;
  return facilitator ? `${TRAIL_KIND_LABELS[step.kind]}: ${facilitator}` : TRAIL_KIND_LABELS[step.kind];
}

interface RawLink {
  source: string;
  target: string;
  value: number;
}

/**
 * The nearest earlier step that carries an amount, following `from`: a step whose own amount no
 * source gives is listed in the table but has no band, so money continuing it is drawn from the
 * step before it (or from the theft), never from nowhere.
 */
function getDrawnParent(trail: readonly TrailStep[], index: number): number {
  let parent = trail[index]?.from;
  while (parent !== undefined) {
    const step = trail[parent];
    if (step?.usd !== undefined && step.usd > 0) return parent;
    parent = step?.from;
  }
  return -1;
}

/** The flows the trail documents, in dollars: theft → steps → ends, with the untraced remainders. */
export function buildMoneyFlows(input: MoneyFlowInput): { links: RawLink[]; untraced: number } {
  const links: RawLink[] = [];
  const onward = new Map<number, number>();
  const drawn = input.trail.map((step) => step.usd !== undefined && step.usd > 0);
  input.trail.forEach((step, index) => {
    if (!drawn[index]) return;
    const parent = getDrawnParent(input.trail, index);
    onward.set(parent, (onward.get(parent) ?? 0) + (step.usd ?? 0));
  });
  let untraced = 0;
  input.trail.forEach((step, index) => {
    if (!drawn[index] || step.usd === undefined) return;
    const parent = getDrawnParent(input.trail, index);
    links.push({
      source: parent === -1 ? 'stolen' : `step-${parent}`,
      target: `step-${index}`,
      value: step.usd,
    });
    const rest = step.usd - (onward.get(index) ?? 0);
    if (rest <= 0) return;
    if (step.ends) links.push({ source: `step-${index}`, target: step.ends, value: rest });
    else {
      links.push({ source: `step-${index}`, target: 'untraced', value: rest });
      untraced += rest;
    }
  });
  const fromTheft = input.stolen - (onward.get(-1) ?? 0);
  if (fromTheft > 0) {
    links.push({ source: 'stolen', target: 'untraced', value: fromTheft });
    untraced += fromTheft;
  }
  return { links, untraced };
}

function buildTable(input: MoneyFlowInput, untraced: number): ChartTable {
  return {
    columns: ['Step', 'Date', 'Route', 'US dollars', 'Continues step', 'Ended'],
    rows: [
      ...input.trail.map((step, index) => [
        String(index + 1),
        formatPartialDate(step.date),
        stepLabel(step, input.facilitatorNames),
        step.usd !== undefined ? formatUsdExact(step.usd) : 'not given',
        step.from !== undefined ? String(step.from + 1) : '— (from the theft)',
        step.ends ? END_LABELS[step.ends] : '—',
      ]),
      ['—', '—', END_LABELS.untraced, formatUsdExact(untraced), '—', '—'],
    ],
    numericColumns: [3],
  };
}

export function layoutMoneyFlow(
  input: MoneyFlowInput,
  overrides: Partial<MoneyFlowOptions> = {},
): MoneyFlowModel {
  const options: MoneyFlowOptions = { ...defaults, ...overrides };
  const { margin, width, height } = options;
  const { links: raw, untraced } = buildMoneyFlows(input);
  const ids = new Set(raw.flatMap((link) => [link.source, link.target]));
  const labelOf = (id: string): { label: string; kind: FlowNode['kind'] } => {
    if (id === 'stolen') return { label: 'Stolen', kind: 'stolen' };
    if (id in END_LABELS) return { label: END_LABELS[id as EndKind], kind: id as EndKind };
    const step = input.trail[Number(id.slice('step-'.length))];
    return { label: step ? stepLabel(step, input.facilitatorNames) : id, kind: 'step' };
  };
  const order = [
    'stolen',
    ...input.trail.map((_, i) => `step-${i}`),
    'cashed-out',
    'frozen',
    'returned',
    'untraced',
  ];
  const graph: SankeyGraph<{ id: string }, { value: number }> = {
    nodes: order.filter((id) => ids.has(id)).map((id) => ({ id })),
    links: raw.map((link) => ({ ...link })),
  };
  if (graph.links.length > 0)
    sankey<{ id: string }, { value: number }>()
      .nodeId((node) => node.id)
      .nodeAlign(sankeyJustify)
      .nodeWidth(options.nodeWidth)
      .nodePadding(options.nodePadding)
      .nodeSort(null)
      .extent([
        [margin.left, margin.top],
        [width - margin.right, height - margin.bottom],
      ])(graph);
  const linkPath = sankeyLinkHorizontal();
  const round = (path: string | null) =>
    (path ?? '').replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (n) => formatCoordinate(Number(n)));
  const nodes: FlowNode[] = graph.nodes.map((node) => {
    const { label, kind } = labelOf(node.id);
    const value = node.value ?? 0;
    return {
      id: node.id,
      // SVG text does not wrap; the full name stays in the tooltip and the table.
      label: truncateLabel(label, options.maxLabelChars),
      kind,
      x0: node.x0 ?? 0,
      x1: node.x1 ?? 0,
      y0: node.y0 ?? 0,
      y1: node.y1 ?? 0,
      value,
      tip: `${label}: ${formatUsd(value)}`,
    };
  });
  const links: FlowLink[] = graph.links.map((link) => {
    const source = typeof link.source === 'object' ? (link.source as { id: string }).id : String(link.source);
    const target = typeof link.target === 'object' ? (link.target as { id: string }).id : String(link.target);
    return {
      source,
      target,
      value: link.value,
      path: round(linkPath(link as never)),
      width: link.width ?? 0,
      untraced: target === 'untraced',
      tip: `${labelOf(source).label} → ${labelOf(target).label}: ${formatUsd(link.value)}`,
    };
  });
  const traced = input.stolen - untraced;
  return {
    width,
    height,
    nodes,
    links,
    untraced,
    summary:
      `Of ${formatUsd(input.stolen)} stolen, the sources trace ${formatUsd(Math.max(0, traced))} through ${input.trail.length} documented ` +
      `step${input.trail.length === 1 ? '' : 's'}; ${formatUsd(untraced)} is not traced by any source.`,
    caption:
      'Money flows left to right; each band’s thickness is proportional to US dollars (value at the time, as the sources give it). ' +
      'The grey band is money no source we cite traces. Steps without an amount are in the table only.',
    table: buildTable(input, untraced),
  };
}
