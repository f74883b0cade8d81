// /data/schema/<name>.json: the JSON Schemas editors validate content against (see src/schemas/json-schema.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getJsonSchema, SCHEMA_NAMES, type SchemaName } from '../../../schemas/json-schema.ts';
import { siteUrl } from '../../../site-config.ts';
import { MEDIA_TYPES } from '../../../lib/export/permalinks.ts';

export const getStaticPaths = (() =>
  SCHEMA_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(getJsonSchema(params['name'] as SchemaName, siteUrl('/')), null, 2)}\n`, {
    headers: { 'Content-Type': MEDIA_TYPES.jsonSchema },
  });
