import type { APIRoute } from 'astro';
import { getExportDataset } from '../../data/exports.ts';
import { MEDIA_TYPES } from '../../lib/export/permalinks.ts';
import { buildActionsCsv } from '../../lib/export/response-csv.ts';

export const GET: APIRoute = async () =>
  new Response(buildActionsCsv(await getExportDataset()), { headers: { 'Content-Type': MEDIA_TYPES.csv } });
