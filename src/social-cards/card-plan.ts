/**
 * Which cards this build publishes and which of them the cache lacks: the records are read and
 * checked as `npm run check` reads them (src/content-checks/), outside Astro, so the plan can be
 * made on a worker thread while Astro starts up.
 */
import { loadContent } from '../content-checks/load-content.ts';
import { validateRecords } from '../content-checks/validate-records.ts';
import type { CardContent } from '../lib/social-cards/card-content.ts';
import { listSocialCards } from '../lib/social-cards/card-list.ts';
import { getCardKey, listCachedKeys } from './card-cache.ts';
import { getRendererDigest } from './render-card.ts';

export interface PlannedCard {
  /** Site path of the PNG, e.g. /cards/incidents/<id>.png. */
  path: string;
  key: string;
}

export interface CardJob {
  key: string;
  content: CardContent;
}

export interface CardPlan {
  cards: PlannedCard[];
  /** Cards to draw: their keys are not in the cache. One job per key (equal cards share a file). */
  jobs: CardJob[];
}

export function planCards(contentRoot: string, cacheDir: string): CardPlan {
  const { content } = validateRecords(loadContent(contentRoot).records);
  const digest = getRendererDigest();
  const cached = listCachedKeys(cacheDir);
  const cards: PlannedCard[] = [];
  const jobs = new Map<string, CardJob>();
  for (const card of listSocialCards(content)) {
    const key = getCardKey(card.content, digest);
    cards.push({ path: card.path, key });
    if (!cached.has(key) && !jobs.has(key)) jobs.set(key, { key, content: card.content });
  }
  return { cards, jobs: [...jobs.values()] };
}
