/**
 * What one social card costs, on one thread with nothing else in the process: each card of the
 * content root (CHT_CONTENT_DIR, or content/) drawn in turn, the median and 90th percentile of each
 * step and of the PNG's size. The build log gives the same steps averaged over a build, where
 * Astro shares the cores.
 *   node tests/bench/card-cost.ts [--limit 300]
 */
import { parseArgs } from 'node:util';
import { loadContent } from '../../src/content-checks/load-content.ts';
import { validateRecords } from '../../src/content-checks/validate-records.ts';
import { getContentRoot } from '../../src/lib/content-root.ts';
import { listSocialCards } from '../../src/lib/social-cards/card-list.ts';
import { createCardRenderer } from '../../src/social-cards/render-card.ts';

const { values } = parseArgs({ options: { limit: { type: 'string', default: '300' } } });
const cards = listSocialCards(validateRecords(loadContent(getContentRoot()).records).content).slice(
  0,
  Number(values.limit),
);
const renderer = createCardRenderer();
// The first card parses the fonts and warms satori up (about 0.1 s); a build pays that once per worker.
const first = performance.now();
await renderer.render(
  cards[0]?.content ?? { eyebrow: '', title: 'warm-up', titleSize: 'large', details: [] },
);
const warmUpMs = performance.now() - first;

const steps = { satori: [] as number[], resvg: [] as number[], png: [] as number[], total: [] as number[] };
const bytes: number[] = [];
for (const card of cards) {
  const drawn = await renderer.render(card.content);
  steps.satori.push(drawn.satoriMs);
  steps.resvg.push(drawn.resvgMs);
  steps.png.push(drawn.encodeMs);
  steps.total.push(drawn.satoriMs + drawn.resvgMs + drawn.encodeMs);
  bytes.push(drawn.png.length);
  await new Promise((resolve) => setImmediate(resolve));
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

console.log(
  `${cards.length} cards from ${getContentRoot()}; first card (font parse, warm-up) ${warmUpMs.toFixed(0)} ms\n`,
);
console.log('| Step | Median | 90th percentile |\n| --- | --- | --- |');
for (const [name, values] of Object.entries(steps))
  console.log(
    `| ${name} | ${quantile(values, 0.5).toFixed(1)} ms | ${quantile(values, 0.9).toFixed(1)} ms |`,
  );
console.log(
  `| PNG size | ${(quantile(bytes, 0.5) / 1024).toFixed(1)} KB | ${(quantile(bytes, 0.9) / 1024).toFixed(1)} KB |`,
);
