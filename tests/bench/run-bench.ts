/**
 * `npm run bench`: builds the site against seeded synthetic records and reports, per size, the
 * build's wall time, peak memory of the whole process tree, pages per second, output and search
 * index sizes, `npm run check` time, and the framework floor (a bare Astro project rendering the
 * same number of trivial pages). For the largest size it also measures the explorer's weight, what
 * a search transfers and how fast the dev server shows an edit. Prints markdown tables.
 *
 * Each size is built three times back to back (card-builds.ts): social cards off, then with an empty
 * card cache (cold: the figures of the main table), then with the cache that build filled (warm).
 * `--cards cold` builds only the cold one.
 *
 *   node tests/bench/run-bench.ts [--sizes 1000,10000] [--seed 1] [--no-floor] [--no-search]
 *                                 [--no-dev] [--cards off,cold,warm] [--keep]
 *
 * Everything is written to a temporary folder, removed at the end unless --keep. Run nothing else
 * heavy meanwhile: the figures are wall-clock times on a shared machine.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getContentCacheDir } from '../../src/lib/content-root.ts';
import { listFiles } from '../quality/support/dist.ts';
import { writeBareAstroProject } from './bare-astro-floor.ts';
import {
  CARD_BUILD_MODES,
  formatCardTable,
  getCardBuildEnv,
  parseCardLog,
  type CardBuild,
  type CardBuildMode,
} from './card-builds.ts';
import { generateCorpus } from './generate-corpus.ts';
import { describeDevLatency, measureDevLatency, type DevLatency } from './measure-dev.ts';
import { measureProcess, type ProcessMeasurement } from './measure-process.ts';
import { measureSearchTransfer, type SearchTransfer } from './measure-search.ts';
import { formatKb, gzipSize, measurePage } from './page-weights.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const ASTRO = path.join(repoRoot, 'node_modules/astro/bin/astro.mjs');

/** Articles generated alongside each incident count (the issue's two sizes). */
function articlesFor(incidents: number): number {
  return incidents >= 10_000 ? 500 : 100;
}

interface SizeResult {
  incidents: number;
  articles: number;
  build: ProcessMeasurement;
  pages: number;
  distBytes: number;
  pagefindBytes: number;
  indexingMs: number | undefined;
  check: ProcessMeasurement;
  floor: ProcessMeasurement | undefined;
  explorer: { htmlGzip: number; indexGzip: number; largestAggregate: { page: string; htmlGzip: number } };
  cardBuilds: CardBuild[];
}

function folderBytes(dir: string): number {
  return listFiles(dir).reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/** Astro keeps a content cache per content root (astro.config.mjs); drop the benchmark's. */
function removeContentCache(contentDir: string): void {
  rmSync(path.join(repoRoot, getContentCacheDir(contentDir)), { recursive: true, force: true });
}

function fail(step: string, run: ProcessMeasurement): never {
  throw new Error(`${step} failed with exit code ${run.exitCode}:\n${run.output.slice(-6000)}`);
}

/** The heaviest aggregate page (actor, country, sector, method), gzip HTML. */
function findLargestAggregate(distDir: string): { page: string; htmlGzip: number } {
  let largest = { page: '', htmlGzip: 0 };
  for (const file of listFiles(distDir, '.html')) {
    if (!/^(?:actors|countries|sectors|methods)\/[^/]+\/index\.html$/.test(file) && file !== 'index.html')
      continue;
    const htmlGzip = gzipSize(readFileSync(path.join(distDir, file)));
    if (htmlGzip > largest.htmlGzip) largest = { page: `/${file.replace(/index\.html$/, '')}`, htmlGzip };
  }
  return largest;
}

async function benchSize(
  workDir: string,
  incidents: number,
  seed: number,
  withFloor: boolean,
  cardModes: readonly CardBuildMode[],
): Promise<SizeResult> {
  const articles = articlesFor(incidents);
  const contentDir = path.join(workDir, `content-${incidents}`);
  const distDir = path.join(workDir, `dist-${incidents}`);
  console.error(`\n▶ ${incidents} incidents, ${articles} articles: generating records…`);
  const cwd = process.cwd();
  process.chdir(repoRoot); // the generator copies taxonomies and actors from content/
  try {
    generateCorpus({ out: contentDir, incidents, articles, seed });
  } finally {
    process.chdir(cwd);
  }
  removeContentCache(contentDir);
  const env = { ...process.env, CHT_CONTENT_DIR: contentDir, CHT_DIST_DIR: distDir, TZ: 'UTC' };

  console.error(`▶ npm run check…`);
  const check = await measureProcess(process.execPath, ['src/content-checks/cli.ts'], { env, cwd: repoRoot });
  if (check.exitCode !== 0) fail('npm run check', check);

  // Exactly the package.json script, run as npm would but without npm's own process in the figures.
  const buildScript = (
    JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts['build'];
  if (!buildScript) throw new Error('package.json has no build script');
  const cardCache = path.join(workDir, `cards-${incidents}`);
  const cardBuilds: CardBuild[] = [];
  for (const mode of cardModes) {
    console.error(
      `▶ npm run build, social cards ${mode}: astro build, then the search index (no dist, no content cache)…`,
    );
    rmSync(distDir, { recursive: true, force: true });
    const run = await measureProcess('/bin/sh', ['-c', buildScript], {
      env: {
        ...env,
        ...getCardBuildEnv(mode, cardCache),
        PATH: `${path.join(repoRoot, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
      },
      cwd: repoRoot,
    });
    if (run.exitCode !== 0) fail(`npm run build (cards ${mode})`, run);
    removeContentCache(contentDir);
    cardBuilds.push({ mode, run, log: parseCardLog(run.output) });
  }
  // The main table reports the build as a first deploy runs it: cards on, nothing cached.
  const main = cardBuilds.find((build) => build.mode === 'cold') ?? cardBuilds.at(-1);
  if (!main) throw new Error('no build was run');
  const build = main.run;
  const pages = listFiles(distDir, '.html').length;
  const indexingMs = /\[search-index\] indexed \d+ HTML files in (\d+) ms/.exec(build.output)?.[1];
  const explorerIndex = path.join(distDir, 'incidents/explorer.json');

  let floor: ProcessMeasurement | undefined;
  if (withFloor) {
    console.error(`▶ bare Astro floor: ${pages} trivial pages…`);
    const floorDir = path.join(workDir, `floor-${incidents}`);
    const floorEnv = writeBareAstroProject(floorDir, repoRoot, pages);
    floor = await measureProcess(process.execPath, [ASTRO, 'build'], { env: floorEnv, cwd: floorDir });
    if (floor.exitCode !== 0) fail('bare Astro build', floor);
  }
  return {
    incidents,
    articles,
    build,
    pages,
    distBytes: folderBytes(distDir),
    pagefindBytes: folderBytes(path.join(distDir, 'pagefind')),
    indexingMs: indexingMs === undefined ? undefined : Number(indexingMs),
    check,
    floor,
    explorer: {
      htmlGzip: measurePage(distDir, 'incidents/index.html').htmlGzip,
      indexGzip: existsSync(explorerIndex) ? gzipSize(readFileSync(explorerIndex)) : 0,
      largestAggregate: findLargestAggregate(distDir),
    },
    cardBuilds,
  };
}

function printTables(results: SizeResult[], searches: SearchTransfer[], dev: DevLatency | undefined) {
  const lines = [
    '| Records | Build (wall) | Peak RSS, process tree (largest process) | Pages | Pages/s | Indexing | dist | Pagefind index | `npm run check` | Bare Astro, same pages | Ours ÷ floor |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const result of results) {
    const floor = result.floor;
    lines.push(
      [
        `${result.incidents.toLocaleString('en-US')} incidents + ${result.articles} articles`,
        formatSeconds(result.build.wallMs),
        `${formatMb(result.build.peakRssBytes)} (${formatMb(result.build.maxProcessRssBytes)})`,
        result.pages.toLocaleString('en-US'),
        (result.pages / (result.build.wallMs / 1000)).toFixed(0),
        result.indexingMs === undefined ? '—' : formatSeconds(result.indexingMs),
        formatMb(result.distBytes),
        formatMb(result.pagefindBytes),
        formatSeconds(result.check.wallMs),
        floor ? `${formatSeconds(floor.wallMs)}, ${formatMb(floor.peakRssBytes)}` : '—',
        floor ? `${(result.build.wallMs / floor.wallMs).toFixed(1)}×` : '—',
      ].join(' | '),
    );
  }
  console.log(`\n${lines.map((line) => (line.startsWith('| ') ? line : `| ${line} |`)).join('\n')}`);

  const weights = [
    '| Records | /incidents/ HTML (gzip) | explorer.json (gzip) | Heaviest aggregate page (gzip) |',
    '| --- | --- | --- | --- |',
    ...results.map(
      (result) =>
        `| ${result.incidents.toLocaleString('en-US')} | ${formatKb(result.explorer.htmlGzip)} | ${formatKb(result.explorer.indexGzip)} | ${result.explorer.largestAggregate.page} ${formatKb(result.explorer.largestAggregate.htmlGzip)} |`,
    ),
  ];
  console.log(`\n${weights.join('\n')}`);
  console.log(
    `\n${formatCardTable(results.map(({ incidents, cardBuilds }) => ({ incidents, builds: cardBuilds })))}`,
  );
  for (const search of searches)
    console.log(
      `\nSearch for "${search.query}" at ${results.at(-1)?.incidents.toLocaleString('en-US')} incidents (${search.results}): ` +
        `${search.requests} /pagefind/ requests, ${formatKb(search.bytes)} as served by astro preview, ` +
        `${formatKb(search.gzipBytes)} gzip-compressed; largest: ${search.largest.join(', ')}.`,
    );
  if (dev)
    console.log(
      `\nDev server at ${results.at(-1)?.incidents.toLocaleString('en-US')} incidents: ${describeDevLatency(dev)}.`,
    );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      seed: { type: 'string', default: '1' },
      'no-floor': { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      'no-dev': { type: 'boolean', default: false },
      cards: { type: 'string', default: CARD_BUILD_MODES.join(',') },
      keep: { type: 'boolean', default: false },
    },
  });
  const cardModes = values.cards.split(',').map((mode) => mode.trim());
  const unknownMode = cardModes.find((mode) => !(CARD_BUILD_MODES as readonly string[]).includes(mode));
  if (unknownMode !== undefined || cardModes.length === 0)
    throw new Error(
      `--cards takes ${CARD_BUILD_MODES.join(', ')} separated by commas, not "${values.cards}"`,
    );
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error(`--sizes takes incident counts separated by commas, not "${values.sizes}"`);
  mkdirSync(tmpdir(), { recursive: true });
  const workDir = mkdtempSync(path.join(tmpdir(), 'cht-bench-'));
  console.error(`Benchmark folder: ${workDir}`);
  try {
    const results: SizeResult[] = [];
    for (const size of sizes)
      results.push(
        await benchSize(
          workDir,
          size,
          Number(values.seed),
          !values['no-floor'],
          cardModes as CardBuildMode[],
        ),
      );
    const largest = results.at(-1);
    const searches: SearchTransfer[] = [];
    let dev: DevLatency | undefined;
    if (largest && !values['no-search']) {
      console.error('▶ search transfer in Chromium…');
      const distDir = path.join(workDir, `dist-${largest.incidents}`);
      // A word in nearly every record (the worst case) and a number in a handful (a typical lookup).
      for (const query of ['laundering', String(Math.floor(largest.incidents * 0.42))])
        searches.push(await measureSearchTransfer(repoRoot, distDir, query));
    }
    if (largest && !values['no-dev']) {
      console.error('▶ dev server: edit-to-browser time…');
      const contentDir = path.join(workDir, `content-${largest.incidents}`);
      try {
        dev = await measureDevLatency(repoRoot, contentDir);
      } finally {
        removeContentCache(contentDir);
      }
    }
    printTables(results, searches, dev);
  } finally {
    if (values.keep) console.error(`Kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
