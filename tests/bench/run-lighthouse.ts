/**
 * `npm run lighthouse`: Lighthouse (default mobile settings, simulated throttling) on the home page,
 * an incident, an article and the explorer of the built site (CHT_DIST_DIR or dist/), served by
 * `astro preview`, in the system Chromium, three times each. Prints the median of the runs per page
 * as a markdown table (the four category scores, total blocking time, DOM size), then every audit
 * below full marks in each page's median run, so a score under 100 says why. Exit 1 if any median
 * score is under 100. Build the real content first: `npm run build`.
 *   node tests/bench/run-lighthouse.ts [--incident ID] [--article SLUG] [--runs 3]
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getDistDir } from '../quality/support/dist.ts';
import { CATEGORIES, DEFAULT_RUNS, measurePages } from './lighthouse-runner.ts';

const { values } = parseArgs({
  options: {
    incident: { type: 'string' },
    article: { type: 'string' },
    runs: { type: 'string', default: String(DEFAULT_RUNS) },
  },
});
const distDir = getDistDir();
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a positive integer, not ${values.runs}`);

function firstEntry(folder: string): string {
  const entries = readdirSync(path.join(distDir, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'page')
    .map((entry) => entry.name)
    .sort();
  if (!entries[0]) throw new Error(`${distDir}/${folder}/ has no pages`);
  return entries[0];
}

const pages = [
  { name: 'Home', path: '/' },
  { name: 'Incident', path: `/incidents/${values.incident ?? firstEntry('incidents')}/` },
  { name: 'Article', path: `/articles/${values.article ?? firstEntry('articles')}/` },
  { name: 'Explorer', path: '/incidents/' },
];

const summaries = await measurePages(distDir, pages, { runs });
const rows = [
  `Median of ${runs} run${runs === 1 ? '' : 's'} per page (Lighthouse mobile, simulated throttling)\n`,
  '| Page | Performance | Accessibility | Best practices | SEO | Total blocking time (runs) | DOM elements |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];
const shortfalls: string[] = [];
let below = 0;
for (const page of pages) {
  const summary = summaries.get(page.path)!;
  const scores = CATEGORIES.map((id) => summary.scores[id] ?? 0);
  below += scores.filter((score) => score < 100).length;
  rows.push(
    `| ${page.name} (${page.path}) | ${scores.join(' | ')} | ${summary.totalBlockingTime} ms (${summary.totalBlockingTimes.join(', ')}) | ${summary.domSize} |`,
  );
  shortfalls.push(...summary.shortfalls.map((line) => `- ${page.name} · ${line}`));
}

console.log(rows.join('\n'));
console.log(
  shortfalls.length > 0
    ? `\nBelow full marks (each page's median run):\n${shortfalls.join('\n')}`
    : '\nEvery audit at full marks.',
);
if (below > 0) process.exitCode = 1;
