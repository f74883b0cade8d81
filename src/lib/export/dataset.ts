/**
 * The plain input every export builder takes: validated records with their ids, nothing from
 * Astro. src/data/exports.ts fills it from the catalog; tests fill it from fixtures or from the
 * content checks' loader.
 */
import type { Action } from '../../schemas/action.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { Facilitator } from '../../schemas/facilitator.ts';
import type { Article } from '../../schemas/article.ts';
import type { Estimate } from '../../schemas/estimate.ts';
import type { Incident } from '../../schemas/incident.ts';
import type { PublisherDirectory } from '../sources.ts';
import { getArticleDates, getLatestDay, getSourcedRecordDates } from './record-dates.ts';

export interface ExportDataset {
  /** Canonical origin, e.g. https://cyberheisttracker.org */
  siteUrl: string;
  siteName: string;
  /** Sorted by id. */
  incidents: ReadonlyArray<{ id: string; data: Incident }>;
  /** Sorted by id. */
  actors: ReadonlyArray<{ id: string; data: Actor }>;
  /** Published articles only, sorted by id; author display names resolved. */
  articles: ReadonlyArray<{ id: string; data: Article; authorNames: readonly string[] }>;
  /** Withdrawn incidents: only the corrections feed lists them. */
  withdrawnIncidents?: ReadonlyArray<{ id: string; data: Incident }>;
  /** Sorted by id. */
  actions: ReadonlyArray<{ id: string; data: Action }>;
  /** Sorted by id. */
  facilitators: ReadonlyArray<{ id: string; data: Facilitator }>;
  /** Published estimates of North Korean theft (content/estimates/), sorted by id. */
  estimates?: ReadonlyArray<{ id: string; data: Estimate }>;
  /** Display labels for sector and method ids, used by the CSV and JSON-LD. */
  sectorLabels: Readonly<Record<string, string>>;
  methodLabels: Readonly<Record<string, string>>;
  /** Publishers by id: the name and tier every citation shows. */
  publishers: PublisherDirectory;
  /** Git commit the build came from, when known. */
  sourceCommit: string | undefined;
}

/** Returns a copy with every record list sorted by id, so output never depends on input order. */
export function sortDataset(dataset: ExportDataset): ExportDataset {
  const byId = <T extends { id: string }>(items: ReadonlyArray<T>): T[] =>
    [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    ...dataset,
    incidents: byId(dataset.incidents),
    actors: byId(dataset.actors),
    articles: byId(dataset.articles),
    actions: byId(dataset.actions),
    facilitators: byId(dataset.facilitators),
    ...(dataset.estimates ? { estimates: byId(dataset.estimates) } : {}),
  };
}

type IncidentRecord = ExportDataset['incidents'][number];
const incidentIndexes = new WeakMap<ExportDataset['incidents'], Map<string, IncidentRecord>>();

/**
 * One incident by id, through an index built once per incident list: the build looks up every
 * incident for its page metadata and its JSON file, and a scan per lookup was 10,000 × 10,000
 * comparisons (seconds) at 10,000 incidents.
 */
export function findIncident(dataset: ExportDataset, id: string): IncidentRecord | undefined {
  let index = incidentIndexes.get(dataset.incidents);
  if (!index) {
    index = new Map(dataset.incidents.map((incident) => [incident.id, incident]));
    incidentIndexes.set(dataset.incidents, index);
  }
  return index.get(id);
}

/** The latest content date in the dataset: the version date of the dataset as a whole. */
export function getDatasetModified(dataset: ExportDataset): string {
  const latest = getLatestDay([
    ...dataset.incidents.map(({ id, data }) => getSourcedRecordDates(data, id).modified),
    ...dataset.actors.map(({ id, data }) => getSourcedRecordDates(data, id).modified),
    ...dataset.articles.map(({ data }) => getArticleDates(data).modified),
    ...dataset.actions.map(({ id, data }) => getSourcedRecordDates(data, `actions/${id}`).modified),
    ...dataset.facilitators.map(({ id, data }) => getSourcedRecordDates(data, `facilitators/${id}`).modified),
  ]);
  if (latest === undefined) throw new Error('The dataset has no dated record');
  return latest;
}
