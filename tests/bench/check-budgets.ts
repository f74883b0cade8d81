/**
 * `npm run budgets`: the largest pages of the built site (CHT_DIST_DIR or dist/) against each page
 * budget, gzip-compressed, as a markdown table; exit 1 when any page is over. The same budgets are
 * asserted in CI by tests/quality/page-budgets.test.ts.
 *   node tests/bench/check-budgets.ts [--top 5]
 */
import { parseArgs } from 'node:util';
import { getDistDir } from '../quality/support/dist.ts';
import {
  BUDGETS,
  findBlockingFonts,
  formatKb,
  isIncidentPage,
  measureSite,
  type PageWeight,
} from './page-weights.ts';

const { values } = parseArgs({ options: { top: { type: 'string', default: '5' } } });
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
if (over > 0 || fonts.problems.length > 0) {
  console.error(`\n✗ ${over} page(s) over budget`);
  process.exitCode = 1;
} else {
  console.log('\n✓ every page within budget');
}
