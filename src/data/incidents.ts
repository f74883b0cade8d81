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
import { resolveSources, tallySourceTiers, type ResolvedSource, type TierCount } from '../lib/sources.ts';
import type { PublisherTier } from '../schemas/publisher.ts';

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
  /**
   * The narrative as HTML (Astro's set:html awaits it). In a build every narrative is started when
   * the pages are listed and rendered once; in dev, on first read, and again only when it changed.
   */
  readonly narrativeHtml: Promise<string> | undefined;
  /** Source keys in citation order, numbered from 1 on the page. */
  sourceNumbers: Map<string, number>;
  /** The sources with their publishers' names and tiers, and the copy each was read in. */
  sources: ResolvedSource[];
  /** Tier of each source's publisher, by source key: what each claim rests on. */
  sourceTiers: Map<string, PublisherTier>;
  /** How the record is sourced: sources per tier, nearest the facts first. */
  sourcing: TierCount[];
}

/** Rendered narratives by incident id, kept while the Markdown is unchanged (across dev edits too). */
const narratives = new Map<string, { markdown: string; html: Promise<string> }>();

function getNarrativeHtml(incident: IncidentEntry): Promise<string> | undefined {
  const markdown = incident.data.narrative;
  if (!markdown) return undefined;
  const cached = narratives.get(incident.id);
  if (cached?.markdown === markdown) return cached.html;
  const html = renderMarkdownField(markdown, incident.file);
  narratives.set(incident.id, { markdown, html });
  return html;
}

export async function getIncidentPages(): Promise<IncidentPage[]> {
  const catalog = await getCatalog();
  const articlesByIncident = indexArticlesByIncident(catalog.articles);
  if (!import.meta.env.DEV) {
    // Start every narrative now, in page order: the rendering worker (markdown.ts) works through
    // them on another core while pages render here. A failure surfaces on the page that reads it.
    for (const incident of catalog.incidents) getNarrativeHtml(incident)?.catch(() => undefined);
  }
  return catalog.incidents.map((incident) => {
    const { data, file } = incident;
    const sources = resolveSources(data.sources, catalog.publishers);
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
      articles: articlesByIncident.get(incident.id) ?? [],
      get narrativeHtml() {
        const html = getNarrativeHtml(incident);
        // A build reads each narrative once, on its page; letting go of it then keeps 10,000
        // rendered narratives from living until the build ends (a later read renders it again).
        if (!import.meta.env.DEV) narratives.delete(incident.id);
        return html;
      },
      sourceNumbers: new Map(data.sources.map((source, index) => [source.key, index + 1])),
      sources,
      sourceTiers: new Map(sources.map((source) => [source.key, source.publisherRef.tier])),
      sourcing: tallySourceTiers(sources),
    };
  });
}

/** Incident id → the articles that list it, in catalog order (one pass instead of one per incident). */
function indexArticlesByIncident(articles: readonly ArticleEntry[]): Map<string, ArticleEntry[]> {
  const byIncident = new Map<string, ArticleEntry[]>();
  for (const article of articles) {
    for (const id of new Set(article.data.incidents)) {
      const list = byIncident.get(id) ?? [];
      list.push(article);
      byIncident.set(id, list);
    }
  }
  return byIncident;
}
