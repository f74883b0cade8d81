/**
 * Writes tests/golden/markdown/*.html from the golden cases. Run by hand after a deliberate change:
 *
 *   npx node tests/unit/markdown/write-goldens.ts
 *
 * then read `git diff tests/golden/markdown` before committing. It refuses to run under CI, so a
 * pipeline can never make a failing comparison pass by rewriting what it compares against.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, goldenCases, renderGoldenCase } from './golden-cases.ts';

if (process.env['CI']) {
  console.error(
    'write-goldens: refusing to run with CI set. Goldens are reviewed artifacts; write them locally.',
  );
  process.exit(1);
}

process.env['TZ'] = 'UTC';
mkdirSync(GOLDEN_DIR, { recursive: true });
for (const goldenCase of goldenCases) {
  const path = join(GOLDEN_DIR, `${goldenCase.name}.html`);
  const html = await renderGoldenCase(goldenCase);
  const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (before === html) {
    console.log(`unchanged  ${goldenCase.name}.html`);
    continue;
  }
  writeFileSync(path, html);
  console.log(
    `${before === undefined ? 'created' : 'updated'}    ${goldenCase.name}.html (${html.length} bytes)`,
  );
}
