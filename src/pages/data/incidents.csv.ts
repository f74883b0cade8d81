import type { APIRoute } from 'astro';
import { getExportDataset } from '../../data/exports.ts';
import { buildIncidentsCsv } from '../../lib/export/incident-csv.ts';
import { MEDIA_TYPES } from '../../lib/export/permalinks.ts';

export const GET: APIRoute = async () =>
  new Response(buildIncidentsCsv(await getExportDataset()), {
    headers: { 'Content-Type': MEDIA_TYPES.csv },
  });
