/**
 * "Cite this" in three formats: a plain-text reference, BibTeX and CSL-JSON (what Zotero,
 * Pandoc and most reference managers import). Dates come from the content and keep their
 * precision. Author names are cited exactly as written (a BibTeX brace group, a CSL `literal`), so
 * a team name such as "Cyber Heist Tracker editors" is never split into a given and family name.
 */
import { MONTH_NAMES, parsePartialDate } from '../partial-date.ts';

export interface CitationInput {
  /** Our record id; the citation key is derived from it. */
  id: string;
  kind: 'incident' | 'article' | 'dataset';
  title: string;
  authors: readonly string[];
  /** The site, as the container the work appears in. */
  siteName: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the date of this version of the work. */
  issued: string;
  url: string;
  /** Dataset version. */
  version?: string | undefined;
}

const GENRE = { incident: 'Incident record', article: 'Analysis', dataset: 'Data set' } as const;
const CSL_TYPE = { incident: 'webpage', article: 'post-weblog', dataset: 'dataset' } as const;

export function getCitationKey(input: Pick<CitationInput, 'id'>): string {
  return `cht-${input.id}`;
}

function dateParts(issued: string): [number, number?, number?] {
  const parts = parsePartialDate(issued);
  if (!parts) throw new Error(`Not a partial date: "${issued}"`);
  if (parts.month === undefined) return [parts.year];
  if (parts.day === undefined) return [parts.year, parts.month];
  return [parts.year, parts.month, parts.day];
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Author-date reference: `Authors (2026, November 24). Title [Genre]. Site. URL` */
export function formatPlainCitation(input: CitationInput): string {
  const [year, month, day] = dateParts(input.issued);
  const date = [String(year), month ? `${MONTH_NAMES[month - 1]}${day ? ` ${day}` : ''}` : '']
    .filter(Boolean)
    .join(', ');
  const version = input.version ? `, version ${input.version}` : '';
  const authors = joinNames(input.authors);
  const container = authors === input.siteName ? '' : ` ${input.siteName}.`;
  return `${authors} (${date}). ${input.title} [${GENRE[input.kind]}${version}].${container} ${input.url}`;
}

const BIBTEX_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Escapes the characters (La)TeX treats specially; one pass, so escapes are never re-escaped. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (char) => BIBTEX_SPECIALS[char] ?? char);
}

const BIBTEX_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

export function formatBibtex(input: CitationInput): string {
  const [year, month] = dateParts(input.issued);
  const fields: Array<[string, string]> = [
    ['author', input.authors.map((name) => `{${escapeBibtex(name)}}`).join(' and ')],
    // Double braces keep the title's capitals as written.
    ['title', `{${escapeBibtex(input.title)}}`],
    ['howpublished', `${GENRE[input.kind]}, ${escapeBibtex(input.siteName)}`],
    ['year', String(year)],
  ];
  if (month) fields.push(['month', BIBTEX_MONTHS[month - 1] ?? '']);
  if (input.version) fields.push(['version', escapeBibtex(input.version)]);
  // The url field is verbatim in biblatex and natbib styles: never escaped.
  fields.push(['url', input.url]);
  const body = fields
    .map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`))
    .join(',\n');
  return `@misc{${getCitationKey(input)},\n${body}\n}`;
}

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author: Array<{ literal: string }>;
  'container-title': string;
  publisher: string;
  genre: string;
  issued: { 'date-parts': number[][] };
  URL: string;
  version?: string;
}

export function toCslItem(input: CitationInput): CslItem {
  const item: CslItem = {
    id: getCitationKey(input),
    type: CSL_TYPE[input.kind],
    title: input.title,
    author: input.authors.map((name) => ({ literal: name })),
    'container-title': input.siteName,
    publisher: input.siteName,
    genre: GENRE[input.kind],
    issued: { 'date-parts': [dateParts(input.issued).filter((n): n is number => n !== undefined)] },
    URL: input.url,
  };
  if (input.version) item.version = input.version;
  return item;
}

/** CSL-JSON is a list of items, even for one. */
export function formatCslJson(input: CitationInput): string {
  // Indented for reading, with number lists (date parts) on one line. Only multi-line arrays are
  // touched: JSON strings cannot hold a raw line break, so no string value can match.
  return JSON.stringify([toCslItem(input)], null, 2).replace(
    /\[\n\s*(-?\d+(?:,\n\s*-?\d+)*)\n\s*\]/g,
    (_, numbers: string) => `[${numbers.split(/,\n\s*/).join(', ')}]`,
  );
}
