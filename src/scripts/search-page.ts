/**
 * <search-page>: full-text search with facet checkboxes and live counts. State lives in the URL
 * (shareable; Back and Forward restore it). Without JavaScript the page explains what it needs and
 * offers the browse pages instead.
 *
 * The facet groups arrive in the HTML with their site-wide totals. Pagefind loads on the first
 * search, and a group's filter file (tens of KB each at 10,000 incidents) only when that group is
 * open or in use: counts for the current results are shown for those groups alone.
 */
import { formatSearchState, parseSearchState, type SearchState } from '../lib/search-url-state.ts';
import { loadPagefind, type PagefindFilters, type PagefindResult } from './pagefind-client.ts';

/** Ten at a time: each result's fragment is a download of its own (about 1.4 KB gzip). */
const PAGE_SIZE = 10;

class SearchPage extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #facets!: HTMLElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #results: PagefindResult[] = [];
  #shown = 0;
  #run = 0;
  /** Filter names whose Pagefind filter file has been requested. */
  #loadedFilters = new Set<string>();

  connectedCallback(): void {
    const get = <T extends Element>(selector: string): T => {
      const found = this.querySelector<T>(selector);
      if (!found) throw new Error(`search-page: missing ${selector}`);
      return found;
    };
    this.#form = get('form');
    this.#input = get('input[name="q"]');
    this.#facets = get('.search-facets');
    this.#status = get('.search-status');
    this.#list = get('.search-results');
    this.#more = get('.search-more');
    get<HTMLElement>('.search-needs-js').hidden = true;
    get<HTMLElement>('.search-layout').hidden = false;

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#commit('push');
    });
    this.#input.addEventListener('input', () => this.#commit('replace'));
    this.#facets.addEventListener('change', () => this.#commit('push'));
    // `toggle` does not bubble; a capturing listener hears every group.
    this.#facets.addEventListener(
      'toggle',
      (event) => {
        if (event.target instanceof HTMLDetailsElement && event.target.open) void this.#refreshCounts();
      },
      true,
    );
    this.#more.addEventListener('click', () => void this.#showMore());
    window.addEventListener('popstate', () => void this.#restore());
    void this.#restore();
  }

  #readState(): SearchState {
    const filters: Record<string, string[]> = {};
    for (const box of this.#facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (filters[box.name] ??= []).push(box.value);
    }
    return { query: this.#input.value.trim(), filters };
  }

  #commit(mode: 'push' | 'replace'): void {
    const state = this.#readState();
    const url = `${location.pathname}${formatSearchState(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void this.#search(state);
  }

  async #restore(): Promise<void> {
    const state = parseSearchState(location.search);
    this.#input.value = state.query;
    for (const box of this.#checkboxes()) {
      box.checked = state.filters[box.name]?.includes(box.value) ?? false;
      // A group in use is shown open, so the reader sees why the results are narrowed.
      if (box.checked) box.closest('details')?.setAttribute('open', '');
    }
    await this.#search(state);
  }

  #checkboxes(): NodeListOf<HTMLInputElement> {
    return this.#facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
  }

  /** Groups whose counts the reader can see or is using. */
  #wantedFilters(state: SearchState): string[] {
    const open = [...this.#facets.querySelectorAll<HTMLElement>('details[open][data-facet]')].map(
      (group) => group.dataset['facet'] ?? '',
    );
    return [...new Set([...open, ...Object.keys(state.filters)])].filter(Boolean);
  }

  /**
   * Fetches the filter files of `names` not loaded yet. An empty `any` list selects nothing but
   * makes Pagefind load that filter's file, after which every search reports its counts.
   */
  async #loadFilters(names: readonly string[]): Promise<void> {
    const missing = names.filter((name) => !this.#loadedFilters.has(name));
    if (missing.length === 0) return;
    const pagefind = await loadPagefind();
    await pagefind.preload(null, {
      filters: Object.fromEntries(missing.map((name) => [name, { any: [] }])),
    });
    for (const name of missing) this.#loadedFilters.add(name);
  }

  async #refreshCounts(): Promise<void> {
    const state = this.#readState();
    if (!state.query && Object.keys(state.filters).length === 0) return;
    const run = this.#run;
    this.#setBusy(true);
    const response = await this.#runSearch(state);
    if (run !== this.#run) return;
    this.#renderCounts(response.filters);
  }

  async #runSearch(state: SearchState) {
    const pagefind = await loadPagefind();
    await this.#loadFilters(this.#wantedFilters(state));
    const filters: PagefindFilters = {};
    for (const [name, values] of Object.entries(state.filters)) filters[name] = { any: values };
    return pagefind.search(state.query || null, {
      filters,
      ...(state.query ? {} : { sort: { date: 'desc' as const } }),
    });
  }

  async #search(state: SearchState): Promise<void> {
    const run = ++this.#run;
    if (!state.query && Object.keys(state.filters).length === 0) {
      // Nothing asked yet: the built-in totals stand, and Pagefind need not load at all.
      this.#renderCounts({});
      this.#results = [];
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent =
        'Type a word, or choose filters, to search incidents, actors, countries and analysis.';
      return;
    }
    this.#setBusy(true);
    const response = await this.#runSearch(state);
    if (run !== this.#run) return;
    this.#renderCounts(response.filters);
    this.#results = response.results;
    this.#shown = 0;
    this.#list.replaceChildren();
    const count = response.results.length;
    const what = state.query ? ` for “${state.query}”` : '';
    this.#status.textContent = `${count} ${count === 1 ? 'result' : 'results'}${what}`;
    await this.#showMore();
  }

  async #showMore(): Promise<void> {
    const run = this.#run;
    const next = this.#results.slice(this.#shown, this.#shown + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (run !== this.#run) return;
    for (const result of data) {
      const item = document.createElement('li');
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta['title'] ?? result.url;
      heading.append(link);
      const detail = document.createElement('p');
      detail.className = 'search-result__meta';
      detail.textContent = [result.filters['type']?.[0], result.meta['date'], result.meta['usd']]
        .filter(Boolean)
        .join(' · ');
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is its own escaped text with <mark> around matches.
      excerpt.innerHTML = result.excerpt;
      item.append(heading, detail, excerpt);
      this.#list.append(item);
    }
    this.#shown += next.length;
    this.#more.hidden = this.#shown >= this.#results.length;
  }

  #setBusy(busy: boolean): void {
    for (const fieldset of this.#facets.querySelectorAll('fieldset')) {
      if (busy) fieldset.setAttribute('aria-busy', 'true');
      else fieldset.removeAttribute('aria-busy');
    }
  }

  /**
   * Counts for the current results where Pagefind has them (open or used groups); elsewhere the
   * site-wide totals from the HTML, in closed groups nobody is reading.
   */
  #renderCounts(current: Record<string, Record<string, number>>): void {
    for (const box of this.#checkboxes()) {
      const badge = box.parentElement?.querySelector<HTMLElement>('.search-facet__count');
      if (!badge) continue;
      const count = current[box.name]?.[box.value] ?? (current[box.name] ? 0 : badge.dataset['total']);
      badge.textContent = `(${count ?? 0})`;
    }
    // Says which counts a group shows: for these results, or across the whole site.
    for (const group of this.#facets.querySelectorAll<HTMLElement>('details[data-facet]')) {
      group.dataset['counts'] = current[group.dataset['facet'] ?? ''] ? 'results' : 'site';
    }
    this.#setBusy(false);
  }
}

customElements.define('search-page', SearchPage);
