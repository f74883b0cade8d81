import type { APIRoute } from 'astro';
import { getExportDataset } from '../../data/exports.ts';
import { buildIncidentsCsv } from '../../lib/export/incident-csv.ts';

export const GET: APIRoute = async () =>
  new Response(buildIncidentsCsv(await getExportDataset()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
