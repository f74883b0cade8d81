/**
 * What each built page costs a reader, gzip-compressed: its HTML, the stylesheets it links or
 * inlines, and the scripts it loads before anyone asks for search (module scripts, their static
 * imports, modulepreloads and inline scripts; a dynamic `import()` is left out, so Pagefind, which
 * loads on intent from /pagefind/, is not counted). Shared by tests/quality/page-budgets.test.ts
 * and `npm run budgets`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles, toSitePath } from '../quality/support/dist.ts';

export const BUDGETS = {
  /** An incident page's HTML. */
  incidentHtml: 30 * 1024,
  /** All stylesheets of one page together. */
  css: 12 * 1024,
  /** All scripts one page loads before the reader asks for search. */
  js: 10 * 1024,
  /** The explorer's total blocking time under Lighthouse's mobile throttling, median of three runs (ms). */
  explorerTotalBlockingTimeMs: 200,
} as const;

export interface PageWeight {
  /** Site path, e.g. `/incidents/2016-02-bangladesh-bank/`. */
  page: string;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  /** The stylesheet and script URLs counted (inline ones as `inline`). */
  stylesheets: string[];
  scripts: string[];
}

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content).length;
}

const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');

function readAttribute(tag: string, name: string): string | undefined {
  const match = ATTRIBUTE(name).exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"`; not `import("x")`. */
const STATIC_IMPORT =
  /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']|\bexport\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"']+)["']/g;

/** Resolves a URL of the site to its file in dist, or undefined for another origin. */
function resolveUrl(fromUrl: string, url: string): string | undefined {
  const resolved = new URL(url, `https://site.invalid${fromUrl}`);
  if (resolved.origin !== 'https://site.invalid') return undefined;
  return resolved.pathname;
}

/** The site path of every module `entry` loads statically, itself included. */
function collectModuleGraph(distDir: string, entry: string, seen: Set<string>): void {
  if (seen.has(entry)) return;
  seen.add(entry);
  const file = path.join(distDir, entry);
  if (!existsSync(file)) return;
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(STATIC_IMPORT)) {
    const specifier = match[1] ?? match[2];
    if (!specifier || !/^[./]/.test(specifier)) continue;
    const target = resolveUrl(entry, specifier);
    if (target) collectModuleGraph(distDir, target, seen);
  }
}

function tagsOf(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'gi'))].map((match) => match[0]);
}

function inlineContents(html: string, name: 'script' | 'style'): Array<{ tag: string; body: string }> {
  return [...html.matchAll(new RegExp(`(<${name}\\b[^>]*>)([\\s\\S]*?)</${name}>`, 'gi'))].map((match) => ({
    tag: match[1] ?? '',
    body: match[2] ?? '',
  }));
}

/** Measures one HTML file of `distDir`. `assetSizes` caches gzip sizes of shared files. */
export function measurePage(
  distDir: string,
  file: string,
  assetSizes = new Map<string, number>(),
): PageWeight {
  const page = toSitePath(file);
  const html = readFileSync(path.join(distDir, file), 'utf8');
  const sizeOf = (sitePath: string): number => {
    let size = assetSizes.get(sitePath);
    if (size === undefined) {
      const assetFile = path.join(distDir, sitePath);
      size = existsSync(assetFile) ? gzipSize(readFileSync(assetFile)) : 0;
      assetSizes.set(sitePath, size);
    }
    return size;
  };

  const stylesheets: string[] = [];
  let cssGzip = 0;
  for (const tag of tagsOf(html, 'link')) {
    const rel = readAttribute(tag, 'rel')?.toLowerCase() ?? '';
    const href = readAttribute(tag, 'href');
    if (!href) continue;
    if (rel.split(/\s+/).includes('stylesheet')) {
      const target = resolveUrl(page, href);
      if (!target) continue;
      stylesheets.push(target);
      cssGzip += sizeOf(target);
    }
  }
  for (const { body } of inlineContents(html, 'style')) {
    stylesheets.push('inline');
    cssGzip += gzipSize(body);
  }

  const modules = new Set<string>();
  let inlineJs = 0;
  const scripts: string[] = [];
  for (const { tag, body } of inlineContents(html, 'script')) {
    const type = readAttribute(tag, 'type')?.toLowerCase();
    // JSON-LD and other data blocks are not scripts.
    if (type && type !== 'module' && !type.includes('javascript')) continue;
    const src = readAttribute(tag, 'src');
    if (src) {
      const target = resolveUrl(page, src);
      if (target) collectModuleGraph(distDir, target, modules);
    } else if (body.trim()) {
      scripts.push('inline');
      inlineJs += gzipSize(body);
      // An inline module may import bundled chunks statically.
      for (const match of body.matchAll(STATIC_IMPORT)) {
        const specifier = match[1] ?? match[2];
        const target = specifier && /^[./]/.test(specifier) ? resolveUrl(page, specifier) : undefined;
        if (target) collectModuleGraph(distDir, target, modules);
      }
    }
  }
  for (const tag of tagsOf(html, 'link')) {
    const rel = readAttribute(tag, 'rel')?.toLowerCase() ?? '';
    const href = readAttribute(tag, 'href');
    if (href && rel.split(/\s+/).includes('modulepreload')) {
      const target = resolveUrl(page, href);
      if (target) collectModuleGraph(distDir, target, modules);
    }
  }
  scripts.push(...modules);
  const jsGzip = inlineJs + [...modules].reduce((sum, module) => sum + sizeOf(module), 0);

  return { page, htmlGzip: gzipSize(html), cssGzip, jsGzip, stylesheets, scripts };
}

/** Every HTML page of the site, measured. */
export function measureSite(distDir: string): PageWeight[] {
  const assetSizes = new Map<string, number>();
  return listFiles(distDir, '.html').map((file) => measurePage(distDir, file, assetSizes));
}

export function isIncidentPage(page: string): boolean {
  return /^\/incidents\/(?!page\/)[^/]+\/$/.test(page);
}

const FONT_FILE = /\.(?:woff2?|ttf|otf|eot)$/i;

/**
 * Web fonts that could block rendering: an @font-face without `font-display: swap` or `optional`,
 * or a font preload. The site uses system fonts, so this also lists any font file shipped.
 */
export function findBlockingFonts(distDir: string): { problems: string[]; fontFiles: string[] } {
  const problems: string[] = [];
  const fontFiles = listFiles(distDir).filter((file) => FONT_FILE.test(file));
  const checkCss = (css: string, where: string) => {
    for (const match of css.matchAll(/@font-face\s*\{([^}]*)\}/gi)) {
      const display = /font-display\s*:\s*([a-z-]+)/i.exec(match[1] ?? '')?.[1]?.toLowerCase();
      if (display !== 'swap' && display !== 'optional')
        problems.push(`${where}: @font-face with font-display ${display ?? '(unset, which blocks)'}`);
    }
  };
  for (const file of listFiles(distDir, '.css'))
    checkCss(readFileSync(path.join(distDir, file), 'utf8'), file);
  for (const file of listFiles(distDir, '.html')) {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    for (const { body } of inlineContents(html, 'style')) checkCss(body, file);
    for (const tag of tagsOf(html, 'link')) {
      if (/\bas\s*=\s*["']?font\b/i.test(tag) && /\bpreload\b/i.test(readAttribute(tag, 'rel') ?? ''))
        problems.push(`${file}: font preload ${readAttribute(tag, 'href') ?? ''}`);
    }
  }
  return { problems, fontFiles };
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
