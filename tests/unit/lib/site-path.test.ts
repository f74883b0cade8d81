import { expect, test } from 'vitest';
import { joinBasePath, normalizeBasePath, stripBasePath } from '../../../src/lib/site-path.ts';

test('BASE_PATH in any of the forms people write it becomes one form with both slashes', () => {
  expect(normalizeBasePath(undefined)).toBe('/');
  expect(normalizeBasePath('')).toBe('/');
  expect(normalizeBasePath('/')).toBe('/');
  expect(normalizeBasePath('tracker')).toBe('/tracker/');
  expect(normalizeBasePath('/tracker')).toBe('/tracker/');
  expect(normalizeBasePath('/tracker/')).toBe('/tracker/');
  expect(normalizeBasePath(' /a/b// ')).toBe('/a/b/');
});

test('a BASE_PATH that is not a plain path fails and says what was expected', () => {
  for (const bad of ['https://example.org/tracker/', '/a b/', '/../x/', '/x?y=1', '/x#y', '/./'])
    expect(() => normalizeBasePath(bad), bad).toThrow(/BASE_PATH .* is not a path: expected segments/);
});

test('joinBasePath puts root-relative site paths under the base and leaves everything else alone', () => {
  expect(joinBasePath('/', '/incidents/x/')).toBe('/incidents/x/');
  expect(joinBasePath('/tracker/', '/')).toBe('/tracker/');
  expect(joinBasePath('/tracker/', '/incidents/x/')).toBe('/tracker/incidents/x/');
  expect(joinBasePath('/tracker/', '/search/?q=a#b')).toBe('/tracker/search/?q=a#b');
  expect(joinBasePath('/tracker/', 'https://example.org/x/')).toBe('https://example.org/x/');
  expect(joinBasePath('/tracker/', '//cdn.example/x.js')).toBe('//cdn.example/x.js');
  expect(joinBasePath('/tracker/', '#sources')).toBe('#sources');
  expect(joinBasePath('/tracker/', 'relative/')).toBe('relative/');
});

test('joinBasePath is not idempotent: a path based twice shows, for the link check to catch', () => {
  expect(joinBasePath('/tracker/', '/tracker/x/')).toBe('/tracker/tracker/x/');
});

test('stripBasePath undoes joinBasePath and says when a path is outside the base', () => {
  expect(stripBasePath('/tracker/', '/tracker/incidents/x/')).toBe('/incidents/x/');
  expect(stripBasePath('/tracker/', '/tracker/')).toBe('/');
  expect(stripBasePath('/tracker/', '/tracker')).toBe('/');
  expect(stripBasePath('/tracker/', '/incidents/x/')).toBeUndefined();
  expect(stripBasePath('/', '/incidents/x/')).toBe('/incidents/x/');
});
