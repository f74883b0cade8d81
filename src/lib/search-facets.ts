/**
 * What each page tells Pagefind: filter values (type, actor, country, sector, method, year,
 * status), sort keys and result metadata. Pure, so the facet vocabulary is tested in one place and
 * every page type uses the same names.
 */
import { getCountryName } from './countries.ts';
import type { IncidentSummary } from './incident-summary.ts';
import { formatUsd } from './money.ts';
import { formatPartialDate, getEarliestDay } from './partial-date.ts';

export type SearchFilterName =
  'type' | 'actor' | 'country' | 'sector' | 'method' | 'year' | 'status' | 'topic';

/** What the search page calls each filter. */
export const SEARCH_FILTER_LABELS: Record<SearchFilterName, string> = {
  type: 'Type',
  actor: 'Actor',
  country: 'Victim country',
  sector: 'Sector',
  method: 'Method',
  status: 'Status',
  year: 'Year',
  topic: 'Topic',
};

export interface SearchFacets {
  filters: Partial<Record<SearchFilterName, string[]>>;
  /**
   * Sort keys; Pagefind sorts strings, so dates are ISO days. Only `date`: every sort key adds a
   * permutation of all pages to the index metadata each search downloads (about 25 KB gzip at
   * 10,000 incidents), and sorting by amount is the explorer's job.
   */
  sort: Record<string, string>;
  meta: Record<string, string>;
}

export interface FacetLabels {
  actors: Record<string, string>;
  sectors: Record<string, string>;
  methods: Record<string, string>;
  topics: Record<string, string>;
}

const STATUS_LABELS: Record<IncidentSummary['status'], string> = {
  completed: 'Completed',
  attempted: 'Attempted',
  disrupted: 'Disrupted',
};

export function getIncidentFacets(summary: IncidentSummary, labels: FacetLabels): SearchFacets {
  const stolen = summary.usd.stolen;
  return {
    filters: {
      type: ['Incident'],
      actor: summary.actors.map((id) => labels.actors[id] ?? id),
      country: summary.countries.map(getCountryName),
      sector: summary.sectors.map((id) => labels.sectors[id] ?? id),
      method: summary.methods.map((id) => labels.methods[id] ?? id),
      year: [String(summary.year)],
      status: [STATUS_LABELS[summary.status]],
    },
    sort: { date: getEarliestDay(summary.start) },
    meta: {
      date: formatPartialDate(summary.start),
      ...(stolen !== undefined ? { usd: `${formatUsd(stolen)} stolen` } : {}),
    },
  };
}

export function getArticleFacets(
  article: { published: string; topics: readonly string[] },
  labels: FacetLabels,
): SearchFacets {
  return {
    filters: {
      type: ['Article'],
      topic: article.topics.map((id) => labels.topics[id] ?? id),
      year: [article.published.slice(0, 4)],
    },
    sort: { date: article.published },
    meta: { date: formatPartialDate(article.published) },
  };
}

/** An enforcement or response action: its own type, its year and the authority in the result line. */
export function getActionFacets(action: { date: string; kind: string }, authorityName: string): SearchFacets {
  return {
    filters: { type: ['Action'], year: [action.date.slice(0, 4)] },
    sort: { date: getEarliestDay(action.date) },
    meta: { date: formatPartialDate(action.date), authority: authorityName },
  };
}

/** A facilitator: found by name and aliases, which are in the page body. */
export function getFacilitatorFacets(facilitator: { country?: string | undefined }): SearchFacets {
  return {
    filters: {
      type: ['Facilitator'],
      ...(facilitator.country ? { country: [getCountryName(facilitator.country)] } : {}),
    },
    sort: {},
    meta: {},
  };
}

export function getProfileFacets(type: 'Actor' | 'Country' | 'Sector' | 'Method'): SearchFacets {
  return { filters: { type: [type] }, sort: {}, meta: {} };
}

/** One filter's values with how many indexed pages carry each, in the order a reader scans them. */
export interface FacetGroupTotals {
  name: SearchFilterName;
  values: Array<{ value: string; count: number }>;
}

/** Years newest first; every other filter alphabetical. */
function compareFacetValues(name: string, a: string, b: string): number {
  return name === 'year' ? b.localeCompare(a) : a.localeCompare(b);
}

/**
 * Counts every filter value over the facets of all indexed pages, as Pagefind's own totals would
 * (a page counts once per value it carries). The search page renders these at build time, so
 * opening it costs no filter download; groups come in `order`, empty ones left out.
 */
export function tallySearchFacets(
  pages: readonly SearchFacets[],
  order: readonly SearchFilterName[],
): FacetGroupTotals[] {
  const counts = new Map<SearchFilterName, Map<string, number>>();
  for (const { filters } of pages) {
    for (const [name, values] of Object.entries(filters) as Array<[SearchFilterName, string[]]>) {
      const byValue = counts.get(name) ?? new Map<string, number>();
      counts.set(name, byValue);
      for (const value of new Set(values)) byValue.set(value, (byValue.get(value) ?? 0) + 1);
    }
  }
  return order.flatMap((name) => {
    const byValue = counts.get(name);
    if (!byValue) return [];
    const values = [...byValue.keys()]
      .sort((a, b) => compareFacetValues(name, a, b))
      .map((value) => ({ value, count: byValue.get(value) ?? 0 }));
    return [{ name, values }];
  });
}
