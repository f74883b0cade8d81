/**
 * What an incident or article page, and the /data/ page, put in its head and its "Cite this"
 * box: the citation, the JSON-LD and the dates, all from content dates.
 */
import type { Source } from '../../schemas/source.ts';
import { getCountryName } from '../countries.ts';
import { getEarliestDay } from '../partial-date.ts';
import type { CitationInput } from './citation.ts';
import { getDatasetModified, type ExportDataset } from './dataset.ts';
import { buildArticleJsonLd, buildDatasetJsonLd, buildIncidentJsonLd, type JsonLd } from './json-ld.ts';
import {
  DATA_FILES,
  DATA_PAGE_PATH,
  getArticlePath,
  getIncidentJsonPath,
  getIncidentPath,
  toAbsoluteUrl,
} from './permalinks.ts';
import { getArticleDates, getSourcedRecordDates } from './record-dates.ts';

export interface PageMetadata {
  citation: CitationInput;
  jsonLd: JsonLd;
  published?: string | undefined;
  modified: string;
}

function requireRecord<T extends { id: string }>(records: readonly T[], id: string, kind: string): T {
  const found = records.find((record) => record.id === id);
  if (!found) throw new Error(`No ${kind} "${id}" in the export dataset`);
  return found;
}

export function buildIncidentPageMetadata(dataset: ExportDataset, id: string): PageMetadata {
  const { data } = requireRecord(dataset.incidents, id, 'incident');
  const dates = getSourcedRecordDates(data, id);
  const url = toAbsoluteUrl(getIncidentPath(id), dataset.siteUrl);
  return {
    modified: dates.modified,
    citation: {
      id,
      kind: 'incident',
      title: data.title,
      authors: [dataset.siteName],
      siteName: dataset.siteName,
      issued: dates.modified,
      url,
    },
    jsonLd: buildIncidentJsonLd({
      siteName: dataset.siteName,
      siteUrl: dataset.siteUrl,
      url,
      jsonUrl: toAbsoluteUrl(getIncidentJsonPath(id), dataset.siteUrl),
      dataPageUrl: toAbsoluteUrl(DATA_PAGE_PATH, dataset.siteUrl),
      title: data.title,
      summary: data.summary,
      start: data.dates.start,
      end: data.dates.end,
      countryNames: [
        ...new Set(
          data.victims.flatMap((victim) => (victim.country ? [getCountryName(victim.country)] : [])),
        ),
      ],
      created: dates.created,
      modified: dates.modified,
      sources: withPublisherNames(data.sources, dataset),
    }),
  };
}

/** JSON-LD names a citation's publisher by its display name, not our record id. */
function withPublisherNames(sources: readonly Source[], dataset: ExportDataset): Source[] {
  return sources.map((source) => ({
    ...source,
    publisher: dataset.publishers.get(source.publisher)?.name ?? source.publisher,
  }));
}

export function buildArticlePageMetadata(dataset: ExportDataset, id: string): PageMetadata {
  const { data, authorNames } = requireRecord(dataset.articles, id, 'article');
  const dates = getArticleDates(data);
  const url = toAbsoluteUrl(getArticlePath(id), dataset.siteUrl);
  return {
    published: data.published,
    modified: dates.modified,
    citation: {
      id,
      kind: 'article',
      title: data.title,
      authors: authorNames,
      siteName: dataset.siteName,
      issued: data.published,
      url,
    },
    jsonLd: buildArticleJsonLd({
      siteName: dataset.siteName,
      siteUrl: dataset.siteUrl,
      url,
      title: data.title,
      description: data.description,
      published: data.published,
      modified: dates.modified,
      authors: data.authors.map((authorId, index) => ({
        name: authorNames[index] ?? authorId,
        url: toAbsoluteUrl(`/authors/${authorId}/`, dataset.siteUrl),
      })),
      sources: withPublisherNames(data.sources, dataset),
    }),
  };
}

export function buildDatasetPageMetadata(dataset: ExportDataset, description: string): PageMetadata {
  const modified = getDatasetModified(dataset);
  const url = toAbsoluteUrl(DATA_PAGE_PATH, dataset.siteUrl);
  const starts = dataset.incidents
    .map(({ data }) => data.dates.start)
    .sort((a, b) => (getEarliestDay(a) < getEarliestDay(b) ? -1 : 1));
  const name = `${dataset.siteName} dataset`;
  const version = dataset.sourceCommit?.slice(0, 7);
  return {
    modified,
    citation: {
      id: 'dataset',
      kind: 'dataset',
      title: name,
      authors: [dataset.siteName],
      siteName: dataset.siteName,
      issued: modified,
      url,
      version,
    },
    jsonLd: buildDatasetJsonLd({
      siteName: dataset.siteName,
      siteUrl: dataset.siteUrl,
      url,
      name,
      description,
      modified,
      temporalCoverage: `${starts[0] ?? ''}/${starts.at(-1) ?? ''}`,
      version: version ?? modified,
      keywords: [
        'cyber heists',
        'state-sponsored hacking',
        'North Korea',
        'Lazarus Group',
        'cryptocurrency theft',
        'SWIFT fraud',
        'STIX',
      ],
      downloads: [
        {
          name: 'Incidents (JSON)',
          url: toAbsoluteUrl(DATA_FILES.incidentsJson, dataset.siteUrl),
          encodingFormat: 'application/json',
        },
        {
          name: 'Incidents (CSV)',
          url: toAbsoluteUrl(DATA_FILES.incidentsCsv, dataset.siteUrl),
          encodingFormat: 'text/csv',
        },
        {
          name: 'Actors (JSON)',
          url: toAbsoluteUrl(DATA_FILES.actorsJson, dataset.siteUrl),
          encodingFormat: 'application/json',
        },
        {
          name: 'STIX 2.1 bundle',
          url: toAbsoluteUrl(DATA_FILES.stixBundle, dataset.siteUrl),
          encodingFormat: 'application/stix+json;version=2.1',
        },
      ],
    }),
  };
}
