import { describe, expect, test } from 'vitest';
import { buildMoneyFlows, layoutMoneyFlow, renderMoneyFlowSvg } from '../../../src/charts/money-flow.ts';
import { exampleTrail } from '../../fixtures/charts/trails.ts';
import { expectMatchesGolden } from './golden.ts';
import { getGoldenCase } from './golden-cases.ts';

const input = {
  stolen: 100_000_000,
  trail: exampleTrail,
  facilitatorNames: { 'tornado-cash': 'Tornado Cash' },
};

describe('money flow', () => {
  test('buildMoneyFlows draws what no source traces as its own flow, after the theft and after a step', () => {
    const { links, untraced } = buildMoneyFlows(input);
    // $30M of the theft goes nowhere documented; $20M of the mixer's $60M is not traced onward.
    expect(links).toContainEqual({ source: 'stolen', target: 'untraced', value: 30_000_000 });
    expect(links).toContainEqual({ source: 'step-0', target: 'untraced', value: 20_000_000 });
    expect(untraced).toBe(50_000_000);
  });

  test('buildMoneyFlows sends a step that ended to its end, and money that continues to the next step', () => {
    const { links } = buildMoneyFlows(input);
    expect(links).toContainEqual({ source: 'step-0', target: 'step-1', value: 40_000_000 });
    expect(links).toContainEqual({ source: 'step-2', target: 'cashed-out', value: 40_000_000 });
    expect(links).toContainEqual({ source: 'step-3', target: 'frozen', value: 10_000_000 });
    // A step without an amount is not drawn.
    expect(links.some((link) => link.target === 'step-4')).toBe(false);
  });

  test('layoutMoneyFlow makes every band as thick as its value on one linear scale', () => {
    const model = layoutMoneyFlow(input);
    const perDollar = model.links.map((link) => link.width / link.value);
    for (const ratio of perDollar) expect(ratio).toBeCloseTo(perDollar[0] ?? 0, 9);
    const stolen = model.nodes.find((node) => node.id === 'stolen');
    expect(stolen?.value).toBe(100_000_000);
  });

  test('layoutMoneyFlow lists every step, amount or not, and the untraced sum in its table', () => {
    const model = layoutMoneyFlow(input);
    expect(model.table.rows).toHaveLength(exampleTrail.length + 1);
    expect(model.table.rows[4]?.[3]).toBe('not given');
    expect(model.table.rows.at(-1)).toEqual(['—', '—', 'Not traced by any source', '$50,000,000', '—', '—']);
    expect(model.summary).toBe(
      'Of $100M stolen, the sources trace $50M through 5 documented steps; $50M is not traced by any source.',
    );
  });

  test('renderMoneyFlowSvg matches the reviewed golden file', () => {
    expectMatchesGolden('money-flow', getGoldenCase('money-flow').render());
  });

  test('renderMoneyFlowSvg names colours only through classes', () => {
    const svg = renderMoneyFlowSvg(layoutMoneyFlow(input), { title: 't', desc: 'd', idPrefix: 'm' });
    expect(svg).not.toMatch(/#[0-9a-f]{3,8}\b(?!-)/i);
    expect(svg).not.toMatch(/\b(?:fill|stroke)="/);
  });
});

test('buildMoneyFlows draws money continuing a step without an amount from the step before it, never from nowhere', () => {
  const { links } = buildMoneyFlows({
    stolen: 81_000_000,
    trail: [
      { date: '2016-02', kind: 'bank-transfer', usd: 81_000_000, source: 's' },
      { date: '2016-02', kind: 'money-transfer', from: 0, source: 's' },
      { date: '2016-02', kind: 'casino', usd: 29_000_000, from: 1, source: 's' },
    ],
    facilitatorNames: {},
  });
  expect(links).toContainEqual({ source: 'step-0', target: 'step-2', value: 29_000_000 });
  expect(
    links.every(
      (link) => link.source === 'stolen' || link.source.startsWith('step-0') || link.source === 'step-2',
    ),
  ).toBe(true);
});
