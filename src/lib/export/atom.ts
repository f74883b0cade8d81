/**
 * Atom 1.0 (RFC 4287) serialisation. Every text is XML-escaped, characters XML 1.0 forbids are
 * dropped, and every date is a content date turned into an RFC 3339 timestamp, never the clock.
 */

export interface AtomLink {
  href: string;
  rel?: 'alternate' | 'self' | 'related';
  type?: string;
}

export interface AtomEntry {
  /** Permanent IRI; we use the record's permalink. */
  id: string;
  title: string;
  links: AtomLink[];
  /** `YYYY-MM-DD` */
  updated: string;
  published?: string | undefined;
  authors?: readonly string[] | undefined;
  summary: string;
  categories?: ReadonlyArray<{ term: string; label?: string }> | undefined;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  alternateUrl: string;
  /** `YYYY-MM-DD`: the latest entry date, from content. */
  updated: string;
  author: { name: string; uri: string };
  rights: string;
  language: string;
  entries: readonly AtomEntry[];
}

// XML 1.0 §2.2: tab, LF, CR and the Unicode ranges below; anything else makes the document invalid.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** RFC 3339 date-time for a content day (midnight UTC). */
export function toAtomDate(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not a YYYY-MM-DD day: "${day}"`);
  return `${day}T00:00:00Z`;
}

function renderLink(link: AtomLink): string {
  const rel = link.rel ?? 'alternate';
  const type = link.type ? ` type="${escapeXml(link.type)}"` : '';
  return `<link rel="${rel}"${type} href="${escapeXml(link.href)}"/>`;
}

function renderEntry(entry: AtomEntry): string {
  const lines = [
    '  <entry>',
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <title>${escapeXml(entry.title)}</title>`,
    ...entry.links.map((link) => `    ${renderLink(link)}`),
    ...(entry.published ? [`    <published>${toAtomDate(entry.published)}</published>`] : []),
    `    <updated>${toAtomDate(entry.updated)}</updated>`,
    ...(entry.authors ?? []).map((name) => `    <author><name>${escapeXml(name)}</name></author>`),
    `    <summary>${escapeXml(entry.summary)}</summary>`,
    ...(entry.categories ?? []).map(
      (c) => `    <category term="${escapeXml(c.term)}"${c.label ? ` label="${escapeXml(c.label)}"` : ''}/>`,
    ),
    '  </entry>',
  ];
  return lines.join('\n');
}

export function renderAtomFeed(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  ${renderLink({ rel: 'self', type: 'application/atom+xml', href: feed.selfUrl })}`,
    `  ${renderLink({ rel: 'alternate', type: 'text/html', href: feed.alternateUrl })}`,
    `  <updated>${toAtomDate(feed.updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author.name)}</name><uri>${escapeXml(feed.author.uri)}</uri></author>`,
    `  <rights>${escapeXml(feed.rights)}</rights>`,
    ...feed.entries.map(renderEntry),
    '</feed>',
    '',
  ].join('\n');
}
