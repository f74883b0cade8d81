import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../../src/content-checks/load-content.ts';
import type { CollectionName } from '../../../src/schemas/collections.ts';
import { getJsonSchema, SCHEMA_NAMES, type SchemaName } from '../../../src/schemas/json-schema.ts';

const SITE_URL = 'https://example.org';
// Formats are advisory in 2020-12; our patterns carry the actual rules (https, real host).
const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
const validators = Object.fromEntries(
  SCHEMA_NAMES.map((name) => [name, ajv.compile(getJsonSchema(name, SITE_URL))]),
) as Record<SchemaName, ReturnType<typeof ajv.compile>>;

const SCHEMA_OF: Partial<Record<CollectionName, SchemaName>> = {
  incidents: 'incident',
  actors: 'actor',
  articles: 'article',
  authors: 'author',
  publishers: 'publisher',
  estimates: 'estimate',
  actions: 'action',
  facilitators: 'facilitator',
};
const TAXONOMY_FILES = ['sectors', 'methods', 'topics'].map((name) => `taxonomy/${name}.yaml`);

/** Every schema violation of one content file, as `/json/pointer: message`. */
function validate(name: SchemaName, data: unknown): string[] {
  const validator = validators[name];
  if (validator(data)) return [];
  return (validator.errors ?? []).map((error: ErrorObject) => `${error.instancePath}: ${error.message}`);
}

function problemsByFile(root: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const record of loadContent(root).records) {
    const name = SCHEMA_OF[record.collection];
    if (name) found[record.file.replace(`${root}/`, '')] = validate(name, record.data);
  }
  for (const file of TAXONOMY_FILES) {
    found[file] = validate('taxonomy', parse(readFileSync(`${root}/${file}`, 'utf8')));
  }
  return found;
}

describe('getJsonSchema', () => {
  test('getJsonSchema names its draft and its public URL', () => {
    const schema = getJsonSchema('incident', 'https://example.org/');
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe('https://example.org/data/schema/incident.json');
  });

  test('the generated schemas accept every real content record and taxonomy file', () => {
    const found = problemsByFile('content');
    expect(Object.keys(found).length).toBeGreaterThan(40);
    expect(Object.fromEntries(Object.entries(found).filter(([, problems]) => problems.length > 0))).toEqual(
      {},
    );
  });

  test('the generated schemas accept the templates authors start from', () => {
    const frontMatter = (mdx: string) => /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';
    expect(validate('incident', parse(readFileSync('content/incidents/_template.yaml', 'utf8')))).toEqual([]);
    expect(validate('actor', parse(readFileSync('content/actors/_template.yaml', 'utf8')))).toEqual([]);
    expect(validate('publisher', parse(readFileSync('content/publishers/_template.yaml', 'utf8')))).toEqual(
      [],
    );
    expect(validate('estimate', parse(readFileSync('content/estimates/_template.yaml', 'utf8')))).toEqual([]);
    expect(validate('action', parse(readFileSync('content/actions/_template.yaml', 'utf8')))).toEqual([]);
    expect(
      validate('facilitator', parse(readFileSync('content/facilitators/_template.yaml', 'utf8'))),
    ).toEqual([]);
    expect(
      validate('article', parse(frontMatter(readFileSync('content/articles/_template.mdx', 'utf8')))),
    ).toEqual([]);
  });

  test('the generated schemas reject the bad country and the http URL of the broken fixture, and only those', () => {
    const found = problemsByFile('tests/fixtures/content-broken');
    expect(found['incidents/2016-02-bad-country.yaml']).toEqual([
      '/victims/0/country: must be equal to one of the allowed values',
    ]);
    expect(found['incidents/2016-02-http-source.yaml']).toEqual([
      '/sources/0/url: must match pattern "^[Hh][Tt][Tt][Pp][Ss]://(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}(?::\\d+)?(?:[/?#]\\S*)?$"',
    ]);
    // Order, money and references need the whole corpus: `npm run check` finds those, not the editor.
    for (const file of ['2016-02-date-order', '2016-02-loss-order', '2016-02-unknown-actor']) {
      expect(found[`incidents/${file}.yaml`], file).toEqual([]);
    }
  });

  test('partial dates accept a bare integer year and YYYY-MM strings but not made-up months or other shapes', () => {
    const dates = (start: unknown) =>
      validate('incident', {
        title: 'T',
        summary: 'S',
        status: 'completed',
        category: 'heist',
        dates: { start },
        victims: [{ country: 'BD' }],
        sources: [{ key: 'a', title: 'T', publisher: 'p', date: 2016, url: 'https://example.org/' }],
      });
    expect(dates(2016)).toEqual([]);
    expect(dates('2016-02')).toEqual([]);
    expect(dates('2016-02-04')).toEqual([]);
    expect(dates('2016-13')).not.toEqual([]);
    expect(dates('Feb 2016')).not.toEqual([]);
    expect(dates(2016.5)).not.toEqual([]);
  });

  test('the article schema wants publication dates to the day and rejects unknown fields', () => {
    const article = (extra: Record<string, unknown>) =>
      validate('article', {
        title: 'T',
        description: 'D',
        published: '2026-11-24',
        authors: ['editors'],
        ...extra,
      });
    expect(article({})).toEqual([]);
    expect(article({ published: '2026-11' })).not.toEqual([]);
    expect(article({ publised: '2026-11-24' })).toEqual([': must NOT have additional properties']);
  });
});
