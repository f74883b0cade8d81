/**
 * <site-search>: the header search. Without JavaScript it is a link to /search/. With it, the
 * server-rendered form is revealed; Pagefind loads only when the reader shows intent (focus or the
 * "/" key), and results form an ARIA combobox listbox navigable with the arrow keys.
 */
import { loadPagefind, type PagefindResultData } from './pagefind-client.ts';
import { sitePath } from './base-path.ts';

const MAX_RESULTS = 6;

class SiteSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #list!: HTMLUListElement;
  #active = -1;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    const list = this.querySelector('ul');
    if (!form || !input || !list) return;
    this.#input = input;
    this.#list = list;
    form.hidden = false;
    this.querySelector('.site-search__link')?.setAttribute('hidden', '');
    input.addEventListener('focus', () => void loadPagefind(), { once: true });
    input.addEventListener('input', () => void this.#search());
    input.addEventListener('keydown', (event) => this.#onKey(event));
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) this.#close();
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      input.focus();
    });
  }

  async #search(): Promise<void> {
    const query = this.#input.value.trim();
    if (query === '') return this.#close();
    const pagefind = await loadPagefind();
    const response = await pagefind.debouncedSearch(query, {}, 150);
    if (!response || query !== this.#input.value.trim()) return;
    const results = await Promise.all(response.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    this.#render(query, results, response.results.length);
  }

  #render(query: string, results: PagefindResultData[], total: number): void {
    this.#list.replaceChildren();
    results.forEach((result, index) => {
      const detail = [result.filters['type']?.[0], result.meta['date']].filter(Boolean).join(' · ');
      this.#list.append(this.#option(index, result.url, result.meta['title'] ?? result.url, detail));
    });
    const summary = total === 0 ? `No results for “${query}”` : `All ${total} results for “${query}”`;
    this.#list.append(
      this.#option(results.length, sitePath(`/search/?q=${encodeURIComponent(query)}`), summary, ''),
    );
    this.#active = -1;
    this.#list.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
    this.#input.removeAttribute('aria-activedescendant');
  }

  #option(index: number, href: string, title: string, detail: string): HTMLLIElement {
    const item = document.createElement('li');
    item.id = `site-search-option-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    const link = document.createElement('a');
    link.href = href;
    link.tabIndex = -1;
    link.textContent = title;
    item.append(link);
    if (detail) {
      const small = document.createElement('span');
      small.textContent = detail;
      item.append(small);
    }
    return item;
  }

  #onKey(event: KeyboardEvent): void {
    const options = [...this.#list.querySelectorAll<HTMLLIElement>('[role="option"]')];
    if (event.key === 'Escape') {
      if (this.#list.hidden) this.#input.value = '';
      this.#close();
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.#active = (this.#active + step + options.length) % options.length;
      options.forEach((option, index) =>
        option.setAttribute('aria-selected', String(index === this.#active)),
      );
      const active = options[this.#active];
      if (active) {
        this.#input.setAttribute('aria-activedescendant', active.id);
        active.scrollIntoView({ block: 'nearest' });
      }
      return;
    }
    if (event.key === 'Enter' && this.#active >= 0) {
      const href = options[this.#active]?.querySelector('a')?.href;
      if (href) {
        event.preventDefault();
        window.location.assign(href);
      }
    }
  }

  #close(): void {
    this.#list.hidden = true;
    this.#active = -1;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
  }
}

customElements.define('site-search', SiteSearch);
