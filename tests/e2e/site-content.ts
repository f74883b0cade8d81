/** What the built site should contain, derived from content/ with the same loaders the checks use. */
import { loadContent } from '../../src/content-checks/load-content.ts';
import { validateRecords } from '../../src/content-checks/validate-records.ts';
import { getCountrySlug } from '../../src/lib/countries.ts';
import { getContentRoot } from '../../src/lib/content-root.ts';

const { content } = validateRecords(loadContent(getContentRoot()).records);

export const incidents = content.incidents;
export const actors = content.actors;
export const publishedArticles = content.articles.filter((article) => !article.data.draft);
export const authors = content.authors;
export const countrySlugs = [
  ...new Set(
    incidents.flatMap((i) => i.data.victims.flatMap((v) => (v.country ? [getCountrySlug(v.country)] : []))),
  ),
];
export const sectors = content.sectors;
export const methods = content.methods;
export const topics = content.topics;
export const estimates = content.estimates;
export const actions = content.actions;
export const facilitators = content.facilitators;
export const publishers = content.publishers;

function first<T>(items: readonly T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`content/ has no ${what}; the e2e tests need at least one`);
  return item;
}

/** One URL per page template, named for test titles. */
export const TEMPLATES: ReadonlyArray<{ name: string; path: string }> = [
  { name: 'home', path: '/' },
  { name: 'incident index', path: '/incidents/' },
  { name: 'incident', path: `/incidents/${first(incidents, 'incident').id}/` },
  { name: 'actor index', path: '/actors/' },
  { name: 'actor', path: `/actors/${first(actors, 'actor').id}/` },
  { name: 'country index', path: '/countries/' },
  { name: 'country', path: `/countries/${first(countrySlugs, 'country')}/` },
  { name: 'sector index', path: '/sectors/' },
  { name: 'sector', path: `/sectors/${first(sectors, 'sector').data.id}/` },
  { name: 'method index', path: '/methods/' },
  { name: 'method', path: `/methods/${first(methods, 'method').data.id}/` },
  { name: 'article index', path: '/articles/' },
  { name: 'article', path: `/articles/${first(publishedArticles, 'article').id}/` },
  { name: 'topic index', path: '/topics/' },
  { name: 'topic', path: `/topics/${first(topics, 'topic').data.id}/` },
  { name: 'author index', path: '/authors/' },
  { name: 'author', path: `/authors/${first(authors, 'author').id}/` },
  { name: 'about', path: '/about/' },
  { name: 'coverage', path: '/coverage/' },
  { name: 'response', path: '/response/' },
  { name: 'action', path: `/response/${first(content.actions, 'action').id}/` },
  { name: 'action kind filter', path: `/response/kind/${first(content.actions, 'action').data.kind}/` },
  { name: 'facilitator index', path: '/facilitators/' },
  { name: 'facilitator', path: `/facilitators/${first(content.facilitators, 'facilitator').id}/` },
  { name: 'data', path: '/data/' },
  { name: 'search', path: '/search/?q=bank&type=Incident' },
];
