import { expect, test } from 'vitest';
import { getIncidentPath, toAbsoluteUrl } from '../../../../src/lib/export/permalinks.ts';

test('toAbsoluteUrl resolves a site path inside the site root, base path included', () => {
  expect(toAbsoluteUrl(getIncidentPath('x'), 'https://example.org/')).toBe(
    'https://example.org/incidents/x/',
  );
  expect(toAbsoluteUrl(getIncidentPath('x'), 'https://example.org/tracker/')).toBe(
    'https://example.org/tracker/incidents/x/',
  );
  expect(toAbsoluteUrl('/', 'https://example.org/tracker/')).toBe('https://example.org/tracker/');
  // A root URL written without its final slash still keeps its last segment.
  expect(toAbsoluteUrl('/data/', 'https://example.org/tracker')).toBe('https://example.org/tracker/data/');
  expect(toAbsoluteUrl('/search/?q=a b#r', 'https://example.org/t/')).toBe(
    'https://example.org/t/search/?q=a%20b#r',
  );
});
