import type { APIRoute } from 'astro';
import { getExportDataset } from '../../data/exports.ts';
import { MEDIA_TYPES } from '../../lib/export/permalinks.ts';
import { buildFacilitatorsCsv } from '../../lib/export/response-csv.ts';

export const GET: APIRoute = async () =>
  new Response(buildFacilitatorsCsv(await getExportDataset()), {
    headers: { 'Content-Type': MEDIA_TYPES.csv },
  });
