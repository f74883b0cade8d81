// /data/schema/export/<name>.json: the JSON Schemas of the JSON downloads and of the records in them
// (see src/schemas/export-json-schema.ts). Each download names its own in `$schema`.
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  EXPORT_SCHEMA_NAMES,
  getExportJsonSchema,
  type ExportSchemaName,
} from '../../../../schemas/export-json-schema.ts';
import { siteUrl } from '../../../../site-config.ts';
import { MEDIA_TYPES } from '../../../../lib/export/permalinks.ts';

export const getStaticPaths = (() =>
  EXPORT_SCHEMA_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(
    `${JSON.stringify(getExportJsonSchema(params['name'] as ExportSchemaName, siteUrl('/')), null, 2)}\n`,
    { headers: { 'Content-Type': MEDIA_TYPES.jsonSchema } },
  );
