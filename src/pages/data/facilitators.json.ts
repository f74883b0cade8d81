import type { APIRoute } from 'astro';
import { getExportDataset } from '../../data/exports.ts';
import { buildFacilitatorsDocument, serializeJson } from '../../lib/export/json-export.ts';

export const GET: APIRoute = async () =>
  new Response(serializeJson(buildFacilitatorsDocument(await getExportDataset())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
