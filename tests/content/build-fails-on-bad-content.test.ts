// The build itself (not only `npm run check`) must refuse bad content and list every problem.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

test('astro build fails on the five-mistake fixture and reports all five problems', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'cht-build-'));
  try {
    const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, CHT_CONTENT_DIR: 'tests/fixtures/content-broken' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('5 content problems in tests/fixtures/content-broken/');
    for (const location of [
      '2016-02-bad-country.yaml:10:5  victims[0].country',
      '2016-02-date-order.yaml:7:3  dates.discovered',
      '2016-02-http-source.yaml:27:5  sources[0].url',
      '2016-02-loss-order.yaml:21:16  losses.recovered.usd',
      '2016-02-unknown-actor.yaml:13:5  attribution[0].actor',
    ]) {
      expect(output).toContain(location);
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}, 120_000);
