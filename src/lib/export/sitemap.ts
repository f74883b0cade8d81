/** sitemap.xml (sitemaps.org protocol 0.9) and robots.txt. */
import { escapeXml } from './atom.ts';

/** One <url><loc> per absolute page URL, sorted and de-duplicated so the file is stable. */
export function renderSitemap(urls: readonly string[]): string {
  const unique = [...new Set(urls)].sort();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...unique.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

export function renderRobotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
