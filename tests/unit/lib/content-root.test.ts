import { expect, test } from 'vitest';
import { getContentCacheDir, getContentRoot } from '../../../src/lib/content-root.ts';

test('getContentRoot reads CHT_CONTENT_DIR and defaults to content', () => {
  expect(getContentRoot({})).toBe('content');
  expect(getContentRoot({ CHT_CONTENT_DIR: 'tests/fixtures/content-valid/' })).toBe(
    'tests/fixtures/content-valid',
  );
});

test('getContentCacheDir gives each content root its own cache, named for the current schemas', () => {
  const real = getContentCacheDir('content');
  const fixture = getContentCacheDir('tests/fixtures/content-valid');
  expect(real).toMatch(/^\.\/node_modules\/\.astro-[0-9a-f]{8}$/);
  expect(fixture).toMatch(/^\.\/node_modules\/\.astro-content-[0-9a-f]{12}-[0-9a-f]{8}$/);
  // The same schemas give the same digest for every root.
  expect(real.slice(-8)).toBe(fixture.slice(-8));
});
