/**
 * Explorer filters and sort as URL state, and the filtering itself. Pure and shared by the browser
 * element and the tests, so what a shared link shows is exactly what the tests check.
 */
import { comparePartialDates, getYear } from '../partial-date.ts';
import type { ExplorerIndex, ExplorerRow } from './explorer-index.ts';
import { STATUSES } from './explorer-statuses.ts';

export const SORTS = ['date-desc', 'date-asc', 'amount-desc', 'amount-asc'] as const;
export type ExplorerSort = (typeof SORTS)[number];

export interface ExplorerQuery {
  actor?: string;
  country?: string;
  sector?: string;
  method?: string;
  status?: (typeof STATUSES)[number];
  from?: number;
  to?: number;
  sort: ExplorerSort;
}

const TEXT_KEYS = ['actor', 'country', 'sector', 'method'] as const;

export function parseExplorerQuery(search: string): ExplorerQuery {
  const params = new URLSearchParams(search);
  const query: ExplorerQuery = { sort: 'date-desc' };
  for (const key of TEXT_KEYS) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  const status = params.get('status');
  if (status && (STATUSES as readonly string[]).includes(status))
    query.status = status as ExplorerQuery['status'] & string;
  for (const key of ['from', 'to'] as const) {
    const year = Number(params.get(key));
    if (Number.isInteger(year) && year >= 1000 && year <= 9999) query[key] = year;
  }
  const sort = params.get('sort');
  if (sort && (SORTS as readonly string[]).includes(sort)) query.sort = sort as ExplorerSort;
  return query;
}

export function formatExplorerQuery(query: ExplorerQuery): string {
  const params = new URLSearchParams();
  for (const key of [...TEXT_KEYS, 'status', 'from', 'to'] as const) {
    const value = query[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (query.sort !== 'date-desc') params.set('sort', query.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function isFiltered(query: ExplorerQuery): boolean {
  return formatExplorerQuery({ ...query, sort: 'date-desc' }) !== '';
}

function positionOf(lookup: ExplorerIndex['actors'], id: string | undefined): number | undefined {
  if (id === undefined) return undefined;
  return lookup.findIndex(([key]) => key === id);
}

/** Rows matching every filter, in the requested order. An unknown id matches nothing. */
export function filterExplorerRows(index: ExplorerIndex, query: ExplorerQuery): ExplorerRow[] {
  const actor = positionOf(index.actors, query.actor);
  const country = positionOf(index.countries, query.country);
  const sector = positionOf(index.sectors, query.sector);
  const method = positionOf(index.methods, query.method);
  const status = query.status ? STATUSES.indexOf(query.status) : undefined;
  const rows = index.rows.filter((row) => {
    const year = getYear(row[2]);
    return (
      (actor === undefined || row[5].includes(actor)) &&
      (country === undefined || row[6].includes(country)) &&
      (sector === undefined || row[7].includes(sector)) &&
      (method === undefined || row[8].includes(method)) &&
      (status === undefined || row[4] === status) &&
      (query.from === undefined || year >= query.from) &&
      (query.to === undefined || year <= query.to)
    );
  });
  const byDate = (a: ExplorerRow, b: ExplorerRow) =>
    comparePartialDates(a[2], b[2]) || a[0].localeCompare(b[0]);
  // Unknown amounts sort last in both directions: they are not zero, just not known.
  const byAmount = (a: ExplorerRow, b: ExplorerRow, direction: 1 | -1) => {
    if (a[9] === null || b[9] === null)
      return (a[9] === null ? 1 : 0) - (b[9] === null ? 1 : 0) || byDate(b, a);
    return direction * (a[9] - b[9]) || byDate(b, a);
  };
  const sorters: Record<ExplorerSort, (a: ExplorerRow, b: ExplorerRow) => number> = {
    'date-desc': (a, b) => byDate(b, a),
    'date-asc': byDate,
    'amount-desc': (a, b) => byAmount(a, b, -1),
    'amount-asc': (a, b) => byAmount(a, b, 1),
  };
  return rows.sort(sorters[query.sort]);
}

/** Count and USD total (low ends of ranges) of a result set. */
export function summarizeExplorerRows(rows: readonly ExplorerRow[]): { count: number; usdStolen: number } {
  return { count: rows.length, usdStolen: rows.reduce((total, row) => total + (row[9] ?? 0), 0) };
}
