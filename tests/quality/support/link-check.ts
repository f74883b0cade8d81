/**
 * The internal link check, for any built site: every link and resource reference to our own site in
 * every page resolves to a file in the build (a directory to its index.html), every #fragment names
 * an id on the target page, and, for a site built under a base path, every reference stays inside
 * it. External links are not fetched (no network in tests); script-running schemes are refused.
 * internal-links.test.ts runs it on the default build, base-path.test.ts on a build under /tracker/.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { joinBasePath, stripBasePath } from '../../../src/lib/site-path.ts';
import { listFiles, toSitePath } from './dist.ts';

export interface SiteUnderTest {
  /** The built site's folder. */
  dist: string;
  /** Origin the site was built for (SITE_URL), e.g. `https://example.org`. */
  siteOrigin: string;
  /** Base path it was built for (BASE_PATH, normalized): `/` or `/tracker/`. */
  basePath: string;
}

export interface LinkCheckResult {
  /** References looked at. */
  checked: number;
  /** Pages (or XML files) read. */
  files: number;
  /** One line per broken reference: `file:line:col  attribute="value"  what is wrong`. */
  problems: string[];
}

/** hast property name → the attribute it came from, for the properties that hold URLs. */
const URL_PROPERTIES: Record<string, string> = {
  href: 'href',
  src: 'src',
  action: 'action',
  poster: 'poster',
  data: 'data',
  xLinkHref: 'xlink:href',
  cite: 'cite',
  // Our custom elements' data URLs (the explorer's index).
  dataIndex: 'data-index',
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

export function createLinkChecker(site: SiteUnderTest) {
  const parsed = new Map<string, Root>();
  const idCache = new Map<string, Set<string>>();

  function parsePage(file: string): Root {
    let tree = parsed.get(file);
    if (!tree) {
      tree = fromHtml(readFileSync(path.join(site.dist, file), 'utf8'));
      parsed.set(file, tree);
    }
    return tree;
  }

  /** Every fragment target on a page: ids, and names of `<a name>` anchors. */
  function getIds(file: string): Set<string> {
    let ids = idCache.get(file);
    if (!ids) {
      const found = new Set<string>();
      visit(parsePage(file), 'element', (node: Element) => {
        if (typeof node.properties['id'] === 'string') found.add(node.properties['id']);
        if (node.tagName === 'a' && typeof node.properties['name'] === 'string')
          found.add(node.properties['name']);
      });
      idCache.set(file, found);
      ids = found;
    }
    return ids;
  }

  function collectReferences(file: string): Reference[] {
    const references: Reference[] = [];
    visit(parsePage(file), 'element', (node: Element) => {
      const at = {
        page: file,
        line: node.position?.start.line ?? 0,
        column: node.position?.start.column ?? 0,
      };
      const rel = node.properties['rel'];
      if (
        node.tagName === 'link' &&
        Array.isArray(rel) &&
        rel.some((r) => UNCHECKED_LINK_RELS.has(String(r)))
      )
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
      if (
        node.tagName === 'meta' &&
        URL_METAS.has(metaName) &&
        typeof node.properties['content'] === 'string'
      )
        references.push({ ...at, attribute: `meta ${metaName}`, value: node.properties['content'] });
      // A redirect page's target: <meta http-equiv="refresh" content="0; url=/x/">.
      const equiv = String(node.properties['httpEquiv'] ?? '').toLowerCase();
      const refresh = /;\s*url=(.+)$/i.exec(String(node.properties['content'] ?? ''));
      if (node.tagName === 'meta' && equiv === 'refresh' && refresh?.[1])
        references.push({ ...at, attribute: 'meta refresh', value: refresh[1].trim() });
      // SVG paint servers and clip paths: fill="url(#gradient)".
      for (const [property, value] of Object.entries(node.properties))
        if (typeof value === 'string')
          for (const match of value.matchAll(/url\(\s*['"]?(#[^'")\s]+)['"]?\s*\)/g))
            references.push({ ...at, attribute: property, value: match[1] ?? '' });
    });
    return references;
  }

  /** The dist file a site path (base path removed) is served from, or a reason it does not exist. */
  function resolveFile(pathname: string): { file: string } | { missing: string } {
    if (pathname.endsWith('/')) {
      const file = `${pathname.slice(1)}index.html`;
      return existsSync(path.join(site.dist, file)) ? { file } : { missing: `no ${file} in the build` };
    }
    const file = pathname.slice(1);
    const absolute = path.join(site.dist, file);
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
      // A page file is served at its site path under the base path.
      url = new URL(value, `${site.siteOrigin}${joinBasePath(site.basePath, toSitePath(reference.page))}`);
    } catch {
      return 'not a valid URL';
    }
    if (url.origin !== site.siteOrigin) return undefined; // another site, mailto:, tel:
    let pathname: string;
    let fragment: string;
    try {
      pathname = decodeURIComponent(url.pathname);
      fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
      return 'badly percent-encoded URL';
    }
    const sitePathname = stripBasePath(site.basePath, pathname);
    if (sitePathname === undefined) return `outside the base path ${site.basePath}`;
    const target = resolveFile(sitePathname);
    if ('missing' in target) return target.missing;
    if (fragment === '' || fragment === 'top') return undefined;
    if (!target.file.endsWith('.html')) return undefined;
    return getIds(target.file).has(fragment)
      ? undefined
      : `no element with id "${fragment}" on ${target.file}`;
  }

  return {
    /** Every reference in every built page (the search bundle's own pages aside). */
    checkPages(): LinkCheckResult {
      const pages = listFiles(site.dist, '.html').filter((file) => !file.startsWith('pagefind/'));
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
      return { checked, files: pages.length, problems };
    },

    /** Every URL of this site in sitemap.xml and the feeds (`<loc>`, `<link>`, `<id>`, `href`). */
    checkXml(): LinkCheckResult {
      const files = listFiles(site.dist, '.xml');
      let checked = 0;
      const problems: string[] = [];
      for (const file of files) {
        const xml = readFileSync(path.join(site.dist, file), 'utf8');
        for (const match of xml.matchAll(/<(loc|link|id)>([^<]+)<\/\1>|<link[^>]*\shref="([^"]+)"/g)) {
          const value = (match[2] ?? match[3] ?? '').trim();
          if (!value.startsWith(site.siteOrigin)) continue;
          checked++;
          const problem = checkReference({ page: file, line: 0, column: 0, attribute: 'xml', value });
          if (problem) problems.push(`${file}: ${value}  ${problem}`);
        }
      }
      return { checked, files: files.length, problems };
    },
  };
}

/** At most `max` problem lines, then how many more there were, so a failure stays readable. */
export function listProblems(problems: readonly string[], max = 60): string[] {
  const listed = problems.slice(0, max);
  if (problems.length > max) listed.push(`… and ${problems.length - max} more`);
  return listed;
}
