/**
 * Runs Lighthouse (default mobile settings, simulated throttling) several times per page of a built
 * site served by `astro preview`, in the system Chromium, and summarizes each page as the median
 * of its runs (tests/bench/lighthouse-summary.ts). Used by `npm run lighthouse` and `npm run budgets`.
 */
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../e2e/find-chromium.ts';
import { summarizeRuns, type LighthouseRun, type LighthouseSummary } from './lighthouse-summary.ts';
import { startPreview } from './preview-server.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const DEFAULT_RUNS = 3;

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

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

export interface PageToMeasure {
  name: string;
  path: string;
}

/** Each page measured `runs` times (pages interleaved, so a slow moment of the machine hits all). */
export async function measurePages(
  distDir: string,
  pages: readonly PageToMeasure[],
  options: { runs?: number; categories?: readonly string[] } = {},
): Promise<Map<string, LighthouseSummary>> {
  const runs = options.runs ?? DEFAULT_RUNS;
  const categories = options.categories ?? CATEGORIES;
  const server = await startPreview(repoRoot, distDir);
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium() ?? '/usr/bin/chromium',
    chromeFlags: ['--headless', ...CHROMIUM_ARGS],
  });
  const results = new Map<string, LighthouseRun[]>(pages.map((page) => [page.path, []]));
  try {
    for (let run = 0; run < runs; run += 1)
      for (const page of pages) {
        const result = await lighthouse(`${server.origin}${page.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...categories],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        const { lhr } = result;
        const shortfalls: string[] = [];
        for (const id of categories)
          for (const ref of lhr.categories[id]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
            const value = audit.displayValue ? ` (${audit.displayValue})` : '';
            shortfalls.push(
              `${id} · ${audit.title}${value}: score ${audit.score}${describeItems(audit.details)}`,
            );
          }
        results.get(page.path)!.push({
          scores: Object.fromEntries(
            categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
          ),
          totalBlockingTime: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
          domSize:
            lhr.audits['dom-size-insight']?.numericValue ??
            lhr.audits['dom-size']?.numericValue ??
            Number.NaN,
          shortfalls,
        });
      }
  } finally {
    chrome.kill();
    await server.stop();
  }
  return new Map([...results].map(([path, pageRuns]) => [path, summarizeRuns(pageRuns)]));
}
