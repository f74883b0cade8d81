import type { APIRoute } from 'astro';
import { getExportDataset } from '../../data/exports.ts';
import { renderAtomFeed } from '../../lib/export/atom.ts';
import { buildIncidentsFeed } from '../../lib/export/feeds.ts';

export const GET: APIRoute = async () =>
  new Response(renderAtomFeed(buildIncidentsFeed(await getExportDataset())), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
