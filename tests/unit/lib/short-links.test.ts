import { expect, test } from 'vitest';
import { isShortLink } from '../../../src/lib/short-links.ts';

test('isShortLink spots URL shorteners and lets publishers’ own URLs through', () => {
  expect(isShortLink('https://nyti.ms/2FRNDPD')).toBe(true);
  expect(isShortLink('https://bit.ly/abc')).toBe(true);
  expect(isShortLink('https://www.t.co/x')).toBe(true);
  expect(isShortLink('https://on.wsj.com/x')).toBe(true);
  expect(isShortLink('https://www.nytimes.com/2018/05/03/magazine/x.html')).toBe(false);
  expect(isShortLink('https://www.justice.gov/opa/pr/x')).toBe(false);
  expect(isShortLink('not a url')).toBe(false);
});
