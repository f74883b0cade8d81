/**
 * schema.org JSON-LD for search engines and citation tools.
 *
 * - Articles are `Article`s.
 * - An incident page is a `CreativeWork` (our sourced record, part of the Dataset) whose `about`
 *   is an `Event` with its dates and the victims' countries. Marking the page itself up as an
 *   Event would invite "event" rich results (tickets, venues) that make no sense for a bank heist;
 *   as the subject of a record the Event still says what happened, when and where.
 * - /data/ is a `Dataset` with its downloads as `DataDownload`s.
 */
import type { Source } from '../../schemas/source.ts';
import { DATA_LICENSE } from './export-meta.ts';
import { toAbsoluteUrl } from './permalinks.ts';

export type JsonLd = Record<string, unknown>;

/**
 * JSON for an inline <script type="application/ld+json">: `<`, `>`, `&` and the two Unicode line
 * separators are escaped so no value can close the script element or break older parsers.
 */
export function serializeJsonLd(value: JsonLd): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

interface Site {
  siteName: string;
  siteUrl: string;
}

function organization(site: Site): JsonLd {
  return { '@type': 'Organization', name: site.siteName, url: toAbsoluteUrl('/', site.siteUrl) };
}

function citations(sources: readonly Source[]): JsonLd[] | undefined {
  if (sources.length === 0) return undefined;
  return sources.map((source) => ({
    '@type': 'CreativeWork',
    name: source.title,
    url: source.url,
    datePublished: source.date,
    publisher: { '@type': 'Organization', name: source.publisher },
  }));
}

function withoutUndefined(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

export interface ArticleJsonLdInput extends Site {
  url: string;
  title: string;
  description: string;
  published: string;
  modified: string;
  authors: ReadonlyArray<{ name: string; url: string }>;
  sources: readonly Source[];
}

export function buildArticleJsonLd(input: ArticleJsonLdInput): JsonLd {
  return withoutUndefined({
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': input.url,
    url: input.url,
    mainEntityOfPage: input.url,
    headline: input.title,
    description: input.description,
    inLanguage: 'en',
    datePublished: input.published,
    dateModified: input.modified,
    // A house byline (it names the site) is an organisation; anyone else is a person.
    author: input.authors.map((author) => ({
      '@type': author.name.includes(input.siteName) ? 'Organization' : 'Person',
      name: author.name,
      url: author.url,
    })),
    publisher: organization(input),
    isPartOf: { '@type': 'WebSite', name: input.siteName, url: toAbsoluteUrl('/', input.siteUrl) },
    citation: citations(input.sources),
  });
}

export interface IncidentJsonLdInput extends Site {
  url: string;
  jsonUrl: string;
  dataPageUrl: string;
  title: string;
  summary: string;
  start: string;
  end?: string | undefined;
  countryNames: readonly string[];
  created: string;
  modified: string;
  sources: readonly Source[];
}

export function buildIncidentJsonLd(input: IncidentJsonLdInput): JsonLd {
  return withoutUndefined({
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': input.url,
    url: input.url,
    name: input.title,
    headline: input.title,
    description: input.summary,
    inLanguage: 'en',
    dateCreated: input.created,
    dateModified: input.modified,
    license: DATA_LICENSE.url,
    publisher: organization(input),
    isPartOf: { '@type': 'Dataset', name: `${input.siteName} dataset`, url: input.dataPageUrl },
    encoding: { '@type': 'MediaObject', encodingFormat: 'application/json', contentUrl: input.jsonUrl },
    about: withoutUndefined({
      '@type': 'Event',
      name: input.title,
      description: input.summary,
      startDate: input.start,
      endDate: input.end,
      location: input.countryNames.map((name) => ({ '@type': 'Country', name })),
    }),
    citation: citations(input.sources),
  });
}

export interface DatasetJsonLdInput extends Site {
  url: string;
  name: string;
  description: string;
  modified: string;
  /** `start/end` as ISO 8601 partial dates, e.g. "2013-03/2025-02". */
  temporalCoverage: string;
  version: string;
  keywords: readonly string[];
  downloads: ReadonlyArray<{ name: string; url: string; encodingFormat: string }>;
}

export function buildDatasetJsonLd(input: DatasetJsonLdInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: 'en',
    license: DATA_LICENSE.url,
    isAccessibleForFree: true,
    creator: organization(input),
    publisher: organization(input),
    dateModified: input.modified,
    temporalCoverage: input.temporalCoverage,
    version: input.version,
    keywords: [...input.keywords],
    distribution: input.downloads.map((download) => ({
      '@type': 'DataDownload',
      name: download.name,
      contentUrl: download.url,
      encodingFormat: download.encodingFormat,
    })),
  };
}
