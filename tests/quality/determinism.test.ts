// Two builds of the same commit give a byte-identical site: every file, compared by SHA-256.
// Slow (two full builds), so it lives in the quality suite with a generous timeout.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { getContentRoot } from '../../src/lib/content-root.ts';
import { buildSite } from './support/build-site.ts';
import { listFiles } from './support/dist.ts';

function hashTree(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(dir, file)))
        .digest('hex'),
    ]),
  );
}

test('two builds of the same sources produce byte-identical output', () => {
  const first = mkdtempSync(path.join(tmpdir(), 'cht-determinism-a-'));
  const second = mkdtempSync(path.join(tmpdir(), 'cht-determinism-b-'));
  try {
    const contentDir = getContentRoot();
    // Each build gets an empty social-card cache, so both draw every card rather than copy them.
    buildSite({ contentDir, outDir: first, env: { CHT_CARD_CACHE_DIR: `${first}-cards` } });
    buildSite({ contentDir, outDir: second, env: { CHT_CARD_CACHE_DIR: `${second}-cards` } });
    const a = hashTree(first);
    const b = hashTree(second);
    expect(a.size).toBeGreaterThan(10);
    const differences = [...new Set([...a.keys(), ...b.keys()])]
      .sort()
      .filter((file) => a.get(file) !== b.get(file))
      .map((file) =>
        !a.has(file)
          ? `only in the second build: ${file}`
          : !b.has(file)
            ? `only in the first build: ${file}`
            : `differs: ${file}`,
      );
    expect(differences).toEqual([]);
  } finally {
    for (const dir of [first, second, `${first}-cards`, `${second}-cards`])
      rmSync(dir, { recursive: true, force: true });
  }
}, 600_000);
