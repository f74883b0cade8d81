import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect, test } from 'vitest';
import {
  buildActorsDocument,
  buildIncidentDocument,
  buildIncidentsDocument,
  serializeJson,
} from '../../../../src/lib/export/json-export.ts';
import { getJsonSchema } from '../../../../src/schemas/json-schema.ts';
import { makeFixtureDataset } from './fixture-dataset.ts';
import { loadRealDataset } from './real-dataset.ts';

const real = loadRealDataset();

function makeValidator(name: 'incident' | 'actor') {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(getJsonSchema(name, real.siteUrl));
}

/** A record without the two fields the export adds is a content record. */
function withoutExportFields<T extends { id: string; url: string }>(record: T): Omit<T, 'id' | 'url'> {
  const { id: _id, url: _url, ...rest } = record;
  return rest;
}

test('every record in incidents.json validates against the published incident JSON Schema', () => {
  const validate = makeValidator('incident');
  const document = buildIncidentsDocument(real);
  expect(document.count).toBe(real.incidents.length);
  for (const record of document.incidents) {
    const valid = validate(withoutExportFields(record));
    expect(valid, `${record.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
});

test('every record in actors.json validates against the published actor JSON Schema', () => {
  const validate = makeValidator('actor');
  for (const record of buildActorsDocument(real).actors) {
    expect(validate(withoutExportFields(record)), `${record.id}: ${JSON.stringify(validate.errors)}`).toBe(
      true,
    );
  }
});

test('the schema check is not vacuous: a record with a misspelt field fails it', () => {
  const validate = makeValidator('incident');
  const [record] = buildIncidentsDocument(real).incidents;
  expect(validate({ ...withoutExportFields(record!), summry: 'typo' })).toBe(false);
});

test('the export header names the schema version, licence, record schema and source commit', () => {
  const document = buildIncidentsDocument(makeFixtureDataset({ sourceCommit: 'a'.repeat(40) }));
  expect(document).toMatchObject({
    schema_version: '1.0.0',
    record_schema: 'https://example.org/data/schema/incident.json',
    license: { id: 'CC-BY-4.0' },
    documentation: 'https://example.org/data/',
    source_commit: 'a'.repeat(40),
  });
  expect(buildIncidentsDocument(makeFixtureDataset()).source_commit).toBeNull();
});

test('a record keeps every content field, with id and url in front', () => {
  const { incident } = buildIncidentDocument(makeFixtureDataset(), '2017-campaign');
  expect(Object.keys(incident).slice(0, 2)).toEqual(['id', 'url']);
  expect(incident).toMatchObject({
    id: '2017-campaign',
    url: 'https://example.org/incidents/2017-campaign/',
    attribution: [],
    corrections: [],
    losses: {},
  });
  expect(() => buildIncidentDocument(makeFixtureDataset(), 'nope')).toThrow(/No incident "nope"/);
});

test('serializeJson is stable, indented and ends with a newline', () => {
  expect(serializeJson({ b: 1, a: [2] })).toBe('{\n  "b": 1,\n  "a": [\n    2\n  ]\n}\n');
});
