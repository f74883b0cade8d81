// Every link and resource reference to our own site, in every built page, resolves to a file in
// the build (a directory to its index.html), and every #fragment names an id on the target page
// (support/link-check.ts). base-path.test.ts runs the same check on a build under /tracker/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { SITE } from '../../src/site-config.ts';
import { getDistDir } from './support/dist.ts';
import { createLinkChecker, listProblems } from './support/link-check.ts';

const DIST = getDistDir();
const checker = createLinkChecker({
  dist: DIST,
  siteOrigin: new URL(SITE.url).origin,
  basePath: SITE.basePath,
});

test('every internal href and src in every built page resolves, fragments included', () => {
  const { checked, files, problems } = checker.checkPages();
  expect(files).toBeGreaterThan(0);
  expect(checked).toBeGreaterThan(files * 10);
  expect(listProblems(problems)).toEqual([]);
});

test('every URL in sitemap.xml and every item link in the feeds is a page of the build', () => {
  const { checked, problems } = checker.checkXml();
  expect(problems).toEqual([]);
  if (existsSync(path.join(DIST, 'sitemap.xml'))) expect(checked).toBeGreaterThan(0);
});
