import { expect, test } from 'vitest';
import {
  fillRoutePattern,
  getRoutePattern,
  isDynamicRoute,
  isSitemapRoute,
} from '../../../../src/lib/export/site-routes.ts';

test('getRoutePattern maps page files to trailing-slash URL patterns', () => {
  expect(getRoutePattern('./index.astro')).toBe('/');
  expect(getRoutePattern('./about.astro')).toBe('/about/');
  expect(getRoutePattern('./data/index.astro')).toBe('/data/');
  expect(getRoutePattern('./incidents/[id].astro')).toBe('/incidents/[id]/');
  expect(getRoutePattern('./incidents/page/[n].astro')).toBe('/incidents/page/[n]/');
});

test('isSitemapRoute leaves out error pages and underscore files', () => {
  expect(isSitemapRoute('./404.astro')).toBe(false);
  expect(isSitemapRoute('./500.astro')).toBe(false);
  expect(isSitemapRoute('./_draft.astro')).toBe(false);
  expect(isSitemapRoute('./_parts/x.astro')).toBe(false);
  expect(isSitemapRoute('./actors/404-club.astro')).toBe(true);
  expect(isSitemapRoute('./search.astro')).toBe(true);
});

test('fillRoutePattern fills named and rest parameters and insists on named ones', () => {
  expect(isDynamicRoute('/incidents/[id]/')).toBe(true);
  expect(isDynamicRoute('/about/')).toBe(false);
  expect(fillRoutePattern('/incidents/[id]/', { id: '2016-02-bangladesh-bank' })).toBe(
    '/incidents/2016-02-bangladesh-bank/',
  );
  expect(fillRoutePattern('/incidents/page/[n]/', { n: 2 })).toBe('/incidents/page/2/');
  expect(fillRoutePattern('/docs/[...slug]/', { slug: 'a/b' })).toBe('/docs/a/b/');
  expect(fillRoutePattern('/docs/[...slug]/', {})).toBe('/docs/');
  expect(() => fillRoutePattern('/incidents/[id]/', {})).toThrow(/no value for \[id\]/);
});
