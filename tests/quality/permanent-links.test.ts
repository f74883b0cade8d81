// Permanent links on a built site: tests/fixtures/content-permalinks has a renamed incident (its
// former id must land on the record) and a withdrawn one (its URL must explain itself, and it must
// leave every count and export but stay in the corrections feed).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildAndServe, type ServedBuild } from './support/served-build.ts';
import type { StaticServer } from './support/static-server.ts';

const CONTENT = 'tests/fixtures/content-permalinks';
let site: ServedBuild | undefined;
let outDir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildAndServe({ contentDir: CONTENT, tempPrefix: 'cht-permalinks-' });
  ({ outDir, server, browser } = site);
}, 300_000);

afterAll(() => site?.close());

test('a renamed record’s old URL lands on the record, and the redirect page says where it went', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/incidents/2016-02-old-test-heist/`);
  await page.waitForURL(`${server.origin}/incidents/2016-02-test-heist/`);
  expect(await page.locator('h1').textContent()).toBe('Test heist');
  const html = readFileSync(path.join(outDir, 'incidents/2016-02-old-test-heist/index.html'), 'utf8');
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/incidents\/2016-02-test-heist\/"/);
  expect(html).toContain('<a href="/incidents/2016-02-test-heist/">Test heist</a>');
  await page.close();
});

test('a renamed actor’s and a renamed article’s old URLs land on them too', async () => {
  const page = await browser.newPage();
  for (const [from, to, title] of [
    ['/actors/old-test-group/', '/actors/test-group/', 'Test Group'],
    ['/articles/2026-01-old-test-article/', '/articles/2026-01-test-article/', 'A test article'],
  ] as const) {
    await page.goto(`${server.origin}${from}`);
    await page.waitForURL(`${server.origin}${to}`);
    expect(await page.locator('h1').textContent()).toBe(title);
  }
  await page.close();
});

test('_redirects sends the old page and JSON to the new ones, permanently', () => {
  const rules = readFileSync(path.join(outDir, '_redirects'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('/'));
  expect(rules).toEqual([
    '/actors/old-test-group/ /actors/test-group/ 301',
    '/articles/2026-01-old-test-article/ /articles/2026-01-test-article/ 301',
    '/incidents/2016-02-old-test-heist.json /incidents/2016-02-test-heist.json 301',
    '/incidents/2016-02-old-test-heist/ /incidents/2016-02-test-heist/ 301',
  ]);
});

test('a withdrawn record’s URL explains itself and links the correction', async () => {
  const page = await browser.newPage();
  const response = await page.goto(`${server.origin}/incidents/2017-05-withdrawn-heist/`);
  expect(response?.status()).toBe(200);
  expect(await page.locator('h1').textContent()).toBe('Withdrawn: A heist that never happened');
  const link = page.locator('a', { hasText: 'Read the correction' });
  const href = await link.getAttribute('href');
  expect(href).toBe('#correction-2026-11-25-1');
  expect(await page.locator(href ?? '#none').textContent()).toContain('The only source was retracted');
  await page.close();
});

test('a withdrawn record leaves counts, search, exports and the sitemap, but stays in the corrections feed', () => {
  const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
  const incidents = JSON.parse(read('data/incidents.json')) as {
    count: number;
    incidents: Array<{ id: string }>;
  };
  expect(incidents.incidents.map((i) => i.id)).toEqual(['2016-02-test-heist']);
  expect(read('data/incidents.csv')).not.toContain('2017-05-withdrawn-heist');
  expect(read('data/stix/bundle.json')).not.toContain('A heist that never happened');
  expect(read('index.html')).toMatch(/data-figure="incidents"[^>]*>1</);
  expect(read('sitemap.xml')).not.toMatch(
    /2017-05-withdrawn-heist|2016-02-old-test-heist|old-test-group|2026-01-old-test-article/,
  );
  expect(read('corrections/feed.xml')).toContain(
    '/incidents/2017-05-withdrawn-heist/#correction-2026-11-25-1',
  );
  expect(read('incidents/2017-05-withdrawn-heist/index.html')).not.toContain('data-pagefind-body');
});
