import { expect, test } from 'vitest';
import { formatDocumentTitle, getSerializedLength, MAX_TITLE_LENGTH } from '../../../src/lib/page-title.ts';

test('formatDocumentTitle appends the site name while the whole fits', () => {
  expect(formatDocumentTitle('Bybit theft', 'Cyber Heist Tracker')).toBe('Bybit theft · Cyber Heist Tracker');
  expect(formatDocumentTitle('Cyber Heist Tracker', 'Cyber Heist Tracker')).toBe('Cyber Heist Tracker');
});

test('formatDocumentTitle drops the site name, then cuts at a word, to stay within 120 characters', () => {
  const long =
    'US Treasury sanctions Chinese nationals Tian Yinyin and Li Jiadong for laundering the Lazarus Group';
  expect(formatDocumentTitle(long, 'Cyber Heist Tracker')).toBe(long);
  const longer = `${long} stolen cryptocurrency from two exchange thefts of 2018 and 2019, says OFAC`;
  const cut = formatDocumentTitle(longer, 'Cyber Heist Tracker');
  expect(cut.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  expect(cut.endsWith('…')).toBe(true);
  expect(longer.startsWith(cut.slice(0, -1))).toBe(true);
  expect(longer[cut.length - 1]).toBe(' ');
});

test('formatDocumentTitle counts quotes and apostrophes as the entities the HTML holds', () => {
  const title = `US agencies warn that North Korea's BeagleBoyz have resumed robbing banks (advisory AA20-239A, "FASTCash 2.0")`;
  expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  const formatted = formatDocumentTitle(title, 'Cyber Heist Tracker');
  expect(getSerializedLength(formatted)).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  expect(formatted.endsWith('…')).toBe(true);
});
