/**
 * How many incidents an aggregate page (an actor, a country, a sector, a method) lists. At 10,000
 * records one actor has thousands of incidents: a table of them all made pages of megabytes that
 * nobody reads. Such a page lists the newest ones and links to the explorer, filtered to the same
 * incidents, which pages through all of them (and sorts and narrows them further).
 */
import { formatExplorerQuery, type ExplorerQuery } from './explorer/explorer-query.ts';

/** Rows an aggregate page shows before it links to the explorer for the rest. */
export const INCIDENT_TABLE_LIMIT = 50;

/** The explorer filter that selects the same incidents as the page, e.g. `{ actor: 'apt38' }`. */
export type ExplorerFilter = Pick<ExplorerQuery, 'actor' | 'country' | 'sector' | 'method'>;

export interface LimitedIncidentRows<T> {
  /** The rows to show: the first `limit`, in the order given (newest first). */
  rows: T[];
  /** How many incidents the page has in all. */
  total: number;
  /** The explorer filtered to this page's incidents; undefined when every row is shown. */
  moreHref: string | undefined;
}

/**
 * The first `limit` incidents and, when some are left out, the link to all of them. Without a
 * filter (the explorer's own pages, the home page's recent list) nothing is cut.
 */
export function limitIncidentRows<T>(
  incidents: readonly T[],
  filter: ExplorerFilter | undefined,
  limit: number = INCIDENT_TABLE_LIMIT,
): LimitedIncidentRows<T> {
  if (!filter || incidents.length <= limit)
    return { rows: [...incidents], total: incidents.length, moreHref: undefined };
  return {
    rows: incidents.slice(0, limit),
    total: incidents.length,
    moreHref: `/incidents/${formatExplorerQuery({ ...filter, sort: 'date-desc' })}`,
  };
}
