/**
 * The site's base path: `/` at a domain's root, `/<repo>/` for a GitHub Pages project site. Every
 * internal link, asset, feed and data URL the site writes goes through `joinBasePath`, so one
 * setting (BASE_PATH, read in src/site-config.ts) moves the whole site.
 */

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * `BASE_PATH` as written by a person or a workflow (`tracker`, `/tracker`, `/tracker/`, `` or `/`)
 * to the one form the site uses: a leading and a trailing slash. Throws on anything that is not a
 * plain path (a URL, a query, `..`, spaces), naming what was expected.
 */
export function normalizeBasePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  const segments = trimmed.split('/').filter((segment) => segment !== '');
  const bad = segments.find((segment) => !SEGMENT.test(segment) || segment === '.' || segment === '..');
  if (bad !== undefined || /^[a-z]+:/i.test(trimmed)) {
    throw new Error(
      `BASE_PATH ${JSON.stringify(value)} is not a path: expected segments of letters, digits, ".", "_", "~" or "-", such as "/tracker/"`,
    );
  }
  return `/${segments.join('/')}/`;
}

/**
 * A root-relative site path (`/incidents/x/`) under the base path (`/tracker/incidents/x/`).
 * Absolute URLs, protocol-relative URLs and fragments pass through. Not idempotent on purpose:
 * a path based twice is a bug the internal link check catches, not something to paper over.
 */
export function joinBasePath(basePath: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  if (basePath === '/') return path;
  return `${basePath}${path.slice(1)}`;
}

/** The inverse of joinBasePath: a based path back to its root-relative form (or undefined if outside). */
export function stripBasePath(basePath: string, path: string): string | undefined {
  if (basePath === '/') return path;
  if (path === basePath.slice(0, -1)) return '/';
  return path.startsWith(basePath) ? `/${path.slice(basePath.length)}` : undefined;
}
