import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { CardContent } from '../../../src/lib/social-cards/card-content.ts';
import { readPngSize } from '../../../src/lib/social-cards/encode-png.ts';
import {
  getCachedCardFile,
  getCardCacheDir,
  getCardKey,
  listCachedKeys,
  pruneCardCache,
  writeCachedCard,
} from '../../../src/social-cards/card-cache.ts';
import { startCardRun } from '../../../src/social-cards/card-pool.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cht-card-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const card: CardContent = {
  eyebrow: 'Analysis',
  title: 'A title',
  titleSize: 'large',
  details: ['By Ann'],
};

describe('cache keys and files', () => {
  test('the key changes with the card text and with the renderer, and only then', () => {
    const key = getCardKey(card, 'digest-1');
    expect(getCardKey({ ...card }, 'digest-1')).toBe(key);
    expect(getCardKey({ ...card, title: 'Another title' }, 'digest-1')).not.toBe(key);
    expect(getCardKey(card, 'digest-2')).not.toBe(key);
  });

  test('each content root has its own folder, and CHT_CARD_CACHE_DIR moves them all', () => {
    const env = { CHT_CARD_CACHE_DIR: path.join(work, 'elsewhere') };
    expect(getCardCacheDir('content', env)).toBe(path.join(work, 'elsewhere', 'content'));
    expect(getCardCacheDir('tests/fixtures/content-valid', env)).not.toBe(getCardCacheDir('content', env));
    expect(getCardCacheDir('content', {})).toMatch(
      /node_modules\/\.cache\/cyber-heist-tracker\/cards\/content$/,
    );
  });

  test('pruning removes what the last build did not use, including unfinished writes', () => {
    const dir = path.join(work, 'prune');
    writeCachedCard(dir, 'kept', Buffer.from('a'));
    writeCachedCard(dir, 'stale', Buffer.from('b'));
    writeFileSync(path.join(dir, 'kept.png.123.tmp'), 'partial');
    expect(pruneCardCache(dir, new Set(['kept']))).toBe(2);
    expect(readdirSync(dir)).toEqual(['kept.png']);
    expect(listCachedKeys(dir)).toEqual(new Set(['kept']));
  });
});

describe('a build run over the cache (worker threads)', () => {
  const content = path.join(work, 'content');
  cpSync('tests/fixtures/content-valid', content, { recursive: true });
  const cacheDir = path.join(work, 'cards');

  const build = async () => {
    const run = startCardRun({ contentRoot: content, cacheDir });
    const [plan, stats] = await Promise.all([run.plan, run.finish(2)]);
    return { plan, stats };
  };

  test('the first build draws every card; each is a 1200×630 PNG in the cache', async () => {
    const { plan, stats } = await build();
    expect(plan.cards.map((c) => c.path)).toEqual([
      '/cards/actors/test-group.png',
      '/cards/articles/2026-01-test-article.png',
      '/cards/incidents/2016-02-test-heist.png',
    ]);
    expect(stats.drawn).toBe(3);
    for (const { key } of plan.cards)
      expect(readPngSize(readFileSync(getCachedCardFile(cacheDir, key)))).toEqual({
        width: 1200,
        height: 630,
      });
  }, 60_000);

  test('a second build of unchanged content reuses every card and draws none', async () => {
    const { plan, stats } = await build();
    expect(plan.jobs).toEqual([]);
    expect(stats.drawn).toBe(0);
  }, 60_000);

  test('a changed record draws its own card anew (and its actor’s, whose total moved), and nothing else', async () => {
    const file = path.join(content, 'incidents/2016-02-test-heist.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('stolen: { usd: 101000000', 'stolen: { usd: 102000000'),
    );
    const { plan, stats } = await build();
    expect(plan.jobs.map((job) => job.content.title).sort()).toEqual(['Test Group', 'Test heist']);
    expect(stats.drawn).toBe(2);
  }, 60_000);
});
