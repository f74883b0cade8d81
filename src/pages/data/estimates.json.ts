import type { APIRoute } from 'astro';
import { getExportDataset } from '../../data/exports.ts';
import { buildEstimatesDocument, serializeJson } from '../../lib/export/json-export.ts';

export const GET: APIRoute = async () =>
  new Response(serializeJson(buildEstimatesDocument(await getExportDataset())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
