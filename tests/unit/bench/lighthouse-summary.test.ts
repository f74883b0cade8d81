import { describe, expect, test } from 'vitest';
import { median, summarizeRuns, type LighthouseRun } from '../../bench/lighthouse-summary.ts';

const run = (performance: number, totalBlockingTime: number, shortfalls: string[] = []): LighthouseRun => ({
  scores: { performance, accessibility: 100 },
  totalBlockingTime,
  domSize: 1000 + performance,
  shortfalls,
});

describe('median', () => {
  test('median([3, 1, 2]) is the middle value, 2', () => {
    expect(median([3, 1, 2])).toBe(2);
  });
  test('median of an even count is the mean of the two middle values', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  test('median of nothing throws', () => {
    expect(() => median([])).toThrow(/no values/);
  });
});

describe('summarizeRuns', () => {
  test('gives the median of each score and of the total blocking time, not the best or the last run', () => {
    const summary = summarizeRuns([run(96, 120), run(87, 410), run(91, 180)]);
    expect(summary.scores).toEqual({ performance: 91, accessibility: 100 });
    expect(summary.totalBlockingTime).toBe(180);
    expect(summary.totalBlockingTimes).toEqual([120, 410, 180]);
    expect(summary.runs).toBe(3);
  });

  test('reports the shortfalls of the run with the median performance score', () => {
    const summary = summarizeRuns([
      run(96, 120, ['best']),
      run(87, 410, ['worst']),
      run(91, 180, ['typical']),
    ]);
    expect(summary.shortfalls).toEqual(['typical']);
  });

  test('one run is its own median', () => {
    expect(summarizeRuns([run(90, 250)])).toMatchObject({
      totalBlockingTime: 250,
      scores: { performance: 90 },
    });
  });

  test('no runs throws', () => {
    expect(() => summarizeRuns([])).toThrow(/no Lighthouse runs/);
  });
});
