// Every link and resource reference to our own site, in every built page, resolves to a file in
// the build (a directory to its index.html), and every #fragment names an id on the target page.
// External links are not fetched (no network in tests); script-running schemes are refused.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { expect, test } from 'vitest';
import { SITE } from '../../src/site-config.ts';
import { getDistDir, listFiles, toSitePath } from './support/dist.ts';

const DIST = getDistDir();
const SITE_ORIGIN = new URL(SITE.url).origin;
const MAX_LISTED = 60;

/** hast property name → the attribute it came from, for the properties that hold URLs. */
const URL_PROPERTIES: Record<string, string> = {
  href: 'href',
  src: 'src',
  action: 'action',
  poster: 'poster',
  data: 'data',
  xLinkHref: 'xlink:href',
  cite: 'cite',
};
/** `<meta>` whose content is a URL of this site (Open Graph, Twitter cards). */
const URL_METAS = new Set(['og:url', 'og:image', 'twitter:image']);
/** `<link rel>` values that name a URL without making the browser fetch a page of ours. */
const UNCHECKED_LINK_RELS = new Set(['preconnect', 'dns-prefetch']);

interface Reference {
  page: string;
  line: number;
  column: number;
  attribute: string;
  value: string;
}

const parsed = new Map<string, Root>();
function parsePage(file: string): Root {
  let tree = parsed.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(path.join(DIST, file), 'utf8'));
    parsed.set(file, tree);
  }
  return tree;
}

const idCache = new Map<string, Set<string>>();
/** Every fragment target on a page: ids, and names of `<a name>` anchors. */
function getIds(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set();
    const found = ids;
    visit(parsePage(file), 'element', (node: Element) => {
      if (typeof node.properties['id'] === 'string') found.add(node.properties['id']);
      if (node.tagName === 'a' && typeof node.properties['name'] === 'string')
        found.add(node.properties['name']);
    });
    idCache.set(file, ids);
  }
  return ids;
}

function collectReferences(file: string): Reference[] {
  const references: Reference[] = [];
  visit(parsePage(file), 'element', (node: Element) => {
    const at = { page: file, line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
    const rel = node.properties['rel'];
    if (node.tagName === 'link' && Array.isArray(rel) && rel.some((r) => UNCHECKED_LINK_RELS.has(String(r))))
      return;
    for (const [property, attribute] of Object.entries(URL_PROPERTIES)) {
      const value = node.properties[property];
      if (typeof value === 'string') references.push({ ...at, attribute, value });
    }
    const srcSet = node.properties['srcSet'];
    if (typeof srcSet === 'string' || Array.isArray(srcSet))
      for (const candidate of String(Array.isArray(srcSet) ? srcSet.join(',') : srcSet).split(','))
        references.push({ ...at, attribute: 'srcset', value: candidate.trim().split(/\s+/)[0] ?? '' });
    const metaName = String(node.properties['property'] ?? node.properties['name'] ?? '');
    if (node.tagName === 'meta' && URL_METAS.has(metaName) && typeof node.properties['content'] === 'string')
      references.push({ ...at, attribute: `meta ${metaName}`, value: node.properties['content'] });
    // SVG paint servers and clip paths: fill="url(#gradient)".
    for (const [property, value] of Object.entries(node.properties))
      if (typeof value === 'string')
        for (const match of value.matchAll(/url\(\s*['"]?(#[^'")\s]+)['"]?\s*\)/g))
          references.push({ ...at, attribute: property, value: match[1] ?? '' });
  });
  return references;
}

/** The dist file a site path is served from, or a reason it does not exist. */
function resolveFile(pathname: string): { file: string } | { missing: string } {
  if (pathname.endsWith('/')) {
    const file = `${pathname.slice(1)}index.html`;
    return existsSync(path.join(DIST, file)) ? { file } : { missing: `no ${file} in the build` };
  }
  const file = pathname.slice(1);
  const absolute = path.join(DIST, file);
  if (existsSync(absolute) && statSync(absolute).isFile()) return { file };
  if (existsSync(path.join(absolute, 'index.html')))
    return { missing: `points at a directory without the trailing slash (write ${pathname}/)` };
  return { missing: `no ${file} in the build` };
}

/** What is wrong with one reference, or undefined when it resolves (or is not ours to check). */
function checkReference(reference: Reference): string | undefined {
  const value = reference.value.trim();
  if (value === '' && reference.attribute !== 'href') return 'empty URL';
  if (/^\s*(javascript|data|vbscript):/i.test(value)) return 'script-running or inline-document URL';
  let url: URL;
  try {
    url = new URL(value, `${SITE_ORIGIN}${toSitePath(reference.page)}`);
  } catch {
    return 'not a valid URL';
  }
  if (url.origin !== SITE_ORIGIN) return undefined; // another site, mailto:, tel:
  let pathname: string;
  let fragment: string;
  try {
    pathname = decodeURIComponent(url.pathname);
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    return 'badly percent-encoded URL';
  }
  const target = resolveFile(pathname);
  if ('missing' in target) return target.missing;
  if (fragment === '' || fragment === 'top') return undefined;
  if (!target.file.endsWith('.html')) return undefined;
  return getIds(target.file).has(fragment) ? undefined : `no element with id "${fragment}" on ${target.file}`;
}

test('every internal href and src in every built page resolves, fragments included', () => {
  const pages = listFiles(DIST, '.html').filter((file) => !file.startsWith('pagefind/'));
  expect(pages.length).toBeGreaterThan(0);
  let checked = 0;
  const problems: string[] = [];
  for (const page of pages) {
    for (const reference of collectReferences(page)) {
      checked++;
      const problem = checkReference(reference);
      if (problem)
        problems.push(
          `${reference.page}:${reference.line}:${reference.column}  ${reference.attribute}="${reference.value}"  ${problem}`,
        );
    }
  }
  expect(checked).toBeGreaterThan(pages.length * 10);
  const listed = problems.slice(0, MAX_LISTED);
  if (problems.length > MAX_LISTED) listed.push(`… and ${problems.length - MAX_LISTED} more`);
  expect(listed).toEqual([]);
});

test('every URL in sitemap.xml and every item link in the feeds is a page of the build', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const file of listFiles(DIST, '.xml')) {
    const xml = readFileSync(path.join(DIST, file), 'utf8');
    for (const match of xml.matchAll(/<(loc|link|id)>([^<]+)<\/\1>|<link[^>]*\shref="([^"]+)"/g)) {
      const value = (match[2] ?? match[3] ?? '').trim();
      if (!value.startsWith(SITE_ORIGIN)) continue;
      checked++;
      const problem = checkReference({ page: file, line: 0, column: 0, attribute: 'xml', value });
      if (problem) problems.push(`${file}: ${value}  ${problem}`);
    }
  }
  expect(problems).toEqual([]);
  if (existsSync(path.join(DIST, 'sitemap.xml'))) expect(checked).toBeGreaterThan(0);
});
