/**
 * Ids and file names for new records. A record's file name is its permanent id and URL, so these
 * rules decide what an author commits: lower-case ASCII words joined by hyphens, short enough to
 * read in a link, optionally prefixed by the YYYY-MM the record is filed under.
 */

/** Longest slug we generate; longer titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 60;

/**
 * "Bybit’s $1.5 billion ETH theft" → "bybits-1-5-billion-eth-theft". Accents are folded to ASCII,
 * `&` reads as "and", apostrophes join, everything else separates words.
 */
export function slugify(title: string, maxLength: number = MAX_SLUG_LENGTH): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > maxLength) {
      if (slug === '') slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return slug;
}

/** The kinds of record `npm run new` creates. */
export const RECORD_KINDS = ['incident', 'article', 'actor', 'action', 'facilitator'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export function isRecordKind(value: string): value is RecordKind {
  return (RECORD_KINDS as readonly string[]).includes(value);
}

/** Folder under the content root and file extension of each kind. */
export const RECORD_LOCATIONS: Record<RecordKind, { folder: string; extension: '.yaml' | '.mdx' }> = {
  incident: { folder: 'incidents', extension: '.yaml' },
  article: { folder: 'articles', extension: '.mdx' },
  actor: { folder: 'actors', extension: '.yaml' },
  action: { folder: 'actions', extension: '.yaml' },
  facilitator: { folder: 'facilitators', extension: '.yaml' },
};

/**
 * The record id: incidents and articles are filed under a date prefix (`YYYY-MM`, or `YYYY` when
 * only the year is known), actions under their whole date (`YYYY-MM-DD`, as precise as known),
 * actors and facilitators under their name alone.
 */
export function getRecordId(kind: RecordKind, title: string, date: string): string {
  const slug = slugify(title);
  if (slug === '') throw new Error(`cannot make an id from "${title}": it has no letters or digits`);
  if (kind === 'actor' || kind === 'facilitator') return slug;
  if (kind === 'action') {
    if (!/^\d{4}(?:-\d{2}){0,2}$/.test(date))
      throw new Error(`expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${date}"`);
    return `${date}-${slug}`;
  }
  const prefix = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!prefix) throw new Error(`expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${date}"`);
  return `${prefix[2] === undefined ? prefix[1] : `${prefix[1]}-${prefix[2]}`}-${slug}`;
}

/** `content/incidents/2016-02-bangladesh-bank.yaml`, relative to the content root's parent. */
export function getRecordPath(contentRoot: string, kind: RecordKind, id: string): string {
  const { folder, extension } = RECORD_LOCATIONS[kind];
  return `${contentRoot.replace(/\/+$/, '')}/${folder}/${id}${extension}`;
}
