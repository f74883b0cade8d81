// `_headers` tells browsers to keep everything under /_astro/ for a year without revalidating
// (src/integrations/security-headers.ts). That is only safe while every file there carries a hash
// of its content in its name, so a changed file is a new URL. This checks both halves on the build.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { getDistDir, listFiles } from './support/dist.ts';

const DIST = getDistDir();

test('every file in /_astro/ has a content hash in its name', () => {
  const files = listFiles(path.join(DIST, '_astro'));
  expect(files.length).toBeGreaterThan(0);
  // Astro's names: <name>.<8-character hash>.<ext>
  expect(files.filter((file) => !/\.[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(file))).toEqual([]);
});

test('_headers gives /_astro/ immutable caching for a year, and the pages none', () => {
  const headers = readFileSync(path.join(DIST, '_headers'), 'utf8');
  expect(headers).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  expect(headers.match(/Cache-Control/g)).toHaveLength(1);
});
