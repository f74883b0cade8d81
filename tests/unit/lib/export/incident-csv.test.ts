import { readdirSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { buildIncidentsCsv, INCIDENT_CSV_COLUMNS } from '../../../../src/lib/export/incident-csv.ts';
import { makeFixtureDataset } from './fixture-dataset.ts';
import { loadRealDataset } from './real-dataset.ts';

const yamlRecords = readdirSync('content/incidents').filter(
  (file) => file.endsWith('.yaml') && !file.startsWith('_'),
);

test('the real CSV has one row per YAML record in content/incidents and the documented columns', () => {
  const rows: Array<Record<string, string>> = parse(buildIncidentsCsv(loadRealDataset()), { columns: true });
  expect(rows).toHaveLength(yamlRecords.length);
  expect(Object.keys(rows[0] ?? {})).toEqual(INCIDENT_CSV_COLUMNS.map((column) => column.name));
  expect(rows.map((row) => `${row['id']}.yaml`).sort()).toEqual([...yamlRecords].sort());
});

test('a row flattens lists with ";" and writes US dollars as plain numbers', () => {
  const rows: Array<Record<string, string>> = parse(buildIncidentsCsv(makeFixtureDataset()), {
    columns: true,
  });
  const heist = rows.find((row) => row['id'] === '2016-02-test-heist');
  expect(heist).toMatchObject({
    url: 'https://example.org/incidents/2016-02-test-heist/',
    title: 'Test heist, with "quotes" & <angle brackets>',
    start: '2016-02-04',
    end: '2016-02',
    year: '2016',
    victims: 'Test Bank;Other Bank, Ltd.',
    countries: 'BD;PH',
    actors: 'test-group',
    confidence: 'high',
    techniques: 'T1566.001;T1059',
    attempted_usd: '951000000',
    stolen_usd: '81000000',
    stolen_usd_high: '101000000',
    recovered_usd: '',
    corrections: '2',
    last_correction: '2026-12-01',
  });
  const campaign = rows.find((row) => row['id'] === '2017-campaign');
  expect(campaign).toMatchObject({ victims: '', countries: 'PL;MX', actors: '', confidence: '' });
});
