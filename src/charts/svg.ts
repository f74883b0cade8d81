/**
 * Small string builders for chart SVG. Charts are rendered to strings at build time, so every
 * value that reaches the markup goes through here: text is XML-escaped and numbers get one fixed
 * format, which keeps the output byte-for-byte deterministic for the golden files.
 */

/** What every `renderXSvg` needs from the page: the accessible name, the description and an id prefix. */
export interface SvgRenderOptions {
  /** Accessible name, rendered as `<title>`. */
  title: string;
  /** Longer text alternative, rendered as `<desc>`; usually the model's `summary`. */
  desc: string;
  /** Prefix for element ids; must be unique on the page (two maps on one page need two prefixes). */
  idPrefix: string;
}

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type AttributeValue = string | number | boolean | undefined;

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in XML/HTML text nodes and double-quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}

/**
 * One decimal place is below what a screen can show at chart sizes, and it keeps the output small
 * and stable across platforms ("-0" would otherwise appear from rounding tiny negatives).
 */
export function formatCoordinate(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * Renders ` name="value"` pairs in the given order. `undefined` and `false` drop the attribute,
 * `true` writes it with an empty value; numbers go through formatCoordinate.
 */
export function renderAttributes(attributes: Record<string, AttributeValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    const text = value === true ? '' : typeof value === 'number' ? formatCoordinate(value) : escapeXml(value);
    out += ` ${name}="${text}"`;
  }
  return out;
}

/** `<tag attrs>children</tag>`, or a self-closing tag when there are no children. */
export function renderElement(
  tag: string,
  attributes: Record<string, AttributeValue>,
  children?: string,
): string {
  const attrs = renderAttributes(attributes);
  return children === undefined ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${children}</${tag}>`;
}

/** A `<text>` element; the content is escaped here so callers pass plain strings. */
export function renderText(text: string, attributes: Record<string, AttributeValue>): string {
  return renderElement('text', attributes, escapeXml(text));
}

/**
 * The centred "No incidents to show" line every chart draws when its selection is empty, or ''
 * when there is data. `dy` nudges the baseline where a chart's plot area needs it.
 */
export function renderEmptyMessage(
  isEmpty: boolean,
  area: { width: number; plot: { top: number; bottom: number } },
  dy = 0,
): string {
  if (!isEmpty) return '';
  return renderText('No incidents to show', {
    class: 'chart-empty',
    x: area.width / 2,
    y: (area.plot.top + area.plot.bottom) / 2 + dy,
    'text-anchor': 'middle',
  });
}

/**
 * Attributes for a mark that stands for data: the tooltip text always, and a tab stop only when
 * `focusable`. A focusable mark needs its own accessible name, hence the role and aria-label.
 */
export function getMarkAttributes(tip: string, focusable: boolean): Record<string, AttributeValue> {
  return focusable
    ? { 'data-tip': tip, tabindex: '0', role: 'graphics-symbol', 'aria-label': tip }
    : { 'data-tip': tip };
}

const ID_PREFIX_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Fails early on a prefix that would produce an invalid or colliding-looking id. */
export function assertIdPrefix(idPrefix: string): void {
  if (!ID_PREFIX_PATTERN.test(idPrefix)) {
    throw new Error(
      `Chart idPrefix must start with a letter and contain only letters, digits, "-" or "_": "${idPrefix}"`,
    );
  }
}

/**
 * A `<g>` with one child per line. Whitespace between SVG elements does not render, and it lets
 * the golden files diff mark by mark instead of as one very long line.
 */
export function renderGroup(attributes: Record<string, AttributeValue>, children: readonly string[]): string {
  return renderElement('g', attributes, children.length === 0 ? '' : `\n${children.join('\n')}\n`);
}

export interface SvgRootOptions extends SvgRenderOptions {
  width: number;
  height: number;
  /** Extra class for the chart kind, e.g. `chart-timeline`. */
  className: string;
  /** True when some mark has a tab stop (see renderSvgRoot). */
  hasFocusableMarks: boolean;
  /** `<defs>` content (patterns), already rendered. */
  defs?: string;
}

/**
 * The `<svg>` shell, sized by viewBox only so CSS decides the rendered size. `sections` are
 * rendered elements, one per line, in painting order; empty strings are skipped.
 *
 * The role is `img` for a static picture. When marks are focusable it is `graphics-document`,
 * because `img` makes its children presentational and a tab stop inside it is an accessibility
 * error (axe `nested-interactive`); the graphics roles are the ARIA way to expose chart marks.
 */
export function renderSvgRoot(options: SvgRootOptions, sections: readonly string[]): string {
  assertIdPrefix(options.idPrefix);
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  const attributes = renderAttributes({
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${formatCoordinate(options.width)} ${formatCoordinate(options.height)}`,
    class: `chart-svg ${options.className}`,
    role: options.hasFocusableMarks ? 'graphics-document' : 'img',
    'aria-labelledby': titleId,
    'aria-describedby': descId,
  });
  const lines = [
    renderElement('title', { id: titleId }, escapeXml(options.title)),
    renderElement('desc', { id: descId }, escapeXml(options.desc)),
    options.defs ? `<defs>${options.defs}</defs>` : '',
    ...sections,
  ].filter((line) => line !== '');
  return `<svg${attributes}>\n${lines.join('\n')}\n</svg>\n`;
}

/**
 * SVG text does not wrap, so long labels are cut at a character budget; the full text stays in
 * the tooltip and the data table.
 */
export function truncateLabel(text: string, maxChars: number): string {
  const characters = [...text];
  if (characters.length <= maxChars) return text;
  return `${characters
    .slice(0, Math.max(1, maxChars - 1))
    .join('')
    .trimEnd()}…`;
}

/** A rough width for laying out legends; 0.6em per character fits the sans-serif stack we use. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.6;
}

/** "1 incident", "3 incidents". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}
