/**
 * Golden-file comparison for chart SVG. Goldens are committed and reviewed as diffs; a test never
 * writes one, so a missing or changed golden fails with instructions instead of passing silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { GOLDEN_DIR } from './golden-cases.ts';

export function expectMatchesGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, `${name}.svg`);
  if (!existsSync(path)) {
    throw new Error(
      `Golden file tests/golden/charts/${name}.svg is missing. Look at the rendering first, then write it on your ` +
        'machine with `npx node tests/unit/charts/write-goldens.ts` and commit it. Goldens are never written in CI.',
    );
  }
  expect(
    actual,
    `SVG differs from tests/golden/charts/${name}.svg. If the change is intended, rewrite the goldens locally ` +
      '(`npx node tests/unit/charts/write-goldens.ts`) and review the diff before committing.',
  ).toBe(readFileSync(path, 'utf8'));
}
