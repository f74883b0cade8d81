/**
 * The site's Content-Security-Policy and the HTTP security headers for static hosts.
 *
 * Astro's `security.csp` (configured from CSP_CONFIG below) writes a
 * `<meta http-equiv="content-security-policy">` into every page, with the hashes of the scripts
 * and styles it bundled. After the build, this integration reads that policy back out of the pages
 * and writes `<outDir>/_headers` (the Netlify / Cloudflare Pages format) with the same policy as
 * an HTTP header, so the two can never drift. The header adds what a meta tag cannot carry:
 * `frame-ancestors` (clickjacking), plus HSTS, nosniff, referrer, permissions and opener policies,
 * and the media types of the feeds and data files a host would otherwise guess from the extension.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { getMediaTypeRules } from '../lib/export/permalinks.ts';
import { joinBasePath } from '../lib/site-path.ts';
import { SITE } from '../site-config.ts';

/**
 * Directives besides script-src and style-src (Astro owns those two and fills in the hashes).
 * No 'unsafe-inline' anywhere: inline scripts and styles Astro emits are allowed by hash only.
 */
const OTHER_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it allows no JavaScript
 * eval and no inline script.
 */
const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];
const STYLE_RESOURCES = ["'self'"];

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** The value of `security.csp` in astro.config.mjs. */
export const CSP_CONFIG: CspConfig = {
  algorithm: 'SHA-256',
  directives: [...OTHER_DIRECTIVES],
  scriptDirective: { resources: SCRIPT_RESOURCES },
  styleDirective: { resources: STYLE_RESOURCES },
};

/** Only an HTTP header can forbid framing; browsers ignore (and warn about) it in a meta tag. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** Every other header sent with every file. */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
];

/**
 * Long caching for the files whose names carry a hash of their content: Astro's bundled scripts and
 * styles in /_astro/. A changed file gets a new name, so a browser may keep each one for a year
 * without asking again (tests/quality/hashed-assets.test.ts checks every name there has a hash).
 */
export const CACHE_RULES: ReadonlyArray<readonly [string, string]> = [
  ['/_astro/*', 'public, max-age=31536000, immutable'],
];

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

function decodeAttribute(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The policy in a page's `<meta http-equiv="content-security-policy">`, or undefined without one. */
export function readMetaCsp(html: string): string | undefined {
  const match = META_CSP.exec(html);
  return match?.[1] === undefined ? undefined : decodeAttribute(match[1]);
}

/** `"a x y; b z"` → `[['a', ['x', 'y']], ['b', ['z']]]`, in order, empty directives dropped. */
export function parseCsp(policy: string): Array<[string, string[]]> {
  return policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter((tokens) => tokens[0])
    .map(([name = '', ...sources]) => [name.toLowerCase(), sources]);
}

/**
 * One policy that allows everything any of the given policies allows (the union of each
 * directive's sources), in first-seen order. Hosts combine repeated CSP headers into several
 * policies that must ALL pass, so the header must be a single policy at least as wide as every
 * page's meta policy; each page's meta tag then narrows it again.
 */
export function mergeCsp(policies: readonly string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [name, sources] of parseCsp(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The Content-Security-Policy HTTP header for pages whose meta policies are given. */
export function buildHeaderCsp(metaPolicies: readonly string[]): string {
  return mergeCsp([...metaPolicies, ...HEADER_ONLY_DIRECTIVES]);
}

/**
 * `_headers` text: one rule for every path, one `Name: value` line per header; then a rule per
 * file whose media type its extension does not tell (feeds, the STIX bundle, JSON Schemas); then
 * the Cache-Control of the hashed assets. Those per-file patterns are site paths, written under the
 * base path the site is served from.
 */
export function renderHeadersFile(
  headerCsp: string,
  mediaTypeRules: ReadonlyArray<readonly [string, string]> = getMediaTypeRules(),
  cacheRules: ReadonlyArray<readonly [string, string]> = CACHE_RULES,
  basePath = '/',
): string {
  const lines = [['Content-Security-Policy', headerCsp] as const, ...STATIC_SECURITY_HEADERS].map(
    ([name, value]) => `  ${name}: ${value}`,
  );
  return [
    '# Written by src/integrations/security-headers.ts at build time. Do not edit.',
    '/*',
    ...lines,
    ...mediaTypeRules.flatMap(([pattern, type]) => [
      joinBasePath(basePath, pattern),
      `  Content-Type: ${type}`,
    ]),
    ...cacheRules.flatMap(([pattern, value]) => [
      joinBasePath(basePath, pattern),
      `  Cache-Control: ${value}`,
    ]),
    '',
  ].join('\n');
}

function listHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => path.join(dir, file));
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'cyber-heist-tracker:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies = new Set<string>();
        const missing: string[] = [];
        for (const file of listHtmlFiles(outDir)) {
          const policy = readMetaCsp(readFileSync(file, 'utf8'));
          if (policy === undefined) missing.push(path.relative(outDir, file));
          else policies.add(policy);
        }
        if (missing.length > 0) {
          throw new Error(
            `security headers: ${missing.length} page(s) have no Content-Security-Policy meta tag ` +
              `(is security.csp set in astro.config.mjs?): ${missing.slice(0, 5).join(', ')}`,
          );
        }
        writeFileSync(
          path.join(outDir, '_headers'),
          renderHeadersFile(buildHeaderCsp([...policies]), getMediaTypeRules(), CACHE_RULES, SITE.basePath),
        );
        logger.info(
          `wrote _headers from ${policies.size} distinct page polic${policies.size === 1 ? 'y' : 'ies'}`,
        );
      },
    },
  };
}
