/**
 * Writes tests/golden/charts/*.svg from the golden cases. Run by hand after a deliberate change:
 *
 *   npx node tests/unit/charts/write-goldens.ts
 *
 * then read `git diff tests/golden/charts` before committing. It refuses to run under CI, so a
 * pipeline can never make a failing comparison pass by rewriting what it compares against.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, goldenCases } from './golden-cases.ts';

if (process.env['CI']) {
  console.error(
    'write-goldens: refusing to run with CI set. Goldens are reviewed artifacts; write them locally.',
  );
  process.exit(1);
}

// Same clock and zone as the tests (vitest.config sets TZ=UTC), so no rendering can differ by machine.
process.env['TZ'] = 'UTC';
mkdirSync(GOLDEN_DIR, { recursive: true });
for (const goldenCase of goldenCases) {
  const path = join(GOLDEN_DIR, `${goldenCase.name}.svg`);
  const svg = goldenCase.render();
  const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (before === svg) {
    console.log(`unchanged  ${goldenCase.name}.svg`);
    continue;
  }
  writeFileSync(path, svg);
  console.log(
    `${before === undefined ? 'created' : 'updated'}    ${goldenCase.name}.svg (${Buffer.byteLength(svg)} bytes)`,
  );
}
