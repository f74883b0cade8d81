/** Sector, method and topic pages: each term with what is filed under it. */
import { computeHeadlineFigures, type HeadlineFigures } from '../lib/aggregate.ts';
import type { TaxonomyTerm } from '../schemas/taxonomy.ts';
import { getCatalog, type ArticleEntry, type IncidentEntry } from './catalog.ts';

export type IncidentTaxonomy = 'sectors' | 'methods';

export interface TermPage {
  term: TaxonomyTerm;
  incidents: IncidentEntry[];
  articles: ArticleEntry[];
  figures: HeadlineFigures;
}

export async function getTermPages(kind: IncidentTaxonomy | 'topics'): Promise<TermPage[]> {
  const catalog = await getCatalog();
  const terms = [...catalog[kind].values()].sort((a, b) => a.label.localeCompare(b.label));
  return terms.map((term) => {
    const incidents =
      kind === 'topics'
        ? []
        : catalog.incidents.filter((incident) => incident.summary[kind].includes(term.id));
    const articles =
      kind === 'topics' ? catalog.articles.filter((article) => article.data.topics.includes(term.id)) : [];
    return {
      term,
      incidents,
      articles,
      figures: computeHeadlineFigures(incidents.map((incident) => incident.summary)),
    };
  });
}

/** Display labels by id, for tables and chart legends. */
export async function getTermLabels(kind: IncidentTaxonomy | 'topics'): Promise<Record<string, string>> {
  const catalog = await getCatalog();
  return Object.fromEntries([...catalog[kind].values()].map((term) => [term.id, term.label]));
}
