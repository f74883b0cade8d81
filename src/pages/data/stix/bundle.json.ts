import type { APIRoute } from 'astro';
import { getExportDataset } from '../../../data/exports.ts';
import { serializeJson } from '../../../lib/export/json-export.ts';
import { buildStixBundle } from '../../../lib/stix/build-bundle.ts';

export const GET: APIRoute = async () =>
  new Response(serializeJson(buildStixBundle(await getExportDataset())), {
    headers: { 'Content-Type': 'application/stix+json;version=2.1' },
  });
