/**
 * The three Atom feeds: analysis articles, incidents, and corrections to any record. Entries are
 * newest first; every `updated` is a content date (see record-dates.ts), so rebuilding unchanged
 * content gives an identical feed and readers are never told about an update that did not happen.
 */
import { getCorrectionAnchor } from '../correction-anchor.ts';
import type { AtomEntry, AtomFeed } from './atom.ts';
import { getDatasetModified, type ExportDataset } from './dataset.ts';
import { DATA_LICENSE } from './export-meta.ts';
import {
  COVERAGE_PATH,
  DATA_PAGE_PATH,
  FEEDS,
  getActionPath,
  getActorPath,
  getFacilitatorPath,
  getArticlePath,
  getEstimateAnchor,
  getIncidentJsonPath,
  getIncidentPath,
  toAbsoluteUrl,
} from './permalinks.ts';
import { getArticleDates, getSourcedRecordDates } from './record-dates.ts';

type FeedName = keyof typeof FEEDS;

function newestFirst(a: AtomEntry, b: AtomEntry): number {
  return a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function makeFeed(
  dataset: ExportDataset,
  name: FeedName,
  subtitle: string,
  alternatePath: string,
  entries: AtomEntry[],
): AtomFeed {
  const sorted = [...entries].sort(newestFirst);
  const selfUrl = toAbsoluteUrl(FEEDS[name].path, dataset.siteUrl);
  return {
    id: selfUrl,
    title: `${dataset.siteName}: ${FEEDS[name].title}`,
    subtitle,
    selfUrl,
    alternateUrl: toAbsoluteUrl(alternatePath, dataset.siteUrl),
    updated: sorted[0]?.updated ?? getDatasetModified(dataset),
    author: { name: dataset.siteName, uri: toAbsoluteUrl('/', dataset.siteUrl) },
    rights: `Data and text: ${DATA_LICENSE.name} (${DATA_LICENSE.id}).`,
    language: 'en',
    entries: sorted,
  };
}

export function buildArticlesFeed(dataset: ExportDataset): AtomFeed {
  const entries = dataset.articles.map(({ id, data, authorNames }) => {
    const url = toAbsoluteUrl(getArticlePath(id), dataset.siteUrl);
    return {
      id: url,
      title: data.title,
      links: [{ href: url }],
      published: data.published,
      updated: getArticleDates(data).modified,
      authors: authorNames,
      summary: data.description,
    };
  });
  return makeFeed(dataset, 'articles', 'Analysis of state-sponsored cyber heists.', '/articles/', entries);
}

export function buildIncidentsFeed(dataset: ExportDataset): AtomFeed {
  const entries = dataset.incidents.map(({ id, data }) => {
    const url = toAbsoluteUrl(getIncidentPath(id), dataset.siteUrl);
    return {
      id: url,
      title: data.title,
      links: [
        { href: url, type: 'text/html' },
        // `related`, not a second `alternate`: feed readers keep the last alternate link as the
        // entry's link, which sent readers to the JSON instead of the page.
        {
          href: toAbsoluteUrl(getIncidentJsonPath(id), dataset.siteUrl),
          type: 'application/json',
          rel: 'related' as const,
        },
      ],
      updated: getSourcedRecordDates(data, id).modified,
      summary: data.summary,
      categories: [{ term: data.category }, { term: data.status }],
    };
  });
  return makeFeed(
    dataset,
    'incidents',
    'Every incident record, by the date of its newest source or correction.',
    '/incidents/',
    entries,
  );
}

interface CorrectedRecord {
  kind: string;
  title: string;
  path: string;
  corrections: ReadonlyArray<{ date: string; note: string }>;
  /** Where on the page its corrections sit: the page's Corrections heading, or the record's own row. */
  fragment?: string;
  /** The record's own anchor, scoping its corrections' ids where several records share one page (/coverage/). */
  anchorScope?: string;
}

/** "Chainalysis, 2024" or "UN Panel of Experts, 2017–2023": what the corrections feed calls an estimate. */
export function describeEstimate(
  data: { publisher: string; from: number; to: number },
  dataset: Pick<ExportDataset, 'publishers'>,
): string {
  const publisher = dataset.publishers.get(data.publisher)?.name ?? data.publisher;
  return `${publisher}, ${data.from === data.to ? data.from : `${data.from}–${data.to}`}`;
}

/** Every dated correction on every record, for the corrections feed and the /data/ changelog. */
export function listCorrections(dataset: ExportDataset): Array<{
  date: string;
  note: string;
  kind: string;
  title: string;
  path: string;
  index: number;
  anchor: string;
  fragment: string;
}> {
  const records: CorrectedRecord[] = [
    ...[...dataset.incidents, ...(dataset.withdrawnIncidents ?? [])].map(({ id, data }) => ({
      kind: 'incident',
      title: data.title,
      path: getIncidentPath(id),
      corrections: data.corrections,
    })),
    ...dataset.actors.map(({ id, data }) => ({
      kind: 'actor',
      title: data.name,
      path: getActorPath(id),
      corrections: data.corrections,
    })),
    ...dataset.actions.map(({ id, data }) => ({
      kind: 'action',
      title: data.title,
      path: getActionPath(id),
      corrections: data.corrections,
    })),
    ...dataset.facilitators.map(({ id, data }) => ({
      kind: 'facilitator',
      title: data.name,
      path: getFacilitatorPath(id),
      corrections: data.corrections,
    })),
    ...dataset.articles.map(({ id, data }) => ({
      kind: 'article',
      title: data.title,
      path: getArticlePath(id),
      corrections: data.corrections,
    })),
    // Estimates share /coverage/: each correction is anchored in its estimate's row.
    ...(dataset.estimates ?? []).map(({ id, data }) => ({
      kind: 'estimate',
      title: describeEstimate(data, dataset),
      path: COVERAGE_PATH,
      corrections: data.corrections,
      fragment: getEstimateAnchor(id),
      anchorScope: getEstimateAnchor(id),
    })),
  ];
  return records
    .flatMap(({ corrections, fragment, anchorScope, ...record }) =>
      corrections.map((c, index) => ({
        ...c,
        ...record,
        index,
        anchor: getCorrectionAnchor(corrections, index, anchorScope),
        fragment: fragment ?? 'corrections-heading',
      })),
    )
    .sort((a, b) =>
      a.date < b.date
        ? 1
        : a.date > b.date
          ? -1
          : a.path < b.path
            ? -1
            : a.path > b.path
              ? 1
              : a.index - b.index,
    );
}

export function buildCorrectionsFeed(dataset: ExportDataset): AtomFeed {
  const entries = listCorrections(dataset).map((correction) => {
    const url = toAbsoluteUrl(correction.path, dataset.siteUrl);
    return {
      id: `${url}#${correction.anchor}`,
      title: `Correction to the ${correction.kind} “${correction.title}”`,
      links: [{ href: `${url}#${correction.fragment}` }],
      updated: correction.date,
      summary: correction.note,
    };
  });
  return makeFeed(
    dataset,
    'corrections',
    'Every dated correction to an incident, actor, article, action, facilitator or estimate.',
    `${DATA_PAGE_PATH}#changelog`,
    entries,
  );
}

/** The response: every enforcement and response action, newest first. */
export function buildActionsFeed(dataset: ExportDataset): AtomFeed {
  const entries = dataset.actions.map(({ id, data }) => {
    const url = toAbsoluteUrl(getActionPath(id), dataset.siteUrl);
    return {
      id: url,
      title: data.title,
      links: [{ href: url, type: 'text/html' }],
      published: getSourcedRecordDates(data, `actions/${id}`).created,
      updated: getSourcedRecordDates(data, `actions/${id}`).modified,
      summary: data.summary,
      categories: [{ term: data.kind }],
    };
  });
  return makeFeed(
    dataset,
    'actions',
    'Indictments, sanctions, seizures, fines, advisories and reports in response to state-sponsored cyber heists.',
    '/response/',
    entries,
  );
}
