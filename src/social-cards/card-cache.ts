/**
 * The persistent card cache: one PNG per card, named by the hash of everything that decides its
 * pixels (the card's text and the renderer's digest, render-card.ts). An unchanged card is copied
 * from here instead of drawn again; at 10,000 incidents drawing is minutes, copying seconds. It lives
 * under node_modules/.cache/ (what CI restores, .github/workflows/deploy.yml), one folder per content
 * root so fixture builds in the tests do not evict the real content's cards.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CardContent } from '../lib/social-cards/card-content.ts';

const DEFAULT_CACHE_ROOT = 'node_modules/.cache/cyber-heist-tracker/cards';

/**
 * The cache folder for a content root. `CHT_CARD_CACHE_DIR` moves the whole cache (the benchmark
 * points it at an empty folder for a cold build).
 */
export function getCardCacheDir(
  contentRoot: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const root = env['CHT_CARD_CACHE_DIR']?.trim() || DEFAULT_CACHE_ROOT;
  const key = createHash('sha256').update(path.resolve(contentRoot)).digest('hex').slice(0, 12);
  return path.resolve(root, contentRoot === 'content' ? 'content' : `content-${key}`);
}

/** The cache key of a card: its text and the renderer that draws it. */
export function getCardKey(content: CardContent, rendererDigest: string): string {
  return createHash('sha256')
    .update(rendererDigest)
    .update(JSON.stringify(content))
    .digest('hex')
    .slice(0, 32);
}

export function getCachedCardFile(cacheDir: string, key: string): string {
  return path.join(cacheDir, `${key}.png`);
}

/**
 * Stores a rendered card. Written beside its final name and renamed, so a build stopped mid-write
 * (or a second worker writing the same card) never leaves a truncated PNG under a valid key.
 */
export function writeCachedCard(cacheDir: string, key: string, png: Uint8Array): void {
  mkdirSync(cacheDir, { recursive: true });
  const final = getCachedCardFile(cacheDir, key);
  const temporary = `${final}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, final);
}

/** Keys present in the cache folder. */
export function listCachedKeys(cacheDir: string): Set<string> {
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return new Set();
  }
  return new Set(names.filter((name) => name.endsWith('.png')).map((name) => name.slice(0, -'.png'.length)));
}

/**
 * Removes every file the last build did not use (cards of edited or deleted records, leftovers of
 * an interrupted write), so the cache does not grow with each edit. Returns how many went.
 */
export function pruneCardCache(cacheDir: string, used: ReadonlySet<string>): number {
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (name.endsWith('.png') && used.has(name.slice(0, -'.png'.length))) continue;
    rmSync(path.join(cacheDir, name), { force: true });
    removed++;
  }
  return removed;
}
