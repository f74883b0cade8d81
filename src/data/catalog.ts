/**
 * The one place that reads Astro collections. Everything is loaded once per build, joined and
 * sorted, and exposed through small getters in the sibling modules. A reference that does not
 * resolve throws with the file and field (Astro itself only logs and carries on).
 */
import { getCollection } from 'astro:content';
import {
  compareIncidentsNewestFirst,
  summarizeIncident,
  type IncidentSummary,
} from '../lib/incident-summary.ts';
import { getContentRoot } from '../lib/content-root.ts';
import { comparePartialDates } from '../lib/partial-date.ts';
import { countWords, getReadingMinutes } from '../markdown/reading-time.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Article } from '../schemas/article.ts';
import type { Author } from '../schemas/author.ts';
import type { Action } from '../schemas/action.ts';
import type { Estimate } from '../schemas/estimate.ts';
import type { Facilitator } from '../schemas/facilitator.ts';
import type { Incident } from '../schemas/incident.ts';
import { toPublisherDirectory, type PublisherDirectory } from '../lib/sources.ts';
import type { TaxonomyTerm } from '../schemas/taxonomy.ts';

export interface IncidentEntry {
  id: string;
  /** Source file, for error messages and "edit this page". */
  file: string;
  data: Incident;
  summary: IncidentSummary;
}

export interface ActorEntry {
  id: string;
  file: string;
  data: Actor;
}

export interface ArticleEntry {
  id: string;
  file: string;
  data: Article;
  /** Astro collection entry, for render(). */
  entry: Awaited<ReturnType<typeof getCollection<'articles'>>>[number];
  /** Minutes to read the body, rounded up (src/markdown/reading-time.ts). */
  readingMinutes: number;
}

export interface AuthorEntry {
  id: string;
  file: string;
  data: Author;
}

export interface EstimateEntry {
  id: string;
  file: string;
  data: Estimate;
}

export interface ActionEntry {
  id: string;
  file: string;
  data: Action;
}

export interface FacilitatorEntry {
  id: string;
  file: string;
  data: Facilitator;
}

export interface Catalog {
  /** Published incidents, newest first (withdrawn ones left out). */
  incidents: IncidentEntry[];
  incidentById: Map<string, IncidentEntry>;
  /** Withdrawn incidents, kept for their tombstone pages and the corrections feed. */
  withdrawnIncidents: IncidentEntry[];
  actors: ActorEntry[];
  actorById: Map<string, ActorEntry>;
  articles: ArticleEntry[];
  authors: AuthorEntry[];
  authorById: Map<string, AuthorEntry>;
  sectors: Map<string, TaxonomyTerm>;
  methods: Map<string, TaxonomyTerm>;
  topics: Map<string, TaxonomyTerm>;
  /** Publishers by id: name and tier, for every citation. */
  publishers: PublisherDirectory;
  /** Published estimates, by period then publisher. */
  estimates: EstimateEntry[];
  /** Enforcement and response actions, newest first. */
  actions: ActionEntry[];
  actionById: Map<string, ActionEntry>;
  /** People, companies and services that moved stolen money, by name. */
  facilitators: FacilitatorEntry[];
  facilitatorById: Map<string, FacilitatorEntry>;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * Drafts are visible while writing (`astro dev`) and absent from every production output. Vite's
 * mode, not `import.meta.env.DEV`: DEV follows NODE_ENV, which test runners set to "test", and a
 * build run with it then published drafts (tests/content/draft-articles.test.ts).
 */
export function isPublished(article: Pick<Article, 'draft'>): boolean {
  return import.meta.env.MODE === 'development' || !article.draft;
}

async function loadCatalog(): Promise<Catalog> {
  const root = getContentRoot();
  const [
    incidentEntries,
    actorEntries,
    articleEntries,
    authorEntries,
    sectors,
    methods,
    topics,
    publisherEntries,
    estimateEntries,
    actionEntries,
    facilitatorEntries,
  ] = await Promise.all([
    getCollection('incidents'),
    getCollection('actors'),
    getCollection('articles'),
    getCollection('authors'),
    getCollection('sectors'),
    getCollection('methods'),
    getCollection('topics'),
    getCollection('publishers'),
    getCollection('estimates'),
    getCollection('actions'),
    getCollection('facilitators'),
  ]);
  const actions = actionEntries
    .map((entry) => ({ id: entry.id, file: `${root}/actions/${entry.id}.yaml`, data: entry.data }))
    .sort((a, b) => comparePartialDates(b.data.date, a.data.date) || a.id.localeCompare(b.id));
  const facilitators = facilitatorEntries
    .map((entry) => ({ id: entry.id, file: `${root}/facilitators/${entry.id}.yaml`, data: entry.data }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name) || a.id.localeCompare(b.id));
  const allIncidents = incidentEntries
    .map((entry) => ({
      id: entry.id,
      file: `${root}/incidents/${entry.id}.yaml`,
      data: entry.data,
      summary: summarizeIncident(entry.id, entry.data),
    }))
    .sort((a, b) => compareIncidentsNewestFirst(a.summary, b.summary));
  // A withdrawn record leaves every list, count, chart, search and export; only its tombstone page
  // and the corrections feed still show it.
  const incidents = allIncidents.filter((incident) => !incident.data.withdrawn);
  const withdrawnIncidents = allIncidents.filter((incident) => incident.data.withdrawn);
  const actors = actorEntries
    .map((entry) => ({ id: entry.id, file: `${root}/actors/${entry.id}.yaml`, data: entry.data }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name));
  const articles = articleEntries
    .filter((entry) => isPublished(entry.data))
    .map((entry) => ({
      id: entry.id,
      file: `${root}/articles/${entry.id}.mdx`,
      data: entry.data,
      entry,
      readingMinutes: getReadingMinutes(countWords(entry.body ?? '')),
    }))
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
  const authors = authorEntries
    .map((entry) => ({ id: entry.id, file: `${root}/authors/${entry.id}.yaml`, data: entry.data }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name));
  return {
    incidents,
    incidentById: byId(incidents),
    withdrawnIncidents,
    actors,
    actorById: byId(actors),
    articles,
    authors,
    authorById: byId(authors),
    sectors: new Map(sectors.map((entry) => [entry.id, entry.data])),
    methods: new Map(methods.map((entry) => [entry.id, entry.data])),
    topics: new Map(topics.map((entry) => [entry.id, entry.data])),
    publishers: toPublisherDirectory(publisherEntries),
    actions,
    actionById: byId(actions),
    facilitators,
    facilitatorById: byId(facilitators),
    estimates: estimateEntries
      .map((entry) => ({ id: entry.id, file: `${root}/estimates/${entry.id}.yaml`, data: entry.data }))
      .sort(
        (a, b) =>
          a.data.from - b.data.from ||
          a.data.to - b.data.to ||
          a.data.publisher.localeCompare(b.data.publisher) ||
          a.id.localeCompare(b.id),
      ),
  };
}

let catalog: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  // The dev server must see edits; a build loads once.
  if (import.meta.env.DEV) return loadCatalog();
  catalog ??= loadCatalog();
  return catalog;
}

/** Looks up an id that the integrity checks guarantee; throws a located error if it is missing anyway. */
export function requireEntry<T>(map: ReadonlyMap<string, T>, id: string, context: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`${context}: "${id}" does not exist (run \`npm run check\`)`);
  return found;
}
