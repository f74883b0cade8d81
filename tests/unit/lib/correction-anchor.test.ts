import { expect, test } from 'vitest';
import { getCorrectionAnchor } from '../../../src/lib/correction-anchor.ts';

const corrections = [{ date: '2026-11-29' }, { date: '2026-11-30' }, { date: '2026-11-30' }];

test('a correction’s anchor is its date and its place among that day’s corrections', () => {
  expect(corrections.map((_, index) => getCorrectionAnchor(corrections, index))).toEqual([
    'correction-2026-11-29-1',
    'correction-2026-11-30-1',
    'correction-2026-11-30-2',
  ]);
});

test('on a page several records share, the record’s own anchor scopes it', () => {
  expect(getCorrectionAnchor(corrections, 2, 'estimate-2024-chainalysis')).toBe(
    'estimate-2024-chainalysis-correction-2026-11-30-2',
  );
});
