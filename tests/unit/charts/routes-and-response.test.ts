import { describe, expect, test } from 'vitest';
import { layoutResponseTimeline } from '../../../src/charts/response-timeline.ts';
import { layoutRoutesByYear } from '../../../src/charts/routes-by-year.ts';
import { exampleActions, exampleTrail, otherTrails } from '../../fixtures/charts/trails.ts';
import { expectMatchesGolden } from './golden.ts';
import { getGoldenCase } from './golden-cases.ts';

describe('routes by year', () => {
  const model = layoutRoutesByYear([exampleTrail, ...otherTrails]);

  test('layoutRoutesByYear sums each route kind by year and sizes circles by area', () => {
    const mixer2022 = model.cells.find((cell) => cell.kind === 'mixer' && cell.year === 2022);
    const mixer2023 = model.cells.find((cell) => cell.kind === 'mixer' && cell.year === 2023);
    expect(mixer2022?.usd).toBe(60_000_000);
    expect(mixer2023?.usd).toBe(20_000_000);
    // Area ∝ value: r² ratio equals the value ratio.
    expect(((mixer2022?.r ?? 0) / (mixer2023?.r ?? 1)) ** 2).toBeCloseTo(3, 6);
    expect(model.cells.some((cell) => cell.kind === 'peel-chain')).toBe(false);
  });

  test('layoutRoutesByYear tabulates every route and year, with a dash where nothing went', () => {
    expect(model.table.columns).toEqual(['Route', '2016', '2022', '2023']);
    expect(model.table.rows.find((row) => row[0] === 'Casino')).toEqual(['Casino', '$29,000,000', '—', '—']);
  });

  test('renderRoutesByYearSvg matches the reviewed golden file', () => {
    expectMatchesGolden('routes-by-year', getGoldenCase('routes-by-year').render());
  });
});

describe('response timeline', () => {
  const model = layoutResponseTimeline(exampleActions);

  test('layoutResponseTimeline gives each kind present its own lane and places dots in time order', () => {
    expect(model.lanes.map((lane) => lane.kind)).toEqual([
      'criminal-charge',
      'seizure',
      'fine',
      'attribution',
    ]);
    const x = (id: string) => model.dots.find((dot) => dot.id === id)?.cx ?? Number.NaN;
    expect(x('2016-08-05-fine')).toBeLessThan(x('2018-09-06-charge'));
    expect(x('2018-09-06-charge')).toBeLessThan(x('2022-09-ronin-seized'));
  });

  test('layoutResponseTimeline marks a month-only date as approximate, in the middle of its month', () => {
    const seized = model.dots.find((dot) => dot.id === '2022-09-ronin-seized');
    expect(seized?.exact).toBe(false);
    expect(model.dots.find((dot) => dot.id === '2016-08-05-fine')?.exact).toBe(true);
  });

  test('renderResponseTimelineSvg matches the reviewed golden file', () => {
    expectMatchesGolden('response-timeline', getGoldenCase('response-timeline').render());
  });
});
