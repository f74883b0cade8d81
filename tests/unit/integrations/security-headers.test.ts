import { describe, expect, test } from 'vitest';
import {
  buildHeaderCsp,
  CSP_CONFIG,
  mergeCsp,
  parseCsp,
  readMetaCsp,
  renderHeadersFile,
} from '../../../src/integrations/security-headers.ts';

describe('security headers', () => {
  test('readMetaCsp returns the decoded policy of the content-security-policy meta tag', () => {
    const html =
      '<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &apos;self&apos; &#x27;sha256-abc=&#x27;"></head>';
    expect(readMetaCsp(html)).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
    expect(readMetaCsp('<head><title>x</title></head>')).toBeUndefined();
  });

  test('parseCsp splits directives and sources, dropping empty directives', () => {
    expect(parseCsp("default-src 'self';;  script-src 'self' 'sha256-a=' ; ")).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", "'sha256-a='"]],
    ]);
  });

  test('mergeCsp unites each directive’s sources across policies in first-seen order', () => {
    expect(
      mergeCsp([
        "default-src 'self'; script-src 'self' 'sha256-a='",
        "script-src 'self' 'sha256-b='; img-src 'self'",
      ]),
    ).toBe("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; img-src 'self'");
  });

  test('buildHeaderCsp adds frame-ancestors, which only a header can carry', () => {
    expect(buildHeaderCsp(["default-src 'self'"])).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  test('renderHeadersFile writes one rule for every path with the CSP and the security headers', () => {
    const text = renderHeadersFile("default-src 'self'; frame-ancestors 'none'", [], []);
    expect(text.split('\n')).toEqual([
      '# Written by src/integrations/security-headers.ts at build time. Do not edit.',
      '/*',
      "  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'",
      '  Strict-Transport-Security: max-age=63072000; includeSubDomains',
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '  Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
      '  Cross-Origin-Opener-Policy: same-origin',
      '  X-Frame-Options: DENY',
      '',
    ]);
  });

  test('renderHeadersFile adds a Content-Type rule per file whose extension says too little', () => {
    const text = renderHeadersFile(
      "default-src 'self'",
      [
        ['/feed.xml', 'application/atom+xml; charset=utf-8'],
        ['/data/schema/*', 'application/schema+json; charset=utf-8'],
      ],
      [],
    );
    expect(text.split('\n').slice(-5)).toEqual([
      '/feed.xml',
      '  Content-Type: application/atom+xml; charset=utf-8',
      '/data/schema/*',
      '  Content-Type: application/schema+json; charset=utf-8',
      '',
    ]);
    // By default the rules cover every feed and the STIX bundle.
    const rules = renderHeadersFile("default-src 'self'");
    for (const feed of ['/feed.xml', '/incidents/feed.xml', '/corrections/feed.xml'])
      expect(rules).toContain(`${feed}\n  Content-Type: application/atom+xml; charset=utf-8`);
    expect(rules).toContain('/data/stix/bundle.json\n  Content-Type: application/stix+json;version=2.1');
  });

  test('under a base path the per-file rules are written below it, and the site-wide rule still covers all', () => {
    const text = renderHeadersFile(
      "default-src 'self'",
      [['/feed.xml', 'application/atom+xml; charset=utf-8']],
      [['/_astro/*', 'public, max-age=31536000, immutable']],
      '/tracker/',
    );
    const lines = text.split('\n');
    expect(lines[1]).toBe('/*');
    expect(lines.slice(-5)).toEqual([
      '/tracker/feed.xml',
      '  Content-Type: application/atom+xml; charset=utf-8',
      '/tracker/_astro/*',
      '  Cache-Control: public, max-age=31536000, immutable',
      '',
    ]);
  });

  test('renderHeadersFile gives the hashed assets in /_astro/ a year of immutable caching, and nothing else', () => {
    const text = renderHeadersFile("default-src 'self'");
    expect(text.split('\n').slice(-3)).toEqual([
      '/_astro/*',
      '  Cache-Control: public, max-age=31536000, immutable',
      '',
    ]);
    // Pages, feeds and data change under the same name: they get no Cache-Control rule.
    expect(text.match(/Cache-Control/g)).toHaveLength(1);
  });

  test('CSP_CONFIG allows no inline script or style except by hash', () => {
    const sources = [
      ...(CSP_CONFIG.scriptDirective?.resources ?? []),
      ...(CSP_CONFIG.styleDirective?.resources ?? []),
      ...(CSP_CONFIG.directives ?? []),
    ].map(String);
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
    expect(sources).not.toContain("'unsafe-hashes'");
    expect(sources.join(' ')).not.toMatch(/(^|\s)(\*|data:|https:)(\s|$)/);
  });
});
