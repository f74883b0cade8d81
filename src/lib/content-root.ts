import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Where content lives. `CHT_CONTENT_DIR` points the whole pipeline (checks, build, benchmarks) at
 * another folder, such as a generated synthetic corpus; the default is the repository's content/.
 */
export function getContentRoot(env: Record<string, string | undefined> = process.env): string {
  const configured = env['CHT_CONTENT_DIR']?.trim();
  return (configured ? configured : 'content').replace(/\/+$/, '');
}

/**
 * Astro's cache folder for a content root, relative to the repository. Each root gets its own:
 * sharing one mixed entries from both roots (seen: duplicate-slug warnings after switching).
 */
export function getContentCacheDir(contentRoot: string): string {
  if (contentRoot === 'content') return './node_modules/.astro';
  const hash = createHash('sha256').update(path.resolve(contentRoot)).digest('hex').slice(0, 12);
  return `./node_modules/.astro-content-${hash}`;
}
