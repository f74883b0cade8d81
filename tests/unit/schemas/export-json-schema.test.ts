import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import {
  EXPORT_DOCUMENT_NAMES,
  EXPORT_SCHEMA_NAMES,
  getExportJsonSchema,
  getRecordSchemaName,
} from '../../../src/schemas/export-json-schema.ts';
import { getJsonSchema } from '../../../src/schemas/json-schema.ts';

const SITE_URL = 'https://example.org';

/** Every `$ref` value anywhere in a schema. */
function refsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsOf);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$ref' && typeof child === 'string' ? [child] : refsOf(child),
  );
}

describe('getExportJsonSchema', () => {
  test('each schema is draft 2020-12 with its public URL under /data/schema/export/ as $id', () => {
    for (const name of EXPORT_SCHEMA_NAMES) {
      const schema = getExportJsonSchema(name, `${SITE_URL}/`);
      expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema['$id']).toBe(`${SITE_URL}/data/schema/export/${name}.json`);
    }
  });

  test('every schema compiles under Ajv’s strict mode, on its own', () => {
    for (const name of EXPORT_SCHEMA_NAMES) {
      const ajv = new Ajv2020({ strict: true });
      addFormats.default(ajv);
      expect(() => ajv.compile(getExportJsonSchema(name, SITE_URL)), name).not.toThrow();
    }
  });

  test('a document schema is self-contained: its $refs point inside it', () => {
    for (const name of EXPORT_DOCUMENT_NAMES) {
      const refs = refsOf(getExportJsonSchema(name, SITE_URL));
      expect(refs.length, name).toBeGreaterThan(0);
      for (const ref of refs) expect(ref, name).toMatch(/^#\/\$defs\//);
    }
  });

  test('a record schema is the content schema with id and url added in front, both required', () => {
    const record = getExportJsonSchema('incident-record', SITE_URL) as {
      properties: Record<string, unknown>;
      required: string[];
      additionalProperties: boolean;
    };
    const content = getJsonSchema('incident', SITE_URL) as { properties: Record<string, unknown> };
    expect(Object.keys(record.properties)).toEqual(['id', 'url', ...Object.keys(content.properties)]);
    expect(record.required.slice(0, 2)).toEqual(['id', 'url']);
    expect(record.additionalProperties).toBe(false);
  });

  test('a record schema describes the parsed record: a date is a string, not the bare year YAML allows', () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    const start = (
      getExportJsonSchema('incident-record', SITE_URL) as {
        properties: { dates: { properties: { start: object } } };
      }
    ).properties.dates.properties.start;
    const validate = ajv.compile(start);
    expect(validate('2016-02')).toBe(true);
    expect(validate(2016)).toBe(false);
  });

  test('each document names the record schema of the records it holds', () => {
    expect(EXPORT_DOCUMENT_NAMES.map((name) => [name, getRecordSchemaName(name)])).toEqual([
      ['incidents', 'incident-record'],
      ['incident', 'incident-record'],
      ['actors', 'actor-record'],
      ['actions', 'action-record'],
      ['facilitators', 'facilitator-record'],
      ['estimates', 'estimate-record'],
    ]);
  });
});
