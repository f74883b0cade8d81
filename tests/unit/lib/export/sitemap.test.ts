import { expect, test } from 'vitest';
import { renderRobotsTxt, renderSitemap } from '../../../../src/lib/export/sitemap.ts';

test('renderSitemap lists each URL once, sorted and escaped', () => {
  const xml = renderSitemap([
    'https://example.org/b/',
    'https://example.org/a/?x=1&y=2',
    'https://example.org/b/',
  ]);
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
    ['https://example.org/incidents/x/', 'https://example.org/about/'],
    new Map([['/incidents/x/', '2026-11-29']]),
  );
  expect(xml).toContain(
    '<url><loc>https://example.org/incidents/x/</loc><lastmod>2026-11-29</lastmod></url>',
  );
  expect(xml).toContain('<url><loc>https://example.org/about/</loc></url>');
});
