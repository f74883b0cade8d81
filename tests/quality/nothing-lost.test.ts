// Nothing lost between content/ and what readers can reach: every record is in the search index
// under its type, and in the JSON exports. (That each has its HTML page is checked by
// tests/e2e/dist-pages.spec.ts.) Author and topic pages are not indexed by design.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from '@playwright/test';
import { actors, countrySlugs, incidents, methods, publishedArticles, sectors } from '../e2e/site-content.ts';
import { launchChromium } from './support/browser.ts';
import { getDistDir } from './support/dist.ts';
import { serveDirectory, type StaticServer } from './support/static-server.ts';

const DIST = getDistDir();

/** Pagefind `type` filter value → the page URLs content/ says it must cover. */
const EXPECTED_BY_TYPE: Record<string, string[]> = {
  Incident: incidents.map((r) => `/incidents/${r.id}/`),
  Actor: actors.map((r) => `/actors/${r.id}/`),
  Article: publishedArticles.map((r) => `/articles/${r.id}/`),
  Country: countrySlugs.map((slug) => `/countries/${slug}/`),
  Sector: sectors.map((r) => `/sectors/${r.data.id}/`),
  Method: methods.map((r) => `/methods/${r.data.id}/`),
};

/** Runs in the page: Pagefind's own browser API, loaded exactly as the search page loads it. */
const READ_INDEX_IN_BROWSER = `async (types) => {
  const pagefind = await import(location.origin + '/pagefind/pagefind.js');
  await pagefind.init();
  const filters = await pagefind.filters();
  const urls = {};
  for (const type of types) {
    const search = await pagefind.search(null, { filters: { type } });
    const data = await Promise.all(search.results.map((result) => result.data()));
    urls[type] = data.map((entry) => entry.url).sort();
  }
  return { filterCounts: filters.type ?? {}, urls };
}`;

describe('the Pagefind index', () => {
  let server: StaticServer;
  let browser: Browser;
  let indexed: { filterCounts: Record<string, number>; urls: Record<string, string[]> };

  beforeAll(async () => {
    server = await serveDirectory(DIST);
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    // Passed as source text: Vitest would rewrite a dynamic import() inside a function.
    indexed = await page.evaluate(
      `(${READ_INDEX_IN_BROWSER})(${JSON.stringify(Object.keys(EXPECTED_BY_TYPE))})`,
    );
    await page.close();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [type, expected] of Object.entries(EXPECTED_BY_TYPE)) {
    test(`every ${type.toLowerCase()} page is in the search index under type "${type}", and nothing else is`, () => {
      expect(expected.length, `content/ has no ${type.toLowerCase()}`).toBeGreaterThan(0);
      expect(indexed.urls[type]).toEqual([...expected].sort());
      expect(indexed.filterCounts[type]).toBe(expected.length);
    });
  }
});

describe('the JSON exports', () => {
  function readExport(file: string): Record<string, unknown> {
    const absolute = path.join(DIST, file);
    if (!existsSync(absolute)) throw new Error(`${file} is missing from the build (expected at ${absolute})`);
    return JSON.parse(readFileSync(absolute, 'utf8')) as Record<string, unknown>;
  }

  function listIds(document: Record<string, unknown>, key: string): string[] {
    const records = document[key];
    if (!Array.isArray(records)) throw new Error(`expected an array under "${key}"`);
    return records.map((record: { id?: unknown }) => String(record.id)).sort();
  }

  test('data/incidents.json lists every incident once, and its count says so', () => {
    const document = readExport('data/incidents.json');
    expect(listIds(document, 'incidents')).toEqual(incidents.map((r) => r.id).sort());
    expect(document['count']).toBe(incidents.length);
  });

  test('data/actors.json lists every actor once, and its count says so', () => {
    const document = readExport('data/actors.json');
    expect(listIds(document, 'actors')).toEqual(actors.map((r) => r.id).sort());
    expect(document['count']).toBe(actors.length);
  });
});
