/**
 * `npm run lighthouse`: Lighthouse (default mobile settings, simulated throttling) on the home page,
 * an incident, an article and the explorer of the built site (CHT_DIST_DIR or dist/), served by
 * `astro preview`, in the system Chromium. Prints the four category scores per page as a markdown
 * table, then every audit below full marks, so a score under 100 says why. Exit 1 if any score is
 * under 100. Build the real content first: `npm run build`.
 *   node tests/bench/run-lighthouse.ts [--incident ID] [--article SLUG]
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../e2e/find-chromium.ts';
import { getDistDir } from '../quality/support/dist.ts';
import { startPreview } from './preview-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { incident: { type: 'string' }, article: { type: 'string' } } });
const distDir = getDistDir();

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

/** The elements an audit names (first three), e.g. ` [a.footnote-ref, …]`, when it names any. */
function describeItems(details: unknown): string {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  const selectors = items
    .map((item) => {
      const node = (item as { node?: { selector?: string }; tapTarget?: { selector?: string } }) ?? {};
      return node.tapTarget?.selector ?? node.node?.selector;
    })
    .filter((selector): selector is string => typeof selector === 'string');
  return selectors.length > 0 ? ` [${[...new Set(selectors)].slice(0, 3).join(', ')}]` : '';
}

const server = await startPreview(repoRoot, distDir);
const chrome = await chromeLauncher.launch({
  chromePath: findChromium() ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', ...CHROMIUM_ARGS],
});
const rows = [
  '| Page | Performance | Accessibility | Best practices | SEO |',
  '| --- | --- | --- | --- | --- |',
];
const shortfalls: string[] = [];
let below = 0;
try {
  for (const page of pages) {
    const result = await lighthouse(`${server.origin}${page.path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
    const { lhr } = result;
    const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100));
    below += scores.filter((score) => score < 100).length;
    rows.push(`| ${page.name} (${page.path}) | ${scores.join(' | ')} |`);
    for (const id of CATEGORIES) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        const value = audit.displayValue ? ` (${audit.displayValue})` : '';
        shortfalls.push(
          `- ${page.name} · ${id} · ${audit.title}${value}: score ${audit.score}${describeItems(audit.details)}`,
        );
      }
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}

console.log(rows.join('\n'));
console.log(
  shortfalls.length > 0 ? `\nBelow full marks:\n${shortfalls.join('\n')}` : '\nEvery audit at full marks.',
);
if (below > 0) process.exitCode = 1;
