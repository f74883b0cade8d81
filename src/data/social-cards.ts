/**
 * The og:image of an incident, actor or article page: the card's absolute URL and a text
 * alternative of what it shows. The card list is made from the catalog with the same function the
 * build's card renderer uses (src/lib/social-cards/card-list.ts), so the alt text matches the image.
 */
import type { SocialCardKind } from '../lib/export/permalinks.ts';
import { describeCardContent } from '../lib/social-cards/card-content.ts';
import { listSocialCards } from '../lib/social-cards/card-list.ts';
import { areSocialCardsEnabled } from '../lib/social-cards/enabled.ts';
import { siteUrl } from '../site-config.ts';
import { getCatalog } from './catalog.ts';

export interface SocialImage {
  url: string;
  alt: string;
}

let cards: Promise<Map<string, SocialImage>> | undefined;

async function loadCards(): Promise<Map<string, SocialImage>> {
  const catalog = await getCatalog();
  const list = listSocialCards({
    incidents: catalog.incidents,
    actors: catalog.actors,
    articles: catalog.articles,
    authors: catalog.authors,
  });
  return new Map(
    list.map((card) => [
      `${card.kind}/${card.id}`,
      { url: siteUrl(card.path), alt: describeCardContent(card.content) },
    ]),
  );
}

/** The page's card, or undefined when the build has none for it (cards off, a draft article). */
export async function getSocialImage(kind: SocialCardKind, id: string): Promise<SocialImage | undefined> {
  if (!areSocialCardsEnabled()) return undefined;
  cards ??= loadCards();
  return (await cards).get(`${kind}/${id}`);
}
