/** sitemap.xml (sitemaps.org protocol 0.9) and robots.txt. */
import { escapeXml } from './atom.ts';
import { toAbsoluteUrl } from './permalinks.ts';

/**
 * One <url><loc> per page, its site path (`/incidents/x/`) made absolute against the site's root URL
 * (base path included), sorted and de-duplicated so the file is stable. A record's page also gets
 * <lastmod>, the record's own latest content date (a source, a correction, an update), never the
 * build's clock; `lastmods` maps a site path such as `/incidents/x/` to it.
 */
export function renderSitemap(
  paths: readonly string[],
  siteRootUrl: string,
  lastmods: ReadonlyMap<string, string> = new Map(),
): string {
  const unique = [...new Set(paths)].sort();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...unique.map((path) => {
      const url = toAbsoluteUrl(path, siteRootUrl);
      const lastmod = lastmods.get(path);
      return `  <url><loc>${escapeXml(url)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
    }),
    '</urlset>',
    '',
  ].join('\n');
}

export function renderRobotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
