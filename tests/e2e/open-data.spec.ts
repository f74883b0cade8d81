// The open-data files, feeds, sitemap and citations, checked on the built site as a reader or a
// machine would fetch them: real parsers (ajv, csv-parse, a feed parser, Chromium's XML parser),
// counted against the records in content/.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { getContentRoot } from '../../src/lib/content-root.ts';
import { getStixId } from '../../src/lib/stix/stix-ids.ts';
import { validateStixBundle } from '../../src/lib/stix/validate-bundle.ts';
import { actions, actors, estimates, facilitators, incidents, publishedArticles } from './site-content.ts';

const DIST = path.resolve(process.env['CHT_DIST_DIR'] ?? 'dist');

async function fetchText(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.text();
}

async function fetchJson<T>(request: APIRequestContext, url: string): Promise<T> {
  return JSON.parse(await fetchText(request, url)) as T;
}

/** Chromium's own XML parser: a parsererror element means the document is not well-formed. */
async function expectWellFormedXml(page: Page, xml: string, what: string): Promise<void> {
  const error = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
  }, xml);
  expect(error, what).toBeNull();
}

test('the data files, feeds, sitemap and robots.txt are served with fitting content types', async ({
  request,
}) => {
  const expectations: Array<[string, RegExp]> = [
    ['/data/incidents.json', /json/],
    ['/data/actors.json', /json/],
    ['/data/incidents.csv', /^text\/csv/],
    ['/data/stix/bundle.json', /json/],
    [`/incidents/${incidents[0]?.id}.json`, /json/],
    ['/feed.xml', /xml/],
    ['/incidents/feed.xml', /xml/],
    ['/corrections/feed.xml', /xml/],
    ['/sitemap.xml', /xml/],
    ['/robots.txt', /^text\/plain/],
  ];
  for (const [url, type] of expectations) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toMatch(type);
  }
});

interface ExportDocument {
  $schema: string;
  record_schema: string;
  [key: string]: unknown;
}

test('every JSON download validates against the JSON Schema it names, and each record against its record_schema', async ({
  request,
}) => {
  test.setTimeout(120_000);
  // The schemas as the site publishes them, fetched by their paths so any SITE_URL works.
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  const validators = new Map<string, ReturnType<typeof ajv.compile>>();
  async function validatorFor(schemaUrl: string) {
    const path = new URL(schemaUrl).pathname;
    expect(path, schemaUrl).toMatch(/^\/data\/schema\/export\/[a-z-]+\.json$/);
    let validate = validators.get(path);
    if (!validate) {
      validate = ajv.compile(await fetchJson<Record<string, unknown>>(request, path));
      validators.set(path, validate);
    }
    return validate;
  }
  const files: Array<[string, string]> = [
    ['/data/incidents.json', 'incidents'],
    ['/data/actors.json', 'actors'],
    ['/data/actions.json', 'actions'],
    ['/data/facilitators.json', 'facilitators'],
    ...incidents.map(({ id }): [string, string] => [`/incidents/${id}.json`, 'incident']),
  ];
  let records = 0;
  for (const [file, holds] of files) {
    const document = await fetchJson<ExportDocument>(request, file);
    const validateDocument = await validatorFor(document.$schema);
    expect(validateDocument(document), `${file}: ${JSON.stringify(validateDocument.errors)}`).toBe(true);
    const validateRecord = await validatorFor(document.record_schema);
    const held = document[holds];
    for (const record of (Array.isArray(held) ? held : [held]) as Array<{ id: string }>) {
      records += 1;
      expect(validateRecord(record), `${file} ${record.id}: ${JSON.stringify(validateRecord.errors)}`).toBe(
        true,
      );
    }
  }
  expect(records).toBe(2 * incidents.length + actors.length + actions.length + facilitators.length);
});

test('incidents.json holds every incident, each with its id and page URL', async ({ request }) => {
  const document = await fetchJson<{
    count: number;
    incidents: Array<Record<string, unknown> & { id: string; url: string }>;
  }>(request, '/data/incidents.json');
  expect(document.count).toBe(incidents.length);
  expect(document.incidents.map((record) => record.id).sort()).toEqual(incidents.map((i) => i.id).sort());
  for (const { id, url } of document.incidents) expect(url).toMatch(new RegExp(`/incidents/${id}/$`));
});

test('each incident has its own JSON record, and actors.json lists every actor', async ({ request }) => {
  for (const incident of incidents) {
    const { incident: record } = await fetchJson<{ incident: { id: string; title: string } }>(
      request,
      `/incidents/${incident.id}.json`,
    );
    expect(record).toMatchObject({ id: incident.id, title: incident.data.title });
  }
  const { actors: records } = await fetchJson<{ actors: Array<{ id: string }> }>(
    request,
    '/data/actors.json',
  );
  expect(records.map((record) => record.id).sort()).toEqual(actors.map((actor) => actor.id).sort());
});

test('incidents.csv parses into exactly one row per YAML record in content/incidents', async ({
  request,
}) => {
  const yamlFiles = readdirSync(path.join(getContentRoot(), 'incidents')).filter(
    (file) => file.endsWith('.yaml') && !file.startsWith('_'),
  );
  const rows: Array<Record<string, string>> = parse(await fetchText(request, '/data/incidents.csv'), {
    columns: true,
  });
  expect(rows).toHaveLength(yamlFiles.length);
  expect(rows.map((row) => `${row['id']}.yaml`).sort()).toEqual(yamlFiles.sort());
  for (const row of rows) {
    const incident = incidents.find((i) => i.id === row['id']);
    expect(row['title']).toBe(incident?.data.title);
    expect(row['stolen_usd']).toBe(String(incident?.data.losses.stolen?.usd ?? ''));
  }
});

test('the Atom feeds are well-formed and list every published article, incident and correction', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const articlesXml = await fetchText(request, '/feed.xml');
  const incidentsXml = await fetchText(request, '/incidents/feed.xml');
  const correctionsXml = await fetchText(request, '/corrections/feed.xml');
  for (const [xml, what] of [
    [articlesXml, 'feed.xml'],
    [incidentsXml, 'incidents/feed.xml'],
    [correctionsXml, 'corrections/feed.xml'],
  ] as const) {
    await expectWellFormedXml(page, xml, what);
    expect(parseFeed(xml).meta.type, what).toBe('atom');
  }
  const articlePaths = parseFeed(articlesXml).items.map((item) => new URL(item.url ?? '').pathname);
  expect(articlePaths.sort()).toEqual(publishedArticles.map((a) => `/articles/${a.id}/`).sort());
  const incidentPaths = parseFeed(incidentsXml).items.map((item) => new URL(item.url ?? '').pathname);
  expect(incidentPaths.sort()).toEqual(incidents.map((i) => `/incidents/${i.id}/`).sort());
  const correctionCount = [
    ...incidents,
    ...actors,
    ...publishedArticles,
    ...actions,
    ...facilitators,
    ...estimates,
  ].reduce((sum, record) => sum + record.data.corrections.length, 0);
  expect(parseFeed(correctionsXml).items).toHaveLength(correctionCount);
  // No feed is dated later than its newest entry: dates come from content, not the build clock.
  for (const xml of [articlesXml, incidentsXml]) {
    const feed = parseFeed(xml);
    const newest = Math.max(...feed.items.map((item) => item.updated?.getTime() ?? 0));
    expect(feed.updated?.getTime()).toBe(newest);
  }
});

test('the STIX bundle passes the validator and holds every incident and actor', async ({ request }) => {
  const bundle = await fetchJson<{ objects: Array<{ id: string; type: string }> }>(
    request,
    '/data/stix/bundle.json',
  );
  expect(validateStixBundle(bundle)).toEqual([]);
  const ids = new Set(bundle.objects.map((object) => object.id));
  for (const incident of incidents)
    expect(ids.has(getStixId('incident', incident.id)), incident.id).toBe(true);
  for (const actor of actors) expect(ids.has(getStixId('intrusion-set', actor.id)), actor.id).toBe(true);
  for (const article of publishedArticles)
    expect(ids.has(getStixId('report', article.id)), article.id).toBe(true);
});

test('the sitemap lists every HTML page in dist/ except the 404, and robots.txt points at it', async ({
  page,
  request,
}) => {
  const xml = await fetchText(request, '/sitemap.xml');
  await page.goto('/');
  await expectWellFormedXml(page, xml, 'sitemap.xml');
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname).sort();
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind') && file !== '404.html')
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
  expect(listed).toEqual(pages);
  const robots = await fetchText(request, '/robots.txt');
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
});

test('every page links the four Atom feeds from its head', async ({ page }) => {
  for (const url of ['/', '/data/', `/incidents/${incidents[0]?.id}/`]) {
    await page.goto(url);
    const feeds = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(feeds, url).toHaveCount(4);
    expect(await feeds.evaluateAll((links) => links.map((l) => l.getAttribute('href')))).toEqual([
      '/feed.xml',
      '/incidents/feed.xml',
      '/corrections/feed.xml',
      '/response/feed.xml',
    ]);
  }
});

test('the /data/ page links every download with its count, the schemas, the licences and the changelog', async ({
  page,
}) => {
  await page.goto('/data/');
  const table = page.locator('#downloads-caption').locator('xpath=..');
  for (const [file, count] of [
    ['/data/incidents.json', `${incidents.length} incidents`],
    ['/data/incidents.csv', `${incidents.length} rows`],
    ['/data/actors.json', `${actors.length} actors`],
    ['/data/stix/bundle.json', 'objects'],
  ] as const) {
    const row = table.locator('tr', { has: page.locator(`a[href="${file}"]`) });
    await expect(row, file).toHaveCount(1);
    await expect(row, file).toContainText(count);
  }
  for (const schema of ['incident', 'actor', 'article']) {
    await expect(page.locator(`a[href="/data/schema/${schema}.json"]`)).toHaveCount(1);
  }
  for (const schema of ['incidents', 'incident', 'actors', 'actions', 'facilitators', 'incident-record']) {
    await expect(page.locator(`a[href="/data/schema/export/${schema}.json"]`)).toHaveCount(1);
  }
  await expect(page.locator('#license-heading + ul')).toContainText('CC-BY-4.0');
  await expect(page.locator('#license-heading + ul')).toContainText('MIT');
  await expect(page.locator('#changelog')).toBeVisible();
  await expect(page.locator('.cite-this[open] pre')).toHaveCount(3);
});

test('incident and article pages offer "Cite this" with the permalink, and one JSON-LD block', async ({
  page,
}) => {
  const targets = [
    { url: `/incidents/${incidents[0]?.id}/`, type: 'CreativeWork' },
    { url: `/articles/${publishedArticles[0]?.id}/`, type: 'Article' },
    { url: '/data/', type: 'Dataset' },
  ];
  for (const { url, type } of targets) {
    await page.goto(url);
    const permalink = new URL(url, 'https://x').pathname;
    const cite = page.locator('details.cite-this');
    await expect(cite, url).toHaveCount(1);
    if ((await cite.getAttribute('open')) === null) await cite.locator('summary').click();
    const blocks = await cite.locator('pre').allTextContents();
    expect(blocks, url).toHaveLength(3);
    for (const block of blocks) expect(block, url).toContain(permalink);
    expect(blocks[1], url).toMatch(/^@misc\{cht-/);
    expect(JSON.parse(blocks[2] ?? '')[0].URL, url).toContain(permalink);
    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(jsonLd, url).toHaveLength(1);
    expect(JSON.parse(jsonLd[0] ?? '{}')['@type'], url).toBe(type);
  }
});

test('the response record is in the open data, counted one for one: JSON, CSV, the feed and STIX', async ({
  request,
}) => {
  const actionsDoc = await fetchJson<{
    count: number;
    actions: Array<{ id: string; url: string }>;
    publishers: Array<{ id: string }>;
  }>(request, '/data/actions.json');
  expect(actionsDoc.count).toBe(actions.length);
  expect(actionsDoc.actions.map((a) => a.id).sort()).toEqual(actions.map((a) => a.id).sort());
  for (const action of actions)
    expect(
      actionsDoc.publishers.map((p) => p.id),
      action.id,
    ).toContain(action.data.authority);
  const facilitatorsDoc = await fetchJson<{ count: number; facilitators: Array<{ id: string }> }>(
    request,
    '/data/facilitators.json',
  );
  expect(facilitatorsDoc.count).toBe(facilitators.length);
  const actionRows = parse(await fetchText(request, '/data/actions.csv'), { columns: true }) as Array<
    Record<string, string>
  >;
  expect(actionRows.map((row) => row['id']).sort()).toEqual(actions.map((a) => a.id).sort());
  const facilitatorRows = parse(await fetchText(request, '/data/facilitators.csv'), {
    columns: true,
  }) as Array<Record<string, string>>;
  expect(facilitatorRows).toHaveLength(facilitators.length);
  const feed = parseFeed(await fetchText(request, '/response/feed.xml'));
  expect(feed.items).toHaveLength(actions.length);
  const bundle = await fetchJson<{ objects: Array<{ id: string; type: string }> }>(
    request,
    '/data/stix/bundle.json',
  );
  const ids = new Set(bundle.objects.map((object) => object.id));
  for (const action of actions)
    expect(ids.has(getStixId('report', `action:${action.id}`)), action.id).toBe(true);
  for (const facilitator of facilitators)
    expect(ids.has(getStixId('identity', `facilitator:${facilitator.id}`)), facilitator.id).toBe(true);
  expect(validateStixBundle(bundle)).toEqual([]);
});
