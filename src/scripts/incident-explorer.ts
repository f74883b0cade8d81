/**
 * <incident-explorer>: filters, sorting, a live count and USD total over every incident, with the
 * state in the URL. The server-rendered, paginated table is the baseline; this element reveals the
 * filter form and, on the first sign of intent (or when the URL already holds filters), fetches the
 * compact index and re-renders the table body from it.
 */
import type { ExplorerIndex, ExplorerRow } from '../lib/explorer/explorer-index.ts';
import {
  filterExplorerRows,
  formatExplorerQuery,
  isFiltered,
  parseExplorerQuery,
  summarizeExplorerRows,
  type ExplorerQuery,
} from '../lib/explorer/explorer-query.ts';
import { formatUsd, formatUsdRange } from '../lib/money.ts';
import { formatPartialDateShort } from '../lib/partial-date.ts';
import { sitePath } from './base-path.ts';

const ROWS_PER_STEP = 100;
const STATUS_LABELS = ['Completed', 'Attempted', 'Disrupted'];

class IncidentExplorer extends HTMLElement {
  #form!: HTMLFormElement;
  #summary!: HTMLElement;
  #body!: HTMLTableSectionElement;
  #more!: HTMLButtonElement;
  #index: Promise<ExplorerIndex> | undefined;
  #rows: ExplorerRow[] = [];
  #shown = 0;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form.explorer-filters');
    const summary = this.querySelector<HTMLElement>('.explorer-summary');
    const body = this.querySelector<HTMLTableSectionElement>('tbody');
    const more = this.querySelector<HTMLButtonElement>('.explorer-more');
    if (!form || !summary || !body || !more) return;
    [this.#form, this.#summary, this.#body, this.#more] = [form, summary, body, more];
    form.hidden = false;
    this.querySelector('.explorer-browse')?.setAttribute('hidden', '');
    form.addEventListener('focusin', () => void this.#loadIndex(), { once: true });
    form.addEventListener('change', () => void this.#apply('push'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#apply('push');
    });
    form.addEventListener('reset', () => setTimeout(() => void this.#apply('push')));
    more.addEventListener('click', () => this.#renderMore());
    window.addEventListener('popstate', () => void this.#restore());
    if (location.search) void this.#restore();
  }

  #loadIndex(): Promise<ExplorerIndex> {
    this.#index ??= fetch(this.dataset['index'] ?? sitePath('/incidents/explorer.json')).then((response) => {
      if (!response.ok) throw new Error(`explorer index: HTTP ${response.status}`);
      return response.json() as Promise<ExplorerIndex>;
    });
    return this.#index;
  }

  #readForm(): ExplorerQuery {
    return parseExplorerQuery(
      new URLSearchParams(new FormData(this.#form) as unknown as Record<string, string>).toString(),
    );
  }

  #writeForm(query: ExplorerQuery): void {
    for (const element of this.#form.querySelectorAll<HTMLSelectElement>('select')) {
      const value = query[element.name as keyof ExplorerQuery];
      element.value = value === undefined ? (element.name === 'sort' ? 'date-desc' : '') : String(value);
    }
  }

  async #restore(): Promise<void> {
    this.#writeForm(parseExplorerQuery(location.search));
    await this.#apply(null);
  }

  async #apply(history: 'push' | null): Promise<void> {
    const query = this.#readForm();
    if (history) {
      const url = `${location.pathname}${formatExplorerQuery(query)}`;
      if (url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url);
    }
    const index = await this.#loadIndex();
    this.#rows = filterExplorerRows(index, query);
    const { count, usdStolen } = summarizeExplorerRows(this.#rows);
    const scope = isFiltered(query) ? 'matching' : 'in the record';
    this.#summary.textContent = `${count} ${count === 1 ? 'incident' : 'incidents'} ${scope} · ${formatUsd(usdStolen)} stolen (USD at the time)`;
    this.#summary.dataset['count'] = String(count);
    this.#summary.dataset['usd'] = String(usdStolen);
    this.querySelector('.explorer-pages')?.setAttribute('hidden', '');
    this.#body.replaceChildren();
    this.#shown = 0;
    this.#renderMore(index);
  }

  #renderMore(index?: ExplorerIndex): void {
    void (index ? Promise.resolve(index) : this.#loadIndex()).then((loaded) => {
      const next = this.#rows.slice(this.#shown, this.#shown + ROWS_PER_STEP);
      this.#body.append(...next.map((row) => this.#renderRow(loaded, row)));
      this.#shown += next.length;
      this.#more.hidden = this.#shown >= this.#rows.length;
      this.#more.textContent = `Show ${Math.min(ROWS_PER_STEP, this.#rows.length - this.#shown)} more`;
    });
  }

  #renderRow(index: ExplorerIndex, row: ExplorerRow): HTMLTableRowElement {
    const [id, title, start, victim, status, actors, countries, , , stolen, stolenHigh] = row;
    const tr = document.createElement('tr');
    tr.dataset['incident'] = id;
    const cell = (tag: 'td' | 'th', ...children: Array<Node | string>) => {
      const element = document.createElement(tag);
      element.append(...children);
      tr.append(element);
      return element;
    };
    const link = (href: string, text: string) => {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = text;
      return a;
    };
    const links = (items: Array<[string, string]>, empty: string) =>
      items.length === 0
        ? [empty]
        : items.flatMap(([href, text], i) => (i > 0 ? [', ', link(href, text)] : [link(href, text)]));
    const time = document.createElement('time');
    time.dateTime = start;
    time.textContent = formatPartialDateShort(start);
    cell('td', time);
    cell('th', link(sitePath(`/incidents/${id}/`), title)).setAttribute('scope', 'row');
    cell('td', victim);
    const lookup = (table: ExplorerIndex['countries'], position: number): [string, string] =>
      table[position] ?? ['', ''];
    const countryLinks = countries
      .map((i) => lookup(index.countries, i))
      .map(([code, name]): [string, string] => [sitePath(`/countries/${code.toLowerCase()}/`), name]);
    const actorLinks = actors
      .map((i) => lookup(index.actors, i))
      .map(([actor, name]): [string, string] => [sitePath(`/actors/${actor}/`), name]);
    cell('td', ...links(countryLinks, ''));
    cell('td', ...links(actorLinks, 'Unattributed'));
    const badge = document.createElement('span');
    const statusName = ['completed', 'attempted', 'disrupted'][status] ?? 'completed';
    badge.className = `status status--${statusName}`;
    badge.textContent = STATUS_LABELS[status] ?? '';
    cell('td', badge);
    const usd = cell('td', stolen === null ? '—' : formatUsdRange(stolen, stolenHigh ?? undefined));
    usd.className = 'num';
    return tr;
  }
}

customElements.define('incident-explorer', IncidentExplorer);
