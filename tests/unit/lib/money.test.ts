import { expect, test } from 'vitest';
import { formatAmount, formatUsd, formatUsdExact, formatUsdRange } from '../../../src/lib/money.ts';

test('formatUsd(81_000_000) returns "$81M"', () => {
  expect(formatUsd(81_000_000)).toBe('$81M');
});

test('formatUsd keeps three significant digits and picks the scale', () => {
  expect(formatUsd(12_200_000)).toBe('$12.2M');
  expect(formatUsd(1_460_000_000)).toBe('$1.46B');
  expect(formatUsd(625_000_000)).toBe('$625M');
  expect(formatUsd(1_360_000)).toBe('$1.36M');
  expect(formatUsd(950)).toBe('$950');
  expect(formatUsd(0)).toBe('$0');
});

test('formatUsdRange shows both ends only when they differ', () => {
  expect(formatUsdRange(600_000_000, 625_000_000)).toBe('$600M–$625M');
  expect(formatUsdRange(81_000_000)).toBe('$81M');
});

test('formatAmount and formatUsdExact write full numbers with separators', () => {
  expect(formatAmount(173_600, 'ETH')).toBe('173,600 ETH');
  expect(formatUsdExact(101_000_000)).toBe('$101,000,000');
});
