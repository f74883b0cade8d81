/** Incident lists and the joined, page-shaped view of one incident. */
import type { TaxonomyTerm } from '../schemas/taxonomy.ts';
import type { Attribution, Victim } from '../schemas/incident.ts';
import {
  getCatalog,
  requireEntry,
  type ActorEntry,
  type ArticleEntry,
  type IncidentEntry,
} from './catalog.ts';
import { renderMarkdownField } from './markdown.ts';

export async function getIncidents(): Promise<IncidentEntry[]> {
  return (await getCatalog()).incidents;
}

export interface IncidentPage {
  incident: IncidentEntry;
  victims: Array<Victim & { sectorTerm: TaxonomyTerm | undefined }>;
  attribution: Array<Attribution & { actorEntry: ActorEntry }>;
  methods: TaxonomyTerm[];
  related: IncidentEntry[];
  /** Articles that list this incident or cite it. */
  articles: ArticleEntry[];
  narrativeHtml: string | undefined;
  /** Source keys in citation order, numbered from 1 on the page. */
  sourceNumbers: Map<string, number>;
}

export async function getIncidentPages(): Promise<IncidentPage[]> {
  const catalog = await getCatalog();
  return Promise.all(
    catalog.incidents.map(async (incident) => {
      const { data, file } = incident;
      return {
        incident,
        victims: data.victims.map((victim) => ({
          ...victim,
          sectorTerm: victim.sector
            ? requireEntry(catalog.sectors, victim.sector, `${file} victims.sector`)
            : undefined,
        })),
        attribution: data.attribution.map((attribution) => ({
          ...attribution,
          actorEntry: requireEntry(catalog.actorById, attribution.actor, `${file} attribution.actor`),
        })),
        methods: data.methods.map((method) => requireEntry(catalog.methods, method, `${file} methods`)),
        related: data.related.map((id) => requireEntry(catalog.incidentById, id, `${file} related`)),
        articles: catalog.articles.filter((article) => article.data.incidents.includes(incident.id)),
        narrativeHtml: data.narrative ? await renderMarkdownField(data.narrative, file) : undefined,
        sourceNumbers: new Map(data.sources.map((source, index) => [source.key, index + 1])),
      };
    }),
  );
}
