import { expect, test } from 'vitest';
import { renderRobotsTxt, renderSitemap } from '../../../../src/lib/export/sitemap.ts';

test('renderSitemap lists each page once, sorted and escaped', () => {
  const xml = renderSitemap(['/b/', '/a/?x=1&y=2', '/b/'], 'https://example.org/');
  expect(xml).toBe(
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      '  <url><loc>https://example.org/a/?x=1&amp;y=2</loc></url>',
      '  <url><loc>https://example.org/b/</loc></url>',
      '</urlset>',
      '',
    ].join('\n'),
  );
});

test('renderRobotsTxt allows everything and points at the sitemap', () => {
  expect(renderRobotsTxt('https://example.org/sitemap.xml')).toBe(
    'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n',
  );
});

test('renderSitemap gives record pages the record’s own last content date, and fixed pages none', () => {
  const xml = renderSitemap(
    ['/incidents/x/', '/about/'],
    'https://example.org/',
    new Map([['/incidents/x/', '2026-11-29']]),
  );
  expect(xml).toContain(
    '<url><loc>https://example.org/incidents/x/</loc><lastmod>2026-11-29</lastmod></url>',
  );
  expect(xml).toContain('<url><loc>https://example.org/about/</loc></url>');
});

test('under a base path every URL sits below the site root, and lastmod still matches the site path', () => {
  const xml = renderSitemap(
    ['/', '/incidents/x/'],
    'https://example.org/tracker/',
    new Map([['/incidents/x/', '2026-11-29']]),
  );
  expect(xml).toContain('<url><loc>https://example.org/tracker/</loc></url>');
  expect(xml).toContain(
    '<url><loc>https://example.org/tracker/incidents/x/</loc><lastmod>2026-11-29</lastmod></url>',
  );
  expect(xml).not.toMatch(/<loc>https:\/\/example\.org\/(?!tracker\/)/);
});
