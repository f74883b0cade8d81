/**
 * sitemap.xml: every HTML page. Static pages are found from the page files themselves and dynamic
 * ones from their own getStaticPaths, so a new page appears here without anyone editing a list.
 */
import type { APIRoute } from 'astro';
import {
  fillRoutePattern,
  getRoutePattern,
  isDynamicRoute,
  isSitemapRoute,
} from '../lib/export/site-routes.ts';
import { renderSitemap } from '../lib/export/sitemap.ts';
import { listRecordLastmods } from '../lib/export/record-dates.ts';
import { getExportDataset } from '../data/exports.ts';
import { siteUrl } from '../site-config.ts';

type StaticPaths = Array<{ params: Record<string, string | number | undefined> }>;
interface PageModule {
  getStaticPaths?: (options: { paginate: () => never }) => StaticPaths | Promise<StaticPaths>;
}

const pages = import.meta.glob<PageModule>('./**/*.astro');

async function listPagePaths(): Promise<string[]> {
  const paths: string[] = [];
  for (const [file, load] of Object.entries(pages).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!isSitemapRoute(file)) continue;
    const pattern = getRoutePattern(file);
    if (!isDynamicRoute(pattern)) {
      paths.push(pattern);
      continue;
    }
    const { getStaticPaths } = await load();
    if (!getStaticPaths) throw new Error(`sitemap: ${file} is dynamic but has no getStaticPaths`);
    const entries = await getStaticPaths({
      paginate: () => {
        throw new Error(`sitemap: ${file} paginates; list its pages in src/pages/sitemap.xml.ts`);
      },
    });
    for (const entry of entries) paths.push(fillRoutePattern(pattern, entry.params));
  }
  return paths;
}

export const GET: APIRoute = async () => {
  const lastmods = listRecordLastmods(await getExportDataset());
  return new Response(renderSitemap(await listPagePaths(), siteUrl('/'), lastmods), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
