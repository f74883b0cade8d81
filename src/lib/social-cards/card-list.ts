/**
 * Every social card the site publishes, one per incident, actor and article page, from records as
 * either side has them: the build's card renderer (the integrity layer's validated records) and the
 * pages (Astro's collections). Both call this, so a card exists exactly when its page does and the
 * page's og:image:alt describes the image that was drawn.
 */
import { computeHeadlineFigures } from '../aggregate.ts';
import { getSocialCardPath, type SocialCardKind } from '../export/permalinks.ts';
import { summarizeIncident } from '../incident-summary.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { Article } from '../../schemas/article.ts';
import type { Author } from '../../schemas/author.ts';
import type { Incident } from '../../schemas/incident.ts';
import {
  getActorCardContent,
  getArticleCardContent,
  getIncidentCardContent,
  type CardContent,
} from './card-content.ts';

interface Entry<T> {
  id: string;
  data: T;
}

export interface CardRecords {
  incidents: ReadonlyArray<Entry<Incident>>;
  actors: ReadonlyArray<Entry<Actor>>;
  articles: ReadonlyArray<Entry<Article>>;
  authors: ReadonlyArray<Entry<Author>>;
}

export interface SocialCard {
  kind: SocialCardKind;
  id: string;
  /** Site path of the PNG (permalinks.ts). */
  path: string;
  content: CardContent;
}

/**
 * Cards for the pages a production build renders: withdrawn incidents (a tombstone page, not
 * shared) and draft articles (not built) get none. Sorted by path, so the list is stable.
 */
export function listSocialCards(records: CardRecords): SocialCard[] {
  const incidents = records.incidents.filter((incident) => !incident.data.withdrawn);
  const actorNames = new Map(records.actors.map((actor) => [actor.id, actor.data.name]));
  const authorNames = new Map(records.authors.map((author) => [author.id, author.data.name]));
  const summaries = incidents.map((incident) => summarizeIncident(incident.id, incident.data));
  const card = (kind: SocialCardKind, id: string, content: CardContent): SocialCard => ({
    kind,
    id,
    path: getSocialCardPath(kind, id),
    content,
  });
  return [
    ...incidents.map((incident) =>
      card('incidents', incident.id, getIncidentCardContent(incident.data, actorNames)),
    ),
    ...records.actors.map((actor) =>
      card(
        'actors',
        actor.id,
        getActorCardContent(
          actor.data,
          computeHeadlineFigures(summaries.filter((summary) => summary.actors.includes(actor.id))),
        ),
      ),
    ),
    ...records.articles
      .filter((article) => !article.data.draft)
      .map((article) => card('articles', article.id, getArticleCardContent(article.data, authorNames))),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
