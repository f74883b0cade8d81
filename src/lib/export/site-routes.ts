/**
 * Page files to URL paths, for the sitemap. Astro's file-based routing: `index.astro` is its
 * folder, `[id].astro` takes a parameter from getStaticPaths, `[...rest].astro` a rest parameter,
 * files and folders starting with `_` are not routes. With `trailingSlash: 'always'` and the
 * directory build format every page URL ends in "/".
 */

/** `./incidents/[id].astro` → `/incidents/[id]/` */
export function getRoutePattern(file: string): string {
  const path = file.replace(/^\.\//, '').replace(/\.astro$/, '');
  const segments = path.split('/').filter((segment) => segment !== 'index');
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/**
 * Error pages, `_`-prefixed files and the permanent-link pages (redirects from former ids and
 * withdrawn records, all noindex) are not part of the sitemap.
 */
export function isSitemapRoute(file: string): boolean {
  const segments = file.replace(/^\.\//, '').split('/');
  if (segments.some((segment) => segment.startsWith('_'))) return false;
  if (segments.at(-1) === '[...moved].astro') return false;
  return !/^(404|500)\.astro$/.test(file.replace(/^\.\//, ''));
}

export function isDynamicRoute(pattern: string): boolean {
  return pattern.includes('[');
}

/** Fills `[name]` and `[...name]` segments from getStaticPaths params. */
export function fillRoutePattern(
  pattern: string,
  params: Readonly<Record<string, string | number | undefined>>,
): string {
  const filled = pattern.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, rest: string | undefined, name: string) => {
    const value = params[name];
    if (value === undefined && !rest) throw new Error(`Route ${pattern} has no value for [${name}]`);
    return value === undefined ? '' : encodeURI(String(value));
  });
  return filled.replace(/\/{2,}/g, '/');
}
