/** What the home page needs: headline figures computed from the data, latest articles, recent incidents. */
import { computeHeadlineFigures, type HeadlineFigures } from '../lib/aggregate.ts';
import { getCatalog, type ArticleEntry, type IncidentEntry } from './catalog.ts';

export interface HomeData {
  figures: HeadlineFigures;
  latestArticles: ArticleEntry[];
  recentIncidents: IncidentEntry[];
}

export async function getHomeData(): Promise<HomeData> {
  const catalog = await getCatalog();
  return {
    figures: computeHeadlineFigures(catalog.incidents.map((incident) => incident.summary)),
    latestArticles: catalog.articles.slice(0, 3),
    recentIncidents: catalog.incidents.slice(0, 6),
  };
}
