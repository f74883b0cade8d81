import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where content lives. `CHT_CONTENT_DIR` points the whole pipeline (checks, build, benchmarks) at
 * another folder, such as a generated synthetic corpus; the default is the repository's content/.
 */
export function getContentRoot(env: Record<string, string | undefined> = process.env): string {
  const configured = env['CHT_CONTENT_DIR']?.trim();
  return (configured ? configured : 'content').replace(/\/+$/, '');
}

/** Digest of the content schemas: a record parsed under older schemas must not be reused. */
function getSchemaDigest(): string {
  const dir = fileURLToPath(new URL('../schemas/', import.meta.url));
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(path.join(dir, file)));
  return hash.digest('hex').slice(0, 8);
}

/**
 * Astro's cache folder for a content root, relative to the repository. Each root gets its own:
 * sharing one mixed entries from both roots (seen: duplicate-slug warnings after switching). The
 * schemas' digest is part of the name because Astro's glob loader keeps an entry parsed under the
 * old schema while the file is unchanged: a new field's default (seen: `trail: []`) was missing
 * from every record until the cache was deleted by hand.
 */
export function getContentCacheDir(contentRoot: string): string {
  const schemas = getSchemaDigest();
  if (contentRoot === 'content') return `./node_modules/.astro-${schemas}`;
  const hash = createHash('sha256').update(path.resolve(contentRoot)).digest('hex').slice(0, 12);
  return `./node_modules/.astro-content-${hash}-${schemas}`;
}
