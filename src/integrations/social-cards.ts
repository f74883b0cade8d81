/**
 * Social cards at build time: a worker starts drawing the cards the cache lacks as soon as the build
 * starts (src/social-cards/card-pool.ts), and when Astro has written the pages, every card is copied
 * from the cache to <outDir>/cards/ and cache files no card uses any more are removed.
 */
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { areSocialCardsEnabled } from '../lib/social-cards/enabled.ts';
import { getCachedCardFile, getCardCacheDir, pruneCardCache } from '../social-cards/card-cache.ts';
import { startCardRun, type CardRun } from '../social-cards/card-pool.ts';

/** Hard-links the cached PNG (no copy on disk, a few µs); copies when the two are on other devices. */
function publishCard(from: string, to: string): void {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

function average(total: number, count: number): string {
  return count === 0 ? '–' : (total / count).toFixed(1);
}

export function socialCards(options: { contentRoot: string }): AstroIntegration {
  let run: CardRun | undefined;
  const cacheDir = getCardCacheDir(options.contentRoot);
  return {
    name: 'cyber-heist-tracker:social-cards',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && areSocialCardsEnabled()) run = startCardRun({ ...options, cacheDir });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!run) return;
        const started = performance.now();
        const workers = Number(process.env['CHT_CARD_WORKERS']) || undefined;
        const [plan, stats] = await Promise.all([run.plan, run.finish(workers)]);
        const waited = performance.now() - started;
        const outDir = fileURLToPath(dir);
        const folders = new Set<string>();
        for (const card of plan.cards) {
          const target = path.join(outDir, card.path);
          const folder = path.dirname(target);
          if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
          folders.add(folder);
          publishCard(getCachedCardFile(cacheDir, card.key), target);
        }
        const pruned = pruneCardCache(cacheDir, new Set(plan.cards.map((card) => card.key)));
        const reused = plan.cards.length - plan.jobs.length;
        logger.info(
          `${plan.cards.length} social cards: ${stats.drawn} drawn by ${stats.workers} worker${stats.workers === 1 ? '' : 's'} (${stats.drawnBeforeFinish} while Astro built), ${reused} from the cache` +
            ` (${path.relative(process.cwd(), cacheDir)}, ${pruned} unused removed);` +
            ` per card drawn: satori ${average(stats.satoriMs, stats.drawn)} ms, resvg ${average(stats.resvgMs, stats.drawn)} ms,` +
            ` PNG ${average(stats.encodeMs, stats.drawn)} ms, ${average(stats.bytes / 1024, stats.drawn)} KB;` +
            ` waited ${(waited / 1000).toFixed(1)} s after the pages, published in ${((performance.now() - started - waited) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
