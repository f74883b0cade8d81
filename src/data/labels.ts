/** Id → display label maps for tables, facets and chart legends. */
import { getCatalog } from './catalog.ts';

export interface Labels {
  actors: Record<string, string>;
  sectors: Record<string, string>;
  methods: Record<string, string>;
  topics: Record<string, string>;
}

export async function getLabels(): Promise<Labels> {
  const catalog = await getCatalog();
  const labelsOf = (terms: Map<string, { label: string }>) =>
    Object.fromEntries([...terms.entries()].map(([id, term]) => [id, term.label]));
  return {
    actors: Object.fromEntries(catalog.actors.map((actor) => [actor.id, actor.data.name])),
    sectors: labelsOf(catalog.sectors),
    methods: labelsOf(catalog.methods),
    topics: labelsOf(catalog.topics),
  };
}
