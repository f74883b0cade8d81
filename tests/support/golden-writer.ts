/**
 * Writes golden files from their cases; what both write-goldens.ts scripts (charts, markdown) share. Run
 * by hand after a deliberate change, then read `git diff tests/golden` before committing. It
 * refuses to run under CI, so a pipeline can never make a failing comparison pass by rewriting
 * what it compares against.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldenOutput {
  name: string;
  render: () => string | Promise<string>;
}

export async function writeGoldens(
  dir: string,
  extension: string,
  cases: readonly GoldenOutput[],
): Promise<void> {
  if (process.env['CI']) {
    console.error(
      'write-goldens: refusing to run with CI set. Goldens are reviewed artifacts; write them locally.',
    );
    process.exit(1);
  }
  // Same zone as the tests (vitest.config sets TZ=UTC), so no rendering can differ by machine.
  process.env['TZ'] = 'UTC';
  mkdirSync(dir, { recursive: true });
  for (const goldenCase of cases) {
    const file = `${goldenCase.name}${extension}`;
    const path = join(dir, file);
    const text = await goldenCase.render();
    const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (before === text) {
      console.log(`unchanged  ${file}`);
      continue;
    }
    writeFileSync(path, text);
    console.log(
      `${before === undefined ? 'created' : 'updated'}    ${file} (${Buffer.byteLength(text)} bytes)`,
    );
  }
}
