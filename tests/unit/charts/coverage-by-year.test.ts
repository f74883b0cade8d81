import { describe, expect, test } from 'vitest';
import { layoutCoverageByYear, renderCoverageByYearSvg } from '../../../src/charts/coverage-by-year.ts';
import { coverageFixture } from '../../fixtures/charts/coverage.ts';
import { expectMatchesGolden } from './golden.ts';
import { getGoldenCase } from './golden-cases.ts';

const model = layoutCoverageByYear(coverageFixture);

describe('layoutCoverageByYear', () => {
  test('layoutCoverageByYear draws bars from zero on a linear axis, so length is proportional to value', () => {
    const [a, b] = model.rows.filter((row) => row.year === 2017 || row.year === 2022);
    const zero = model.plot.left;
    const valueA = coverageFixture.find((y) => y.year === 2017)?.all.usd ?? 0;
    const valueB = coverageFixture.find((y) => y.year === 2022)?.all.usd ?? 0;
    expect(((b?.xAll ?? 0) - zero) / ((a?.xAll ?? 0) - zero)).toBeCloseTo(valueB / valueA, 3);
  });

  test('layoutCoverageByYear puts one tick per published estimate at its value, and none for a year without', () => {
    const year2022 = model.rows.find((row) => row.year === 2022);
    expect(year2022?.ticks).toHaveLength(2);
    expect(model.rows.find((row) => row.year === 2015)?.ticks).toEqual([]);
    expect(model.table.rows.find((row) => row[0] === '2015')?.[4]).toBe('none published');
  });

  test('layoutCoverageByYear states the record’s share of each estimate in the tooltip and the table', () => {
    expect(model.rows.find((row) => row.year === 2022)?.tip).toContain('50% of Chainalysis $1.7B');
    expect(model.table.rows.find((row) => row[0] === '2022')?.[5]).toBe('50% (Chainalysis); 63% (Elliptic)');
  });

  test('renderCoverageByYearSvg matches the reviewed golden file', () => {
    expectMatchesGolden('coverage-by-year', getGoldenCase('coverage-by-year').render());
  });

  test('renderCoverageByYearSvg names colours only through classes', () => {
    const svg = renderCoverageByYearSvg(model, { title: 't', desc: 'd', idPrefix: 'c' });
    expect(svg).not.toMatch(/#[0-9a-f]{3,8}\b(?!-)/i);
    expect(svg).not.toMatch(/\b(?:fill|stroke)="/);
  });
});
