// The site under a base path, as a GitHub Pages project site serves it: a real build of content/
// with SITE_URL, BASE_PATH and REPOSITORY_URL set, served only below /tracker/. Every link stays
// inside the base path and resolves, no placeholder URL is left anywhere in the output, and search
// and the explorer work in Chromium.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEFAULT_REPOSITORY_URL, DEFAULT_SITE_URL } from '../../src/site-config.ts';
import { incidents } from '../e2e/site-content.ts';
import { listFiles } from './support/dist.ts';
import { createLinkChecker, listProblems } from './support/link-check.ts';
import { buildAndServe, type ServedBuild } from './support/served-build.ts';
import type { StaticServer } from './support/static-server.ts';

const ORIGIN = 'https://example.org';
const BASE = '/tracker/';
const REPOSITORY = 'https://github.com/example-org/tracker';
/** Files whose text could carry a URL (everything Astro and Pagefind write except images and wasm). */
const TEXT_FILE = /\.(html|xml|json|csv|txt|js|css|svg)$|(^|\/)_(headers|redirects)$/;

let site: ServedBuild | undefined;
let outDir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildAndServe({
    contentDir: 'content',
    tempPrefix: 'cht-base-path-',
    env: { SITE_URL: ORIGIN, BASE_PATH: BASE, REPOSITORY_URL: REPOSITORY, REPOSITORY_BRANCH: 'main' },
    basePath: BASE,
  });
  ({ outDir, server, browser } = site);
}, 300_000);

afterAll(() => site?.close());

test('every internal link, asset and fragment in every page resolves inside /tracker/', () => {
  const checker = createLinkChecker({ dist: outDir, siteOrigin: ORIGIN, basePath: BASE });
  const { checked, files, problems } = checker.checkPages();
  expect(files).toBeGreaterThan(incidents.length);
  expect(checked).toBeGreaterThan(files * 10);
  expect(listProblems(problems)).toEqual([]);
});

test('every URL in the sitemap and the feeds is a page under https://example.org/tracker/', () => {
  const checker = createLinkChecker({ dist: outDir, siteOrigin: ORIGIN, basePath: BASE });
  const { checked, problems } = checker.checkXml();
  expect(checked).toBeGreaterThan(incidents.length);
  expect(problems).toEqual([]);
});

test('no placeholder URL and no URL of ours outside the base path anywhere in the output', () => {
  const placeholders = [new URL(DEFAULT_SITE_URL).host, new URL(DEFAULT_REPOSITORY_URL).pathname.slice(1)];
  const problems: string[] = [];
  let ours = 0;
  const files = listFiles(outDir).filter((file) => TEXT_FILE.test(file));
  for (const file of files) {
    const text = readFileSync(path.join(outDir, file), 'utf8');
    for (const placeholder of placeholders)
      if (text.includes(placeholder)) problems.push(`${file}: contains the placeholder ${placeholder}`);
    // JSON escapes "/" as "\/" nowhere in our output, but STIX and JSON-LD sit inside strings.
    for (const match of text.matchAll(/https:\/\/example\.org[^\s"'<>\\)]*/g)) {
      ours++;
      if (!match[0].startsWith(`${ORIGIN}${BASE}`)) problems.push(`${file}: ${match[0]} is outside ${BASE}`);
    }
    for (const match of text.matchAll(/https:\/\/github\.com\/[^\s"'<>\\)?#]*/g))
      if (match[0].includes('/issues/new') || match[0].includes('/edit/'))
        if (!match[0].startsWith(REPOSITORY))
          problems.push(`${file}: ${match[0]} is not the configured repository`);
  }
  expect(listProblems(problems)).toEqual([]);
  // Canonical links, feeds, the sitemap, JSON-LD, STIX references and JSON Schema ids all count.
  expect(ours).toBeGreaterThan(incidents.length * 5);
  for (const file of ['data/stix/bundle.json', 'data/incidents.json', 'sitemap.xml', 'incidents/feed.xml'])
    expect(readFileSync(path.join(outDir, file), 'utf8'), file).toContain(`${ORIGIN}${BASE}incidents/`);
  expect(readFileSync(path.join(outDir, '_headers'), 'utf8')).toContain(`${BASE}_astro/*`);
});

test('a search on the search page loads Pagefind from /tracker/ and its results open pages under it', async () => {
  const bangladesh = incidents.find((incident) => incident.id.includes('bangladesh-bank'));
  if (!bangladesh) throw new Error('content/ needs the Bangladesh Bank incident');
  const page = await browser.newPage();
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${server.origin}${BASE}search/`);
  await page.getByLabel('Search incidents, actors, countries and analysis').fill('Bangladesh');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const link = page.locator(`.search-results a[href="${BASE}incidents/${bangladesh.id}/"]`);
  await link.waitFor();
  await link.click();
  await page.waitForURL(`${server.origin}${BASE}incidents/${bangladesh.id}/`);
  expect(await page.locator('h1').textContent()).toBe(bangladesh.data.title);
  expect(failed).toEqual([]);
  await page.close();
});

test('the header search suggests pages under /tracker/ and Enter opens one', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.origin}${BASE}about/`);
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search the site' }).fill('Ronin');
  const first = page.getByRole('option').first().locator('a');
  await first.waitFor();
  const href = (await first.getAttribute('href')) ?? '';
  expect(href.startsWith(`${BASE}`)).toBe(true);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${server.origin}${href}`);
  await page.close();
});

test('the explorer fetches its index under /tracker/ and a filter narrows the table', async () => {
  const page = await browser.newPage();
  const inVietnam = incidents.filter((i) => i.data.victims.some((v) => v.country === 'VN'));
  await page.goto(`${server.origin}${BASE}incidents/`);
  const index = page.waitForResponse((response) => response.url().endsWith(`${BASE}incidents/explorer.json`));
  await page.getByLabel('Victim country').selectOption('VN');
  expect((await index).status()).toBe(200);
  await page.waitForURL(`${server.origin}${BASE}incidents/?country=VN`);
  await page.locator(`.explorer-summary[data-count="${inVietnam.length}"]`).waitFor();
  const hrefs = await page
    .locator('table.incident-table tbody th a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs).toEqual(expect.arrayContaining(inVietnam.map((i) => `${BASE}incidents/${i.id}/`)));
  await page.close();
});
