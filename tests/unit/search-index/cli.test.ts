// The indexing half of `npm run build`: it must write a usable index for a built site, and fail
// loudly (exit 1, saying why) rather than let a build ship without search.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function runIndexer(distDir: string) {
  return spawnSync(process.execPath, ['src/search-index/cli.ts'], {
    env: { ...process.env, CHT_DIST_DIR: distDir },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

function makeDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cht-search-index-'));
  dirs.push(dir);
  return dir;
}

test('indexes a built site into <dist>/pagefind/ and reports the page count', () => {
  const dist = makeDir();
  const page = (title: string, text: string) =>
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;
  writeFileSync(path.join(dist, 'index.html'), page('Home', 'Cyber heists on record.'));
  mkdirSync(path.join(dist, 'incidents/x'), { recursive: true });
  writeFileSync(path.join(dist, 'incidents/x/index.html'), page('A heist', 'SWIFT messages were forged.'));
  const run = runIndexer(dist);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/\[search-index\] indexed 2 HTML files in \d+ ms/);
  expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
  expect(existsSync(path.join(dist, 'pagefind/pagefind-entry.json'))).toBe(true);
});

test('fails with a reason when there is no built site to index', () => {
  const run = runIndexer(path.join(makeDir(), 'missing'));
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/index\.html does not exist; run `astro build` first/);
});
