/**
 * Loads Pagefind's browser API once, on first use. The index lives at /pagefind/ in the built site
 * (it is written after Vite bundles our code, so the import must stay a runtime URL).
 */
import { sitePath } from './base-path.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Counts per filter value for the current result set. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: PagefindSearchOptions) => Promise<PagefindSearchResponse>;
  debouncedSearch: (
    query: string | null,
    options?: PagefindSearchOptions,
    debounceMs?: number,
  ) => Promise<PagefindSearchResponse | null>;
  /** Loads what a search would need (index chunks, the named filters' files) without running it. */
  preload: (query: string | null, options?: PagefindSearchOptions) => Promise<void>;
}

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = sitePath('/pagefind/pagefind.js');
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Result URLs are site paths; Pagefind would guess the base from the bundle's URL, we say it.
    await pagefind.options({ excerptLength: 24, baseUrl: sitePath('/') });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
