/**
 * `npm run budgets`: the largest pages of the built site (CHT_DIST_DIR or dist/) against each page
 * budget, gzip-compressed, as a markdown table; then the explorer's total blocking time under
 * Lighthouse's mobile throttling, the median of three runs, against its budget. Exit 1 when any
 * page is over. The size budgets are also asserted in CI by tests/quality/page-budgets.test.ts; the
 * blocking time needs a browser and several Lighthouse runs, so it is checked here only.
 *   node tests/bench/check-budgets.ts [--top 5] [--runs 3] [--no-lighthouse]
 */
import { parseArgs } from 'node:util';
import { getDistDir } from '../quality/support/dist.ts';
import { DEFAULT_RUNS, measurePages } from './lighthouse-runner.ts';
import {
  BUDGETS,
  findBlockingFonts,
  formatKb,
  isIncidentPage,
  measureSite,
  type PageWeight,
} from './page-weights.ts';

const { values } = parseArgs({
  options: {
    top: { type: 'string', default: '5' },
    runs: { type: 'string', default: String(DEFAULT_RUNS) },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const top = Number(values.top);
const distDir = getDistDir();
const pages = measureSite(distDir);

const rows: string[] = [
  '| Budget (gzip) | Limit | Page | Size | Within |',
  '| --- | --- | --- | --- | --- |',
];
let over = 0;
const report = (
  label: string,
  limit: number,
  candidates: PageWeight[],
  size: (page: PageWeight) => number,
) => {
  const sorted = [...candidates].sort((a, b) => size(b) - size(a));
  over += sorted.filter((page) => size(page) > limit).length;
  for (const page of sorted.slice(0, top))
    rows.push(
      `| ${label} | ${formatKb(limit)} | ${page.page} | ${formatKb(size(page))} | ${size(page) <= limit ? 'yes' : '**NO**'} |`,
    );
};
report(
  'Incident page HTML',
  BUDGETS.incidentHtml,
  pages.filter((page) => isIncidentPage(page.page)),
  (p) => p.htmlGzip,
);
report('CSS per page', BUDGETS.css, pages, (page) => page.cssGzip);
report('JS per page (before search)', BUDGETS.js, pages, (page) => page.jsGzip);
report('HTML, any page (no budget; for reference)', Number.POSITIVE_INFINITY, pages, (p) => p.htmlGzip);

const fonts = findBlockingFonts(distDir);
console.log(`Page budgets for ${distDir} (${pages.length} pages)\n`);
console.log(rows.join('\n').replaceAll('Infinity KB', '—'));
console.log(
  `\nWeb fonts: ${fonts.fontFiles.length} font files; ${fonts.problems.length === 0 ? 'nothing render-blocking' : fonts.problems.join('; ')}`,
);

if (!values['no-lighthouse']) {
  const runs = Number(values.runs);
  const explorer = { name: 'Explorer', path: '/incidents/' };
  const summary = (await measurePages(distDir, [explorer], { runs, categories: ['performance'] })).get(
    explorer.path,
  )!;
  const within = summary.totalBlockingTime <= BUDGETS.explorerTotalBlockingTimeMs;
  if (!within) over += 1;
  console.log(
    `\nExplorer (${explorer.path}) total blocking time, Lighthouse mobile, median of ${summary.runs}: ` +
      `${summary.totalBlockingTime} ms (runs: ${summary.totalBlockingTimes.join(', ')} ms; ${summary.domSize} DOM elements), ` +
      `budget ${BUDGETS.explorerTotalBlockingTimeMs} ms: ${within ? 'within' : '**OVER**'}`,
  );
}
if (over > 0 || fonts.problems.length > 0) {
  console.error(`\n✗ ${over} page(s) over budget`);
  process.exitCode = 1;
} else {
  console.log('\n✓ every page within budget');
}
