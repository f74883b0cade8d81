/**
 * The search page's state as a URL query: `?q=ronin&type=Incident&country=Vietnam`. Pure, so the
 * round trip (state → URL → state) is unit-tested and the Back button restores exactly what was shown.
 */

export const SEARCH_FILTER_ORDER = [
  'type',
  'actor',
  'country',
  'sector',
  'method',
  'status',
  'year',
  'topic',
] as const;

export interface SearchState {
  query: string;
  /** Selected values per filter name; a name with no values is absent. */
  filters: Record<string, string[]>;
}

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: Record<string, string[]> = {};
  for (const name of SEARCH_FILTER_ORDER) {
    const values = params.getAll(name).filter((value) => value !== '');
    if (values.length > 0) filters[name] = [...new Set(values)].sort();
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

export function formatSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of SEARCH_FILTER_ORDER) {
    for (const value of [...(state.filters[name] ?? [])].sort()) params.append(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
