/**
 * <search-page>: full-text search with facet checkboxes and live counts. State lives in the URL
 * (shareable; Back and Forward restore it). Without JavaScript the page explains what it needs and
 * offers the browse pages instead.
 */
import {
  formatSearchState,
  parseSearchState,
  SEARCH_FILTER_ORDER,
  type SearchState,
} from '../lib/search-url-state.ts';
import { loadPagefind, type PagefindFilters, type PagefindResult } from './pagefind-client.ts';

const PAGE_SIZE = 20;
const FILTER_LABELS: Record<string, string> = {
  type: 'Type',
  actor: 'Actor',
  country: 'Victim country',
  sector: 'Sector',
  method: 'Method',
  status: 'Status',
  year: 'Year',
  topic: 'Topic',
};

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
    await this.#search(state);
  }

  async #search(state: SearchState): Promise<void> {
    const run = ++this.#run;
    const pagefind = await loadPagefind();
    const filters: PagefindFilters = {};
    for (const [name, values] of Object.entries(state.filters)) filters[name] = { any: values };
    const hasFilters = Object.keys(filters).length > 0;
    // Every facet value with its total; the response's counts then say how many match now.
    const all = await pagefind.filters();
    if (!state.query && !hasFilters) {
      if (run !== this.#run) return;
      this.#renderFacets(all, all, state);
      this.#results = [];
      this.#list.replaceChildren();
      this.#more.hidden = true;
      this.#status.textContent =
        'Type a word, or choose filters, to search incidents, actors, countries and analysis.';
      return;
    }
    const response = await pagefind.search(state.query || null, {
      filters,
      ...(state.query ? {} : { sort: { date: 'desc' as const } }),
    });
    if (run !== this.#run) return;
    this.#renderFacets(all, response.filters, state);
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

  #renderFacets(
    totals: Record<string, Record<string, number>>,
    current: Record<string, Record<string, number>>,
    state: SearchState,
  ): void {
    const groups = SEARCH_FILTER_ORDER.filter((name) => Object.keys(totals[name] ?? {}).length > 0).map(
      (name) => {
        const fieldset = document.createElement('fieldset');
        const legend = document.createElement('legend');
        legend.textContent = FILTER_LABELS[name] ?? name;
        fieldset.append(legend);
        const values = Object.keys(totals[name] ?? {}).sort((a, b) =>
          name === 'year' ? b.localeCompare(a) : a.localeCompare(b),
        );
        for (const value of values) {
          const label = document.createElement('label');
          const box = document.createElement('input');
          box.type = 'checkbox';
          box.name = name;
          box.value = value;
          box.checked = state.filters[name]?.includes(value) ?? false;
          const count = current[name]?.[value] ?? 0;
          label.append(box, ` ${value} `);
          const badge = document.createElement('span');
          badge.className = 'search-facet__count';
          badge.textContent = `(${count})`;
          label.append(badge);
          fieldset.append(label);
        }
        return fieldset;
      },
    );
    const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement : null;
    const focusKey = focused && this.#facets.contains(focused) ? `${focused.name}=${focused.value}` : null;
    this.#facets.replaceChildren(...groups);
    if (focusKey) {
      const [name, value] = focusKey.split('=');
      [...this.#facets.querySelectorAll<HTMLInputElement>('input')]
        .find((i) => i.name === name && i.value === value)
        ?.focus();
    }
  }
}

customElements.define('search-page', SearchPage);
