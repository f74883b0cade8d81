/**
 * What a social card says: the text of the 1200×630 image shared with an incident, actor or article
 * page, already cut to what stays readable at thumbnail size (a feed shows the card about 500 px
 * wide). Pure, so the build's card renderer and the page's og:image:alt read the same words.
 */
import type { HeadlineFigures } from '../aggregate.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { Article } from '../../schemas/article.ts';
import type { Incident } from '../../schemas/incident.ts';
import { getCountryName } from '../countries.ts';
import { formatUsdRange, formatUsd } from '../money.ts';
import { formatPartialDate, type PartialDate } from '../partial-date.ts';

/** Title sizes, largest first; the layout (card-tree.ts) maps each to pixels. */
export type CardTitleSize = 'large' | 'medium' | 'small';

export interface CardContent {
  /** Small capitals above the title: "Incident · Heist". */
  eyebrow: string;
  /** The title as drawn: at most MAX_TITLE_CHARS, cut at a word with "…". */
  title: string;
  titleSize: CardTitleSize;
  /** The headline figure in the accent colour ("$625M stolen"); absent when there is none to show. */
  figure?: string | undefined;
  /** One or two short lines under the figure: when, who. Each cut to MAX_DETAIL_CHARS. */
  details: string[];
}

/**
 * Title lengths, in characters, that fit each size on at most three lines. Measured with the card's
 * font (Atkinson Hyperlegible Bold, about 0.5 em a character): 1056 px of line holds about 28
 * characters at 76 px, 33 at 64 px and 39 at 54 px, and word wrapping loses a few per line.
 */
const TITLE_SIZES: ReadonlyArray<readonly [number, CardTitleSize]> = [
  [44, 'large'],
  [80, 'medium'],
];
export const MAX_TITLE_CHARS = 100;
/** The site's name, drawn at the foot of every card. */
export const CARD_MARK = 'Cyber Heist Tracker';
/** A detail line at 32 px holds about 62 characters; two lines at most. */
export const MAX_DETAIL_CHARS = 60;
/** More attributed actors than this are summed up as "and N others". */
const MAX_NAMED_ACTORS = 2;

/**
 * Cuts `text` to at most `max` characters, at the last word boundary that fits, ending in "…".
 * A single word longer than `max` is cut inside the word.
 */
export function truncateText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  // When the room ends exactly at a word's end, that word fits whole.
  const lastSpace = clean[max - 1] === ' ' ? room.length : room.lastIndexOf(' ');
  // Cutting at a space more than half-way back would waste the line; cut the word instead.
  const cut = lastSpace > max / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The largest title size whose line budget holds `title` (already truncated). */
export function pickTitleSize(title: string): CardTitleSize {
  for (const [limit, size] of TITLE_SIZES) if (title.length <= limit) return size;
  return 'small';
}

function makeCard(
  eyebrow: string,
  title: string,
  figure: string | undefined,
  details: string[],
): CardContent {
  const shown = truncateText(title, MAX_TITLE_CHARS);
  return {
    eyebrow,
    title: shown,
    titleSize: pickTitleSize(shown),
    figure,
    details: details.filter((line) => line.length > 0).map((line) => truncateText(line, MAX_DETAIL_CHARS)),
  };
}

/** "March 2022", or "March 2022 – April 2022" when the activity spans more than one date. */
export function formatDateSpan(start: PartialDate, end?: PartialDate): string {
  if (end === undefined || end === start) return formatPartialDate(start);
  return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
}

/** "A", "A and B", "A, B and 3 others": names in attribution order, the rest counted. */
export function formatNameList(names: readonly string[]): string {
  if (names.length <= MAX_NAMED_ACTORS) return names.join(' and ');
  const rest = names.length - MAX_NAMED_ACTORS;
  return `${names.slice(0, MAX_NAMED_ACTORS).join(', ')} and ${rest} ${rest === 1 ? 'other' : 'others'}`;
}

const CATEGORY_LABELS: Record<Incident['category'], string> = {
  heist: 'Heist',
  extortion: 'Extortion',
  destructive: 'Destructive attack',
  espionage: 'Espionage',
  campaign: 'Campaign',
};

/** The money line: stolen if known, else what was attempted; undefined when no figure is recorded. */
function formatIncidentFigure(losses: Incident['losses']): string | undefined {
  if (losses.stolen) return `${formatUsdRange(losses.stolen.usd, losses.stolen.usd_high)} stolen`;
  if (losses.attempted) return `${formatUsdRange(losses.attempted.usd, losses.attempted.usd_high)} attempted`;
  return undefined;
}

/**
 * An incident's card: category, title, the stolen (or attempted) amount, when, and who it is
 * attributed to. `actorNames` maps actor ids to names; an id missing from it is shown as is.
 */
export function getIncidentCardContent(
  incident: Incident,
  actorNames: ReadonlyMap<string, string>,
): CardContent {
  const actorIds = [...new Set(incident.attribution.map((claim) => claim.actor))];
  const names = actorIds.map((id) => actorNames.get(id) ?? id);
  const when = formatDateSpan(incident.dates.start, incident.dates.end);
  const figure = formatIncidentFigure(incident.losses);
  return makeCard(`Incident · ${CATEGORY_LABELS[incident.category]}`, incident.title, figure, [
    figure ? when : `${when} · amount not known`,
    names.length > 0 ? `Attributed to ${formatNameList(names)}` : 'Not attributed',
  ]);
}

/**
 * An actor's card: name, total stolen across its attributed incidents (the page's headline figures),
 * how many incidents over which years, and the sponsoring state.
 */
export function getActorCardContent(actor: Actor, figures: HeadlineFigures): CardContent {
  const count = `${figures.incidents.toLocaleString('en-US')} ${figures.incidents === 1 ? 'incident' : 'incidents'}`;
  const years =
    figures.firstYear === undefined
      ? ''
      : figures.firstYear === figures.lastYear
        ? ` in ${figures.firstYear}`
        : `, ${figures.firstYear}–${figures.lastYear}`;
  const sponsor = `Sponsor: ${getCountryName(actor.sponsor)}`;
  return makeCard(
    'Threat actor',
    actor.name,
    figures.usdStolen > 0 ? `${formatUsd(figures.usdStolen)} stolen` : undefined,
    [
      figures.incidents > 0 ? `${count}${years}` : 'No incidents recorded',
      actor.aliases.length > 0 ? `${sponsor} · also ${actor.aliases.join(', ')}` : sponsor,
    ],
  );
}

/** An article's card: title, authors and publication day. Articles carry no amount. */
export function getArticleCardContent(
  article: Article,
  authorNames: ReadonlyMap<string, string>,
): CardContent {
  const names = article.authors.map((id) => authorNames.get(id) ?? id);
  return makeCard('Analysis', article.title, undefined, [
    `By ${formatNameList(names)}`,
    `Published ${formatPartialDate(article.published)}`,
  ]);
}

/**
 * The text alternative of a card (og:image:alt): everything it shows, in reading order, the site's
 * mark last as on the card.
 */
export function describeCardContent(card: CardContent): string {
  const parts = [card.eyebrow, card.title, card.figure, ...card.details, CARD_MARK];
  return parts
    .filter((part): part is string => part !== undefined && part.length > 0)
    .map((part) => (/[.!?…]$/.test(part) ? part : `${part}.`))
    .join(' ');
}
