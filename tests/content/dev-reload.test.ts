// `astro dev` must show an edited record without a restart: a YAML incident (reloaded by the
// content layer's glob loader) and an MDX article (reloaded by Vite). The YAML half once failed
// silently, because the loader's watcher read the `[!_]*.yaml` pattern differently from its first
// scan (see src/content.config.ts). Uses the benchmark's own measurement on a small fixture.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { getContentCacheDir } from '../../src/lib/content-root.ts';
import { measureDevLatency } from '../bench/measure-dev.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

test('astro dev shows an edited YAML record and an edited MDX article', async () => {
  // Outside node_modules/, which the dev server's file watcher ignores.
  const contentDir = path.join(mkdtempSync(path.join(tmpdir(), 'cht-dev-reload-')), 'content');
  cpSync(path.join(repoRoot, 'tests/fixtures/content-valid'), contentDir, { recursive: true });
  try {
    const latency = await measureDevLatency(repoRoot, contentDir);
    // measureDevLatency gives undefined when the edit had not shown after EDIT_TIMEOUT_MS.
    expect(latency.yamlEditMs, 'the edited YAML title never appeared').toBeDefined();
    expect(latency.mdxEditMs, 'the edited MDX paragraph never appeared').toBeDefined();
  } finally {
    rmSync(path.dirname(contentDir), { recursive: true, force: true });
    rmSync(path.join(repoRoot, getContentCacheDir(contentDir)), { recursive: true, force: true });
  }
}, 120_000);
