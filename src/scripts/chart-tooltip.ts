/**
 * <chart-tooltip>: wraps a chart figure and shows the `data-tip` text of the mark under the
 * pointer or with keyboard focus. It only enhances: every value is also in the SVG's aria labels
 * and in the figure's data table, so the chart reads the same with this script blocked.
 *
 * Kept tiny on purpose (it ships inline on every page with a chart). Motion is CSS-only and
 * switched off under prefers-reduced-motion in src/styles/charts.css.
 */
const GAP = 8;

class ChartTooltip extends HTMLElement {
  #tip = document.createElement('div');

  connectedCallback(): void {
    // Screen readers already get the mark's aria-label; the bubble is visual only.
    this.#tip.className = 'chart-tip';
    this.#tip.setAttribute('aria-hidden', 'true');
    this.append(this.#tip);
    // Listeners are stable instance fields, so a re-connect does not add them twice.
    this.addEventListener('pointerover', this.#onPointer);
    this.addEventListener('pointermove', this.#onPointer);
    this.addEventListener('pointerleave', this.#hide);
    this.addEventListener('focusin', this.#onFocus);
    this.addEventListener('focusout', this.#hide);
    // On the document: Escape must also dismiss a bubble opened by hovering, when focus is elsewhere.
    document.addEventListener('keydown', this.#onKey);
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onKey);
  }

  #onPointer = (event: PointerEvent): void => {
    const target = event.target as Element;
    // Staying on the bubble keeps it open, so it can be read with a magnifier (WCAG 1.4.13).
    if (this.#tip.contains(target)) return;
    const mark = target.closest('[data-tip]');
    if (mark) this.#show(mark, event.clientX, event.clientY);
    else this.#hide();
  };

  #onFocus = (event: FocusEvent): void => {
    const mark = (event.target as Element).closest('[data-tip]');
    if (!mark) return;
    const box = mark.getBoundingClientRect();
    this.#show(mark, box.left + box.width / 2, box.top);
  };

  #onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.#hide();
  };

  #show(mark: Element, clientX: number, clientY: number): void {
    const tip = this.#tip;
    tip.textContent = mark.getAttribute('data-tip');
    const host = this.getBoundingClientRect();
    const half = tip.offsetWidth / 2;
    const x = Math.min(Math.max(clientX - host.left, half), host.width - half);
    const y = clientY - host.top;
    // Above the point when there is room, otherwise below it.
    const up = y > tip.offsetHeight + GAP;
    tip.style.transform = `translate(${x - half}px,${up ? y - tip.offsetHeight - GAP : y + 2 * GAP}px)`;
    tip.toggleAttribute('data-visible', true);
  }

  #hide = (): void => {
    this.#tip.removeAttribute('data-visible');
  };
}

if (!customElements.get('chart-tooltip')) customElements.define('chart-tooltip', ChartTooltip);
