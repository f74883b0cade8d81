/** What the home page needs: headline figures computed from the data, latest articles, recent incidents. */
import { computeHeadlineFigures, type HeadlineFigures } from '../lib/aggregate.ts';
import type { IncidentSummary } from '../lib/incident-summary.ts';
import { getCatalog, type ArticleEntry, type IncidentEntry } from './catalog.ts';

export interface HomeData {
  figures: HeadlineFigures;
  latestArticles: ArticleEntry[];
  recentIncidents: IncidentEntry[];
  /** Every incident, for the charts. */
  summaries: IncidentSummary[];
}

export async function getHomeData(): Promise<HomeData> {
  const catalog = await getCatalog();
  const summaries = catalog.incidents.map((incident) => incident.summary);
  return {
    summaries,
    figures: computeHeadlineFigures(summaries),
    latestArticles: catalog.articles.slice(0, 3),
    recentIncidents: catalog.incidents.slice(0, 6),
  };
}
