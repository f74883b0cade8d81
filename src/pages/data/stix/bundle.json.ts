import type { APIRoute } from 'astro';
import { getExportDataset } from '../../../data/exports.ts';
import { serializeJson } from '../../../lib/export/json-export.ts';
import { buildStixBundle } from '../../../lib/stix/build-bundle.ts';
import { MEDIA_TYPES } from '../../../lib/export/permalinks.ts';

export const GET: APIRoute = async () =>
  new Response(serializeJson(buildStixBundle(await getExportDataset())), {
    headers: { 'Content-Type': MEDIA_TYPES.stix },
  });
