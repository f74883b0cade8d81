/**
 * Golden-file comparison for rendered Markdown. Goldens are committed and reviewed as diffs; a test
 * never writes one, so a missing or changed golden fails with instructions instead of passing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { GOLDEN_DIR } from './golden-cases.ts';

const WRITE_COMMAND = '`npx node tests/unit/markdown/write-goldens.ts`';

export function expectMatchesGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, `${name}.html`);
  if (!existsSync(path)) {
    throw new Error(
      `Golden file tests/golden/markdown/${name}.html is missing. Read the rendering first, then write it on ` +
        `your machine with ${WRITE_COMMAND} and commit it. Goldens are never written in CI.`,
    );
  }
  expect(
    actual,
    `HTML differs from tests/golden/markdown/${name}.html. If the change is intended, rewrite the goldens ` +
      `locally (${WRITE_COMMAND}) and review the diff before committing.`,
  ).toBe(readFileSync(path, 'utf8'));
}
