// The strict Content-Security-Policy holds on every template: nothing is blocked, nothing logs an
// error or warning, every inline script or style is allowed by hash only, and _headers carries the
// same policy. The preview server sends no _headers, so the meta tag is what the browser enforces.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { parseCsp, readMetaCsp } from '../../src/integrations/security-headers.ts';
import { TEMPLATES } from './site-content.ts';

const DIST = path.resolve(process.env['CHT_DIST_DIR'] ?? 'dist');

/** What the init script records on the page's window. */
type ProbedWindow = Window & { cspViolations?: string[] };

function listHtml(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** directive → sources, for comparing policies regardless of order and spacing. */
function toMap(policy: string): Map<string, Set<string>> {
  return new Map(parseCsp(policy).map(([name, sources]) => [name, new Set(sources)]));
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const probe = window as ProbedWindow;
    probe.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      probe.cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
});

for (const { name, path: url } of [...TEMPLATES, { name: '404', path: '/no-such-page/' }]) {
  test(`the ${name} page runs under the CSP with no violation, console error or warning`, async ({
    page,
  }) => {
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        messages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    // Scripts loaded on intent: focus moves through the page once.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    await page.waitForLoadState('networkidle');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'/);
    expect(await page.evaluate(() => (window as ProbedWindow).cspViolations)).toEqual([]);
    // A 404 response is logged by Chromium as a console error for the document itself.
    expect(messages.filter((m) => !(name === '404' && /status of 404/.test(m)))).toEqual([]);
  });
}

test("Pagefind's search runs under the page's CSP (WebAssembly allowed, no eval)", async ({ page }) => {
  await page.goto('/');
  const result = await page.evaluate(async () => {
    const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
    await pagefind.init();
    const search = await pagefind.search('heist');
    return { count: search.results.length as number, violations: (window as ProbedWindow).cspViolations };
  });
  expect(result.violations).toEqual([]);
  expect(result.count).toBeGreaterThan(0);
});

test('every page in dist/ has a strict meta CSP that allows its inline scripts and styles by hash only', () => {
  const problems: string[] = [];
  for (const file of listHtml()) {
    const html = readFileSync(path.join(DIST, file), 'utf8');
    const policy = readMetaCsp(html);
    if (!policy) {
      problems.push(`${file}: no content-security-policy meta tag`);
      continue;
    }
    const directives = toMap(policy);
    for (const name of ['script-src', 'style-src']) {
      const sources = directives.get(name);
      if (!sources) problems.push(`${file}: no ${name}`);
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'https:'])
        if (sources?.has(unsafe)) problems.push(`${file}: ${name} allows ${unsafe}`);
    }
    for (const name of ['script-src-attr', 'style-src-attr', 'script-src-elem', 'style-src-elem'])
      for (const source of directives.get(name) ?? [])
        if (source.startsWith("'unsafe")) problems.push(`${file}: ${name} allows ${source}`);
    // The meta tag must come before anything it governs (a policy applies from where it appears).
    const order: string[] = [];
    visit(fromHtml(html), 'element', (node: Element) => {
      const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      if (
        node.tagName === 'meta' &&
        String(node.properties['httpEquiv']).toLowerCase() === 'content-security-policy'
      )
        order.push('csp');
      const rel = String(node.properties['rel'] ?? '');
      if (node.tagName === 'script' || node.tagName === 'style' || /stylesheet|preload/.test(rel))
        order.push(`<${node.tagName}>`);
      // Inline executable scripts and style elements need their hash in the policy.
      const type = String(node.properties['type'] ?? '').toLowerCase();
      if (
        node.tagName === 'script' &&
        node.properties['src'] === undefined &&
        ['', 'module', 'text/javascript', 'application/javascript'].includes(type) &&
        !directives.get('script-src')?.has(sha256(text))
      )
        problems.push(`${file}: inline script "${text.slice(0, 40)}…" has no hash in script-src`);
      if (node.tagName === 'style' && !directives.get('style-src')?.has(sha256(text)))
        problems.push(`${file}: inline <style> "${text.slice(0, 40)}…" has no hash in style-src`);
      // Attributes cannot be allowed by hash without 'unsafe-hashes': there must be none.
      for (const name of Object.keys(node.properties))
        if (name === 'style' || /^on[a-z]/i.test(name))
          problems.push(`${file}: inline ${name} attribute on <${node.tagName}>`);
    });
    if (order.indexOf('csp') > 0) problems.push(`${file}: ${order[0]} precedes the CSP meta tag`);
  }
  expect(problems).toEqual([]);
});

test('_headers sends the same policy as the pages, plus frame-ancestors and the security headers', () => {
  const headersFile = readFileSync(path.join(DIST, '_headers'), 'utf8');
  const lines = headersFile.split('\n');
  expect(lines).toContain('/*');
  const headers = new Map(
    lines
      .filter((line) => /^\s+[A-Za-z-]+:\s/.test(line))
      .map((line) => {
        const [name = '', ...value] = line.trim().split(': ');
        return [name.toLowerCase(), value.join(': ')] as const;
      }),
  );
  const header = toMap(headers.get('content-security-policy') ?? '');
  expect(header.get('frame-ancestors')).toEqual(new Set(["'none'"]));
  header.delete('frame-ancestors');

  // The union of every page's meta policy, directive by directive.
  const pages = new Map<string, Set<string>>();
  for (const file of listHtml()) {
    const policy = readMetaCsp(readFileSync(path.join(DIST, file), 'utf8')) ?? '';
    for (const [name, sources] of toMap(policy))
      pages.set(name, new Set([...(pages.get(name) ?? []), ...sources]));
  }
  expect(header).toEqual(pages);

  expect(headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}; includeSubDomains/);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(headers.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('x-frame-options')).toBe('DENY');
});

test('_headers gives the feeds and data files their media types, and each rule names a built file', () => {
  const rules = new Map<string, string>();
  let pattern = '';
  for (const line of readFileSync(path.join(DIST, '_headers'), 'utf8').split('\n')) {
    if (/^\//.test(line)) pattern = line.trim();
    const type = /^\s+Content-Type:\s*(.+)$/.exec(line)?.[1];
    if (type) rules.set(pattern, type);
  }
  expect(rules.get('/incidents/feed.xml')).toMatch(/^application\/atom\+xml/);
  expect(rules.get('/data/stix/bundle.json')).toBe('application/stix+json;version=2.1');
  for (const rule of rules.keys()) {
    const target = path.join(DIST, rule.replace(/\*$/, ''));
    expect(existsSync(target), `${rule} matches nothing in ${DIST}`).toBe(true);
  }
});
