import { describe, expect, test } from 'vitest';
import {
  comparePartialDates,
  formatPartialDate,
  formatPartialDateShort,
  getEarliestDay,
  getLatestDay,
  getPrecision,
  isDefinitelyBefore,
  isPartialDate,
  normalizePartialDateInput,
} from '../../../src/lib/partial-date.ts';

describe('partial dates', () => {
  test('isPartialDate accepts YYYY, YYYY-MM and real YYYY-MM-DD only', () => {
    expect(isPartialDate('2016')).toBe(true);
    expect(isPartialDate('2016-02')).toBe(true);
    expect(isPartialDate('2016-02-29')).toBe(true);
    expect(isPartialDate('2015-02-29')).toBe(false);
    expect(isPartialDate('2016-13')).toBe(false);
    expect(isPartialDate('2016-00')).toBe(false);
    expect(isPartialDate('16-02-04')).toBe(false);
    expect(isPartialDate('2016-2-4')).toBe(false);
    expect(isPartialDate('February 2016')).toBe(false);
  });

  test('normalizePartialDateInput turns js-yaml Dates and numbers into strings', () => {
    expect(normalizePartialDateInput(new Date(Date.UTC(2016, 1, 4)))).toBe('2016-02-04');
    expect(normalizePartialDateInput(2016)).toBe('2016');
    expect(normalizePartialDateInput('2016-02')).toBe('2016-02');
  });

  test('getPrecision reports the precision the date was written with', () => {
    expect(getPrecision('2016')).toBe('year');
    expect(getPrecision('2016-10')).toBe('month');
    expect(getPrecision('2016-10-07')).toBe('day');
  });

  test('getEarliestDay and getLatestDay give the span a partial date covers', () => {
    expect([getEarliestDay('2016'), getLatestDay('2016')]).toEqual(['2016-01-01', '2016-12-31']);
    expect([getEarliestDay('2016-02'), getLatestDay('2016-02')]).toEqual(['2016-02-01', '2016-02-29']);
    expect([getEarliestDay('2016-02-04'), getLatestDay('2016-02-04')]).toEqual(['2016-02-04', '2016-02-04']);
  });

  test('isDefinitelyBefore is true only when the spans do not overlap', () => {
    expect(isDefinitelyBefore('2015', '2016-02')).toBe(true);
    expect(isDefinitelyBefore('2016', '2016-02')).toBe(false);
    expect(isDefinitelyBefore('2016-02', '2016')).toBe(false);
    expect(isDefinitelyBefore('2016-02-03', '2016-02-04')).toBe(true);
    expect(isDefinitelyBefore('2016-02-04', '2016-02-04')).toBe(false);
  });

  test('comparePartialDates sorts by earliest day, less precise first at a tie', () => {
    const sorted = ['2016-02-04', '2015', '2016-01', '2016', '2016-01-01'].sort(comparePartialDates);
    expect(sorted).toEqual(['2015', '2016', '2016-01', '2016-01-01', '2016-02-04']);
  });

  test('formatPartialDate never invents a day or month', () => {
    expect(formatPartialDate('2016')).toBe('2016');
    expect(formatPartialDate('2016-02')).toBe('February 2016');
    expect(formatPartialDate('2016-02-04')).toBe('4 February 2016');
    expect(formatPartialDateShort('2016-02')).toBe('Feb 2016');
  });
});
