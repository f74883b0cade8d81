import { describe, expect, test } from 'vitest';
import { findChoroplethStep, getChoroplethSteps } from '../../../src/charts/choropleth-steps.ts';

describe('choropleth steps', () => {
  test('getChoroplethSteps gives one class per count when counts are small', () => {
    const steps = getChoroplethSteps([1, 2, 4, 1], 'count');
    expect(steps.map((step) => step.label)).toEqual(['1', '2', '3', '4']);
    // Spread over the palette: the extremes are its lightest and darkest steps.
    expect(steps[0]?.className).toBe('chart-seq-1');
    expect(steps.at(-1)?.className).toBe('chart-seq-5');
  });

  test('getChoroplethSteps grows count classes geometrically for skewed data', () => {
    const steps = getChoroplethSteps([1, 1, 1, 2, 3, 20], 'count');
    expect(steps.map((step) => step.label)).toEqual(['1', '2', '3–5', '6–10', '11–20']);
  });

  test('getChoroplethSteps rounds USD bounds to one significant digit', () => {
    const steps = getChoroplethSteps([140_000, 1_000_000, 81_000_000, 1_460_000_000], 'usd');
    expect(steps.map((step) => step.label)).toEqual([
      'Under $600K',
      '$600K–$4M',
      '$4M–$30M',
      '$30M–$200M',
      '$200M or more',
    ]);
  });

  test('getChoroplethSteps returns no classes when no value is positive', () => {
    expect(getChoroplethSteps([0, 0], 'usd')).toEqual([]);
  });

  test('findChoroplethStep places every positive value in exactly one class and zero in none', () => {
    const values = [1, 2, 3, 5, 6, 10, 11, 20];
    const steps = getChoroplethSteps(values, 'count');
    for (const value of values) {
      expect(steps.filter((step) => value >= step.min && value < step.max)).toHaveLength(1);
    }
    expect(findChoroplethStep(steps, 20)?.label).toBe('11–20');
    expect(findChoroplethStep(steps, 0)).toBeUndefined();
  });
});
