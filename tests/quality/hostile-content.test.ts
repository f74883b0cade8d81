// Hostile content that passes the integrity checks must reach readers as text: build
// tests/fixtures/content-hostile/inert and open every page in Chromium. Nothing may execute, even
// with the Content-Security-Policy bypassed (escaping must hold on its own), and with the CSP on,
// nothing may even be blocked (no injected markup reached the page).
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listFiles, toSitePath } from './support/dist.ts';
import { buildAndServe, type ServedBuild } from './support/served-build.ts';
import type { StaticServer } from './support/static-server.ts';

const CONTENT = 'tests/fixtures/content-hostile/inert';
const PAYLOAD_TITLE = '<script>window.__xss=1</script>Test heist';

/** What the payloads would set, and what the init script records, on the page's window. */
type ProbedWindow = Window & { __xss?: unknown; cspViolations?: string[] };

let site: ServedBuild | undefined;
let server: StaticServer;
let browser: Browser;
let pages: string[];

beforeAll(async () => {
  // CHT_HOSTILE_DIST_DIR keeps the build for inspection; by default it goes to a temp folder.
  site = await buildAndServe({
    contentDir: CONTENT,
    tempPrefix: 'cht-hostile-',
    outDir: process.env['CHT_HOSTILE_DIST_DIR'],
  });
  ({ server, browser } = site);
  pages = listFiles(site.outDir, '.html').map(toSitePath);
}, 300_000);

afterAll(() => site?.close());

/** Loads a page, lets late handlers (img onerror, idle scripts) fire, and pokes the search box. */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(`${server.origin}${url}`);
  await page.waitForLoadState('networkidle');
  const search = page.locator('input[type="search"]:visible').first();
  if ((await search.count()) > 0) {
    await search.fill('xss');
    await page.keyboard.press('ArrowDown');
    await page.waitForLoadState('networkidle');
  }
}

/**
 * Elements and attributes that would mean markup from content became live. Inline scripts are
 * legitimate only when the page's CSP lists their hash (that is how Astro ships its own).
 */
async function findLiveMarkup(): Promise<string[]> {
  const found: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attribute of el.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`<${el.localName} ${attribute.name}>`);
      if (
        /^(href|src|action|formaction|xlink:href)$/i.test(attribute.name) &&
        /^\s*(javascript|data|vbscript):/i.test(attribute.value)
      )
        found.push(`<${el.localName} ${attribute.name}="${attribute.value.slice(0, 40)}">`);
    }
  }
  for (const el of document.querySelectorAll(
    'iframe, object, embed, frame, base, meta[http-equiv="refresh"]',
  ))
    found.push(`<${el.localName}>`);
  const csp =
    document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  for (const script of document.querySelectorAll('script')) {
    const text = script.textContent ?? '';
    if (script.type.toLowerCase() === 'application/ld+json') {
      try {
        JSON.parse(text);
      } catch {
        found.push('JSON-LD that no longer parses (a payload broke out of it)');
      }
      continue;
    }
    if (script.src) {
      if (new URL(script.src).origin !== location.origin) found.push(`<script src="${script.src}">`);
      continue;
    }
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    if (!csp.includes(`'sha256-${hash}'`))
      found.push(`<script> not allowed by the CSP: ${text.slice(0, 40)}`);
  }
  for (const style of document.querySelectorAll('body style'))
    found.push(`<style> ${style.textContent?.slice(0, 40)}`);
  return found;
}

/** Runs `check` on every page URL, a few tabs at a time. */
async function forEachPage(
  context: BrowserContext,
  check: (page: Page, url: string) => Promise<void>,
  concurrency = 3,
): Promise<void> {
  const queue = [...pages];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const page = await context.newPage();
      try {
        await check(page, url);
      } finally {
        await page.close();
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

describe('the hostile-content build', () => {
  test('builds every page type, including the unquoted NO as the Norway country page', () => {
    for (const expected of [
      '/',
      '/incidents/2016-02-test-heist/',
      '/actors/test-group/',
      '/countries/no/',
      '/authors/test-author/',
    ])
      expect(pages).toContain(expected);
    expect(pages.length).toBeGreaterThanOrEqual(15);
  });

  test('no payload runs and no dialog opens on any page, even with the CSP bypassed', async () => {
    const context: BrowserContext = await browser.newContext({ bypassCSP: true });
    const problems: string[] = [];
    try {
      await forEachPage(context, async (page, url) => {
        page.on('dialog', (dialog) => {
          problems.push(`${url}: a ${dialog.type()} dialog opened: ${dialog.message()}`);
          void dialog.dismiss();
        });
        await visit(page, url);
        if ((await page.evaluate(() => (window as ProbedWindow).__xss)) !== undefined)
          problems.push(`${url}: window.__xss was set`);
        for (const live of await page.evaluate(findLiveMarkup)) problems.push(`${url}: ${live}`);
      });
    } finally {
      await context.close();
    }
    expect(problems.sort()).toEqual([]);
  }, 180_000);

  test('with the CSP enforced, no page reports a violation or a console error', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const probe = window as ProbedWindow;
      probe.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        probe.cspViolations?.push(
          `${event.effectiveDirective} ${event.blockedURI || 'inline'} ${event.sample}`,
        );
      });
    });
    const problems: string[] = [];
    try {
      await forEachPage(context, async (page, url) => {
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`${url}: console error: ${message.text()}`);
        });
        page.on('pageerror', (error) => problems.push(`${url}: uncaught ${error.message}`));
        await visit(page, url);
        for (const violation of (await page.evaluate(() => (window as ProbedWindow).cspViolations)) ?? [])
          problems.push(`${url}: CSP violation ${violation}`);
      });
    } finally {
      await context.close();
    }
    expect(problems.sort()).toEqual([]);
  }, 180_000);

  test('payloads are shown as the literal text the author wrote', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.origin}/incidents/2016-02-test-heist/`);
      await expect.poll(() => page.locator('h1').textContent()).toBe(PAYLOAD_TITLE);
      expect(await page.title()).toContain(PAYLOAD_TITLE);
      const body = (await page.locator('main').textContent()) ?? '';
      for (const text of [
        '"><svg onload="window.__xss=1">',
        '<iframe src="javascript:window.__xss=1"></iframe>',
        '<img src=x onerror="window.__xss=1">',
      ])
        expect(body).toContain(text);
      expect(body).toContain('Norway');
      await page.goto(`${server.origin}/actors/test-group/`);
      expect(await page.locator('h1').textContent()).toBe('Test Group <script>window.__xss=1</script>');
    } finally {
      await page.close();
    }
  });
});
