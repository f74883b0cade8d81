import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect, test } from 'vitest';
import {
  buildActionsDocument,
  buildActorsDocument,
  buildEstimatesDocument,
  buildFacilitatorsDocument,
  buildIncidentDocument,
  buildIncidentsDocument,
  serializeJson,
} from '../../../../src/lib/export/json-export.ts';
import type { ExportDataset } from '../../../../src/lib/export/dataset.ts';
import {
  EXPORT_SCHEMA_NAMES,
  getExportJsonSchema,
  type ExportSchemaName,
} from '../../../../src/schemas/export-json-schema.ts';
import { getJsonSchema } from '../../../../src/schemas/json-schema.ts';
import { makeFixtureDataset } from './fixture-dataset.ts';
import { loadRealDataset } from './real-dataset.ts';

const real = loadRealDataset();

/** Every export schema as published for a site, in one Ajv, looked up by the URL a file names. */
function makeExportValidator(siteUrl: string) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  for (const name of EXPORT_SCHEMA_NAMES) ajv.addSchema(getExportJsonSchema(name, siteUrl));
  return (schemaUrl: string, data: unknown): string[] => {
    const validate = ajv.getSchema(schemaUrl);
    if (!validate) throw new Error(`no published schema at ${schemaUrl}`);
    return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

/** Every JSON download of a dataset: its file name, the document and the records it holds. */
function allDocuments(dataset: ExportDataset) {
  const incidents = buildIncidentsDocument(dataset);
  const actors = buildActorsDocument(dataset);
  const actions = buildActionsDocument(dataset);
  const facilitators = buildFacilitatorsDocument(dataset);
  const estimates = buildEstimatesDocument(dataset);
  return [
    { file: 'estimates.json', document: estimates, records: estimates.estimates },
    { file: 'incidents.json', document: incidents, records: incidents.incidents },
    { file: 'actors.json', document: actors, records: actors.actors },
    { file: 'actions.json', document: actions, records: actions.actions },
    { file: 'facilitators.json', document: facilitators, records: facilitators.facilitators },
    ...dataset.incidents.map(({ id }) => {
      const document = buildIncidentDocument(dataset, id);
      return { file: `incidents/${id}.json`, document, records: [document.incident] };
    }),
  ];
}

for (const [label, dataset] of [
  ['the real content', real],
  ['the fixture dataset', makeFixtureDataset({ sourceCommit: 'a'.repeat(40) })],
] as const) {
  test(`every JSON download of ${label} validates against the schema it names in $schema`, () => {
    const check = makeExportValidator(dataset.siteUrl);
    const documents = allDocuments(dataset);
    expect(documents.length).toBe(5 + dataset.incidents.length);
    for (const { file, document } of documents) expect(check(document.$schema, document), file).toEqual([]);
  });

  test(`every record in the JSON downloads of ${label} validates against the schema named in record_schema`, () => {
    const check = makeExportValidator(dataset.siteUrl);
    let records = 0;
    for (const { file, document, records: held } of allDocuments(dataset))
      for (const record of held) {
        records += 1;
        expect(check(document.record_schema, record), `${file} ${record.id}`).toEqual([]);
      }
    expect(records).toBe(
      2 * dataset.incidents.length +
        dataset.actors.length +
        dataset.actions.length +
        dataset.facilitators.length +
        (dataset.estimates?.length ?? 0),
    );
  });
}

test('the export schemas are not vacuous: a misspelt field, a missing id or a stray header field fails', () => {
  const check = makeExportValidator(real.siteUrl);
  const document = buildIncidentsDocument(real);
  const [record] = document.incidents;
  if (!record) throw new Error('content/ has no incident');
  expect(check(document.record_schema, { ...record, summry: 'typo' })).not.toEqual([]);
  const { id: _id, ...withoutId } = record;
  expect(check(document.record_schema, withoutId)).not.toEqual([]);
  expect(check(document.$schema, { ...document, generated_at: '2026-01-01' })).not.toEqual([]);
  expect(check(document.$schema, { ...document, incidents: [withoutId] })).not.toEqual([]);
  expect(
    check(document.$schema, { ...document, publishers: [{ id: 'x', name: 'X', tier: 'blog' }] }),
  ).not.toEqual([]);
  // A file naming another document's schema does not pass: the `$schema` value is fixed per schema.
  const actors = buildActorsDocument(real);
  expect(check(actors.$schema, { ...actors, $schema: document.$schema })).not.toEqual([]);
});

/** A record without the two fields the export adds is a content record. */
function withoutExportFields<T extends { id: string; url: string }>(record: T): Omit<T, 'id' | 'url'> {
  const { id: _id, url: _url, ...rest } = record;
  return rest;
}

test('without id and url, every exported incident and actor is also a valid content file for the editor schemas', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  const incident = ajv.compile(getJsonSchema('incident', real.siteUrl));
  const actor = ajv.compile(getJsonSchema('actor', real.siteUrl));
  for (const record of buildIncidentsDocument(real).incidents)
    expect(incident(withoutExportFields(record)), `${record.id}: ${JSON.stringify(incident.errors)}`).toBe(
      true,
    );
  for (const record of buildActorsDocument(real).actors)
    expect(actor(withoutExportFields(record)), `${record.id}: ${JSON.stringify(actor.errors)}`).toBe(true);
});

test('the schema names are the ones the exports use', () => {
  const names: ExportSchemaName[] = ['incidents', 'incident', 'actors', 'actions', 'facilitators'];
  for (const name of names) expect(EXPORT_SCHEMA_NAMES).toContain(name);
});

test('the export header names its own schema, the schema version, the record schema, licence and source commit', () => {
  const document = buildIncidentsDocument(makeFixtureDataset({ sourceCommit: 'a'.repeat(40) }));
  expect(Object.keys(document)[0]).toBe('$schema');
  expect(document).toMatchObject({
    $schema: 'https://example.org/data/schema/export/incidents.json',
    schema_version: '1.2.0',
    record_schema: 'https://example.org/data/schema/export/incident-record.json',
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

test('estimates.json carries every estimate with its row on /coverage/ as its URL, and names its publishers', () => {
  const document = buildEstimatesDocument(real);
  expect(document.count).toBe(real.estimates?.length);
  expect(document.count).toBeGreaterThan(0);
  for (const estimate of document.estimates)
    expect(estimate.url).toBe(`https://cyberheisttracker.org/coverage/#estimate-${estimate.id}`);
  const named = new Set(document.publishers.map((publisher) => publisher.id));
  for (const estimate of document.estimates) expect(named).toContain(estimate.publisher);
});
