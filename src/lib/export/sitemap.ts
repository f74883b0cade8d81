/** sitemap.xml (sitemaps.org protocol 0.9) and robots.txt. */
import { escapeXml } from './atom.ts';

/**
 * One <url><loc> per absolute page URL, sorted and de-duplicated so the file is stable. A record's
 * page also gets <lastmod>, the record's own latest content date (a source, a correction, an
 * update), never the build's clock; `lastmods` maps a site path such as `/incidents/x/` to it.
 */
export function renderSitemap(
  urls: readonly string[],
  lastmods: ReadonlyMap<string, string> = new Map(),
): string {
  const unique = [...new Set(urls)].sort();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...unique.map((url) => {
      const lastmod = lastmods.get(new URL(url).pathname);
      return `  <url><loc>${escapeXml(url)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
    }),
    '</urlset>',
    '',
  ].join('\n');
}

export function renderRobotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
