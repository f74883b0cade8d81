// Nothing lost, nothing extra: every record in content/ has its page in dist/, and every page in
// dist/ is accounted for by a record or a fixed route.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  actions,
  actors,
  facilitators,
  authors,
  countrySlugs,
  incidents,
  methods,
  publishedArticles,
  sectors,
  topics,
} from './site-content.ts';

const DIST = path.resolve(process.env['CHT_DIST_DIR'] ?? 'dist');
const FIXED_PAGES = [
  'index.html',
  '404.html',
  'about/index.html',
  'search/index.html',
  'incidents/index.html',
  'actors/index.html',
  'countries/index.html',
  'sectors/index.html',
  'methods/index.html',
  'topics/index.html',
  'authors/index.html',
  'articles/index.html',
  'data/index.html',
  'coverage/index.html',
  'response/index.html',
  'facilitators/index.html',
];

function listHtml(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

test('the pages in dist/ match the records in content/ one for one', () => {
  const expected = [
    ...FIXED_PAGES,
    ...incidents.map((r) => `incidents/${r.id}/index.html`),
    // The incident list is paginated 100 to a page; page 1 is /incidents/ itself.
    ...Array.from(
      { length: Math.max(0, Math.ceil(incidents.length / 100) - 1) },
      (_, i) => `incidents/page/${i + 2}/index.html`,
    ),
    ...actors.map((r) => `actors/${r.id}/index.html`),
    ...publishedArticles.map((r) => `articles/${r.id}/index.html`),
    ...authors.map((r) => `authors/${r.id}/index.html`),
    ...countrySlugs.map((slug) => `countries/${slug}/index.html`),
    ...sectors.map((r) => `sectors/${r.data.id}/index.html`),
    ...methods.map((r) => `methods/${r.data.id}/index.html`),
    ...topics.map((r) => `topics/${r.data.id}/index.html`),
    ...actions.map((r) => `response/${r.id}/index.html`),
    ...[...new Set(actions.map((r) => r.data.kind))].map((kind) => `response/kind/${kind}/index.html`),
    ...[...new Set(actions.map((r) => r.data.authority))].map((id) => `response/authority/${id}/index.html`),
    ...facilitators.map((r) => `facilitators/${r.id}/index.html`),
  ].sort();
  expect(listHtml(DIST)).toEqual(expected);
});
