/**
 * Created and modified days for records, taken from the content itself, never from the build clock
 * or from git: the same content always yields the same dates, so exports, feeds and the STIX bundle
 * are reproducible byte for byte.
 *
 * - An incident or actor is "created" on the day its earliest cited source was published (the
 *   record could not exist before it) and "modified" on the latest of its newest source and its
 *   newest correction.
 * - An article is created when published and modified at the latest of `updated` and its
 *   corrections.
 */
import {
  getActionPath,
  getActorPath,
  getArticlePath,
  getFacilitatorPath,
  getIncidentPath,
} from './permalinks.ts';
import { getEarliestDay, type PartialDate } from '../partial-date.ts';

export interface RecordDates {
  /** `YYYY-MM-DD` */
  created: string;
  /** `YYYY-MM-DD`, never before `created`. */
  modified: string;
}

interface SourcedRecord {
  sources: ReadonlyArray<{ date: PartialDate }>;
  corrections: ReadonlyArray<{ date: string }>;
}

interface DatedArticle {
  published: string;
  updated?: string | undefined;
  corrections: ReadonlyArray<{ date: string }>;
}

function latest(days: readonly string[]): string | undefined {
  return days.reduce<string | undefined>(
    (max, day) => (max === undefined || day > max ? day : max),
    undefined,
  );
}

function earliest(days: readonly string[]): string | undefined {
  return days.reduce<string | undefined>(
    (min, day) => (min === undefined || day < min ? day : min),
    undefined,
  );
}

/** Dates of an incident or actor; throws if it cites no source (the schema requires one). */
export function getSourcedRecordDates(record: SourcedRecord, context: string): RecordDates {
  const sourceDays = record.sources.map((source) => getEarliestDay(source.date));
  const created = earliest(sourceDays);
  if (created === undefined) throw new Error(`${context}: a record needs at least one dated source`);
  const modified = latest([created, ...sourceDays, ...record.corrections.map((c) => c.date)]) ?? created;
  return { created, modified };
}

export function getArticleDates(article: DatedArticle): RecordDates {
  const candidates = [article.published, ...article.corrections.map((c) => c.date)];
  if (article.updated !== undefined) candidates.push(article.updated);
  return { created: article.published, modified: latest(candidates) ?? article.published };
}

/** Latest of several days, or undefined for none. */
export function getLatestDay(days: readonly string[]): string | undefined {
  return latest(days);
}

/** Earliest of several days, or undefined for none. */
export function getEarliestOf(days: readonly string[]): string | undefined {
  return earliest(days);
}

/** Each record page's path and its latest content date, for the sitemap's <lastmod>. */
export function listRecordLastmods(dataset: {
  incidents: ReadonlyArray<{ id: string; data: SourcedRecord }>;
  actors: ReadonlyArray<{ id: string; data: SourcedRecord }>;
  actions: ReadonlyArray<{ id: string; data: SourcedRecord }>;
  facilitators: ReadonlyArray<{ id: string; data: SourcedRecord }>;
  articles: ReadonlyArray<{ id: string; data: DatedArticle }>;
}): Map<string, string> {
  const entries: Array<[string, string]> = [
    ...dataset.incidents.map(({ id, data }): [string, string] => [
      getIncidentPath(id),
      getSourcedRecordDates(data, id).modified,
    ]),
    ...dataset.actors.map(({ id, data }): [string, string] => [
      getActorPath(id),
      getSourcedRecordDates(data, id).modified,
    ]),
    ...dataset.actions.map(({ id, data }): [string, string] => [
      getActionPath(id),
      getSourcedRecordDates(data, id).modified,
    ]),
    ...dataset.facilitators.map(({ id, data }): [string, string] => [
      getFacilitatorPath(id),
      getSourcedRecordDates(data, id).modified,
    ]),
    ...dataset.articles.map(({ id, data }): [string, string] => [
      getArticlePath(id),
      getArticleDates(data).modified,
    ]),
  ];
  return new Map(entries);
}
