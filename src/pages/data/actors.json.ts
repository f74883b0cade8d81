import type { APIRoute } from 'astro';
import { getExportDataset } from '../../data/exports.ts';
import { buildActorsDocument, serializeJson } from '../../lib/export/json-export.ts';

export const GET: APIRoute = async () =>
  new Response(serializeJson(buildActorsDocument(await getExportDataset())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
