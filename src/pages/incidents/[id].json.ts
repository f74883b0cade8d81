import type { APIRoute, GetStaticPaths } from 'astro';
import { getExportDataset } from '../../data/exports.ts';
import { buildIncidentDocument, serializeJson } from '../../lib/export/json-export.ts';

export const getStaticPaths = (async () => {
  const dataset = await getExportDataset();
  return dataset.incidents.map(({ id }) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(serializeJson(buildIncidentDocument(await getExportDataset(), String(params.id))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
