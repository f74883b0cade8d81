/**
 * A partial date as the span of time it really covers, in UTC milliseconds, so a chart can draw
 * "sometime in 2016" across the whole year instead of inventing 1 January; plus the year helpers
 * that the charts with a year axis share.
 */
import {
  getEarliestDay,
  getLatestDay,
  getPrecision,
  type DatePrecision,
  type PartialDate,
} from '../lib/partial-date.ts';

const DAY_MS = 86_400_000;

export interface DateSpan {
  /** Start of the earliest day it can mean (inclusive). */
  start: number;
  /** End of the latest day it can mean (exclusive): the next midnight. */
  end: number;
  precision: DatePrecision;
}

function parseDayUtc(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function getDateSpan(value: PartialDate): DateSpan {
  return {
    start: parseDayUtc(getEarliestDay(value)),
    end: parseDayUtc(getLatestDay(value)) + DAY_MS,
    precision: getPrecision(value),
  };
}

/** UTC midnight on 1 January of `year`. */
export function getYearStart(year: number): number {
  return Date.UTC(year, 0, 1);
}

/** Label every 1, 2, 5, 10… years: the smallest step that keeps labels `minGap` pixels apart. */
export function getYearLabelStep(yearWidth: number, minGap: number): number {
  return [1, 2, 5, 10, 20, 50].find((step) => yearWidth * step >= minGap) ?? 100;
}
