/**
 * JSON Schemas for the JSON downloads, as published: the records the exports carry (a content record
 * as parsed, defaults filled in, with its permanent `id` and page `url` in front) and the documents
 * around them (the header, the records, the publishers they cite). Each download names its own in
 * `$schema`, and its records' in `record_schema`. Generated from the same Zod schemas as the editor
 * schemas (src/schemas/json-schema.ts), which stay as they are: they describe the YAML an author
 * writes, not what the site exports.
 */
import { PUBLISHER_TIERS } from './publisher.ts';
import { getContentZodSchema, toJsonSchema, type JsonSchema } from './json-schema.ts';
import { getExportSchemaPath, toAbsoluteUrl } from '../lib/export/permalinks.ts';

type RecordKind = 'incident' | 'actor' | 'action' | 'facilitator' | 'estimate';

interface DocumentSpec {
  record: RecordKind;
  /** The property holding the records: a list, or one record (`/incidents/<id>.json`). */
  holds: { list: string } | { single: string };
  /** Whether the document ends with the `publishers` its sources cite. */
  publishers: boolean;
  title: string;
  file: string;
}

const RECORDS: Record<RecordKind, { title: string; page: string }> = {
  incident: { title: 'Incident record', page: '/incidents/<id>/' },
  actor: { title: 'Actor record', page: '/actors/<id>/' },
  action: { title: 'Action record', page: '/response/<id>/' },
  facilitator: { title: 'Facilitator record', page: '/facilitators/<id>/' },
  estimate: { title: 'Estimate record', page: 'its row on /coverage/ (#estimate-<id>)' },
};

const DOCUMENTS = {
  incidents: {
    record: 'incident',
    holds: { list: 'incidents' },
    publishers: true,
    title: 'Incidents download',
    file: '/data/incidents.json',
  },
  incident: {
    record: 'incident',
    holds: { single: 'incident' },
    publishers: true,
    title: 'One incident download',
    file: '/incidents/<id>.json',
  },
  actors: {
    record: 'actor',
    holds: { list: 'actors' },
    publishers: false,
    title: 'Actors download',
    file: '/data/actors.json',
  },
  actions: {
    record: 'action',
    holds: { list: 'actions' },
    publishers: true,
    title: 'Actions download',
    file: '/data/actions.json',
  },
  facilitators: {
    record: 'facilitator',
    holds: { list: 'facilitators' },
    publishers: true,
    title: 'Facilitators download',
    file: '/data/facilitators.json',
  },
  estimates: {
    record: 'estimate',
    holds: { list: 'estimates' },
    publishers: true,
    title: 'Estimates download',
    file: '/data/estimates.json',
  },
} as const satisfies Record<string, DocumentSpec>;

export type ExportDocumentName = keyof typeof DOCUMENTS;
export type ExportSchemaName = ExportDocumentName | `${RecordKind}-record`;

export const EXPORT_DOCUMENT_NAMES = Object.keys(DOCUMENTS) as ExportDocumentName[];
export const EXPORT_SCHEMA_NAMES: ExportSchemaName[] = [
  ...EXPORT_DOCUMENT_NAMES,
  ...(Object.keys(RECORDS) as RecordKind[]).map((kind) => `${kind}-record` as const),
];

/** The record schema each document's `record_schema` names. */
export function getRecordSchemaName(document: ExportDocumentName): ExportSchemaName {
  return `${DOCUMENTS[document].record}-record`;
}

function getRecordSchema(kind: RecordKind, siteUrl: string): JsonSchema {
  const generated = toJsonSchema(getContentZodSchema(kind), 'output');
  const { $schema, properties, required, ...rest } = generated as JsonSchema & {
    properties: Record<string, JsonSchema>;
    required: string[];
  };
  return {
    $schema,
    $id: toAbsoluteUrl(getExportSchemaPath(`${kind}-record`), siteUrl),
    title: `Cyber Heist Tracker: ${RECORDS[kind].title}`,
    description: `One ${kind} as the JSON downloads carry it: the content record (defaults filled in) with its id and page URL in front.`,
    ...rest,
    properties: {
      id: {
        description: 'The permanent id: the content file name without its extension.',
        type: 'string',
        pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
      },
      url: { description: `The record's page, ${RECORDS[kind].page}.`, type: 'string', format: 'uri' },
      ...properties,
    },
    required: ['id', 'url', ...required],
    additionalProperties: false,
  };
}

const PUBLISHER_REF: JsonSchema = {
  description: 'A publisher a source cites (its `publisher` or `via.publisher`), with its tier.',
  type: 'object',
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
    name: { type: 'string', minLength: 1 },
    tier: { type: 'string', enum: [...PUBLISHER_TIERS] },
  },
  required: ['id', 'name', 'tier'],
  additionalProperties: false,
};

function getDocumentSchema(name: ExportDocumentName, siteUrl: string): JsonSchema {
  const spec: DocumentSpec = DOCUMENTS[name];
  const id = toAbsoluteUrl(getExportSchemaPath(name), siteUrl);
  const recordId = toAbsoluteUrl(getExportSchemaPath(getRecordSchemaName(name)), siteUrl);
  const { $schema, $id: _recordId, ...record } = getRecordSchema(spec.record, siteUrl);
  const records: Record<string, JsonSchema> =
    'list' in spec.holds
      ? {
          count: { description: 'How many records follow.', type: 'integer', minimum: 0 },
          [spec.holds.list]: { type: 'array', items: { $ref: '#/$defs/record' } },
        }
      : { [spec.holds.single]: { $ref: '#/$defs/record' } };
  const properties: Record<string, JsonSchema> = {
    $schema: { description: 'This schema.', const: id },
    schema_version: {
      description:
        'Version of the export formats: the minor grows with added fields, the major with renamed or removed ones.',
      type: 'string',
      pattern: '^\\d+\\.\\d+\\.\\d+$',
    },
    record_schema: { description: 'The JSON Schema each record validates against.', const: recordId },
    title: { type: 'string', minLength: 1 },
    license: {
      type: 'object',
      properties: {
        id: { type: 'string', minLength: 1 },
        name: { type: 'string', minLength: 1 },
        url: { type: 'string', format: 'uri' },
      },
      required: ['id', 'name', 'url'],
      additionalProperties: false,
    },
    documentation: { description: 'The /data/ page.', type: 'string', format: 'uri' },
    source_commit: {
      description: 'The git commit the file was built from, or null when the build had no git metadata.',
      anyOf: [{ type: 'string', pattern: '^[0-9a-f]{40}(?:[0-9a-f]{24})?$' }, { type: 'null' }],
    },
    ...records,
    ...(spec.publishers
      ? {
          publishers: {
            description: 'Every publisher the records’ sources cite, sorted by id.',
            type: 'array',
            items: { $ref: '#/$defs/publisher' },
          },
        }
      : {}),
  };
  return {
    $schema,
    $id: id,
    title: `Cyber Heist Tracker: ${spec.title}`,
    description: `The file ${spec.file}: a header, then the records${spec.publishers ? ' and the publishers they cite' : ''}.`,
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
    $defs: { record, ...(spec.publishers ? { publisher: PUBLISHER_REF } : {}) },
  };
}

/** The JSON Schema (draft 2020-12) published at /data/schema/export/<name>.json. */
export function getExportJsonSchema(name: ExportSchemaName, siteUrl: string): JsonSchema {
  if (name.endsWith('-record'))
    return getRecordSchema(name.slice(0, -'-record'.length) as RecordKind, siteUrl);
  return getDocumentSchema(name as ExportDocumentName, siteUrl);
}
