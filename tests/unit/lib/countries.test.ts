import { expect, test } from 'vitest';
import { getCountryName, getCountryNumericCode, isCountryCode } from '../../../src/lib/countries.ts';

test('isCountryCode accepts assigned upper-case alpha-2 codes only', () => {
  expect(isCountryCode('BD')).toBe(true);
  expect(isCountryCode('NO')).toBe(true);
  expect(isCountryCode('XX')).toBe(false);
  expect(isCountryCode('bd')).toBe(false);
  expect(isCountryCode('BGD')).toBe(false);
});

test('getCountryName uses Intl.DisplayNames', () => {
  expect(getCountryName('BD')).toBe('Bangladesh');
  expect(getCountryName('KP')).toBe('North Korea');
});

test('getCountryNumericCode returns the world-atlas id', () => {
  expect(getCountryNumericCode('BD')).toBe('050');
  expect(getCountryNumericCode('VN')).toBe('704');
});
