import type { APIRoute } from 'astro';
import { getExportDataset } from '../../data/exports.ts';
import { renderAtomFeed } from '../../lib/export/atom.ts';
import { buildActionsFeed } from '../../lib/export/feeds.ts';
import { MEDIA_TYPES } from '../../lib/export/permalinks.ts';

export const GET: APIRoute = async () =>
  new Response(renderAtomFeed(buildActionsFeed(await getExportDataset())), {
    headers: { 'Content-Type': MEDIA_TYPES.atom },
  });
