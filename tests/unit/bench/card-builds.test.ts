import { expect, test } from 'vitest';
import { formatCardTable, getCardBuildEnv, parseCardLog } from '../../../tests/bench/card-builds.ts';

const COLD =
  '01:15:40 [cyber-heist-tracker:social-cards] 10507 social cards: 10507 drawn by 2 workers (4200 while Astro built), 0 from the cache (node_modules/.cache/x, 0 unused removed); per card drawn: satori 7.9 ms, resvg 9.8 ms, PNG 10.9 ms, 17.5 KB; waited 110.2 s after the pages, published in 0.3 s';
const WARM =
  '10507 social cards: 0 drawn by 1 worker (0 while Astro built), 10507 from the cache (x, 0 unused removed); per card drawn: satori – ms, resvg – ms, PNG – ms, – KB; waited 0.0 s after the pages, published in 0.2 s';

test('parseCardLog reads what the social-cards integration logs, cold and warm', () => {
  expect(parseCardLog(`noise\n${COLD}\nmore`)).toEqual({
    cards: 10507,
    drawn: 10507,
    workers: 2,
    drawnWhileBuilding: 4200,
    reused: 0,
    satoriMs: 7.9,
    resvgMs: 9.8,
    pngMs: 10.9,
    kb: 17.5,
    waitedMs: 110_200,
  });
  expect(parseCardLog(WARM)).toMatchObject({ drawn: 0, reused: 10507, satoriMs: Number.NaN });
  expect(parseCardLog('a build with cards off logs nothing')).toBeUndefined();
});

test('getCardBuildEnv turns cards off, or points them at the run’s own cache', () => {
  expect(getCardBuildEnv('off', '/tmp/c')).toEqual({ CHT_SOCIAL_CARDS: 'off' });
  expect(getCardBuildEnv('cold', '/tmp/c')).toEqual({ CHT_SOCIAL_CARDS: 'on', CHT_CARD_CACHE_DIR: '/tmp/c' });
});

test('formatCardTable compares cold and warm with off in one row per size', () => {
  const run = (wallMs: number) => ({
    exitCode: 0,
    wallMs,
    peakRssBytes: 2 ** 30,
    maxProcessRssBytes: 2 ** 30,
    output: '',
  });
  const table = formatCardTable([
    {
      incidents: 10_000,
      builds: [
        { mode: 'off', run: run(100_000), log: undefined },
        { mode: 'cold', run: run(250_000), log: parseCardLog(COLD) },
        { mode: 'warm', run: run(101_000), log: parseCardLog(WARM) },
      ],
    },
  ]);
  expect(table).toContain(
    '| 10,000 | 100.0 s | 250.0 s | 101.0 s | 2.50× | 1.01× | 1024 MB / 1024 MB / 1024 MB | 10507 / 0; 0 / 10507 |',
  );
  expect(table).toContain('4200 drawn while Astro built, the rest by 2 workers');
});
