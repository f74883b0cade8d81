/**
 * The redirect pages of renamed actors, articles, actions and facilitators: one per former id, with
 * what MovedRecord.astro needs. Each kind's `[...moved].astro` route only names its kind here.
 * (Incidents have their own route: it also keeps the pages of withdrawn records.)
 */
import { getActionPath, getActorPath, getArticlePath, getFacilitatorPath } from '../lib/export/permalinks.ts';
import { getCatalog, type Catalog } from './catalog.ts';

export interface MovedRecordProps {
  /** What the record is, in a sentence: "incident", "actor", "article", "action", "facilitator". */
  kind: string;
  /** The record's current title or name. */
  title: string;
  /** The record's current id, for tests and scripts (`data-moved-to`). */
  id: string;
  /** The record's current site path, e.g. `/actors/lazarus-group/`. */
  targetPath: string;
}

interface Renamable {
  id: string;
  title: string;
  formerIds: readonly string[];
}

const KINDS = {
  actors: {
    kind: 'actor',
    path: getActorPath,
    list: (catalog: Catalog): Renamable[] =>
      catalog.actors.map(({ id, data }) => ({ id, title: data.name, formerIds: data.former_ids })),
  },
  articles: {
    kind: 'article',
    path: getArticlePath,
    list: (catalog: Catalog): Renamable[] =>
      catalog.articles.map(({ id, data }) => ({ id, title: data.title, formerIds: data.former_ids })),
  },
  actions: {
    kind: 'action',
    path: getActionPath,
    list: (catalog: Catalog): Renamable[] =>
      catalog.actions.map(({ id, data }) => ({ id, title: data.title, formerIds: data.former_ids })),
  },
  facilitators: {
    kind: 'facilitator',
    path: getFacilitatorPath,
    list: (catalog: Catalog): Renamable[] =>
      catalog.facilitators.map(({ id, data }) => ({ id, title: data.name, formerIds: data.former_ids })),
  },
} as const;

/**
 * getStaticPaths for a kind's `[...moved].astro`. `[id].astro` renders the current ids, and the
 * check keeps former ids apart from them, so the two routes never claim the same URL.
 */
export async function getMovedRecordPaths(
  kind: keyof typeof KINDS,
): Promise<Array<{ params: { moved: string }; props: MovedRecordProps }>> {
  const spec = KINDS[kind];
  return spec.list(await getCatalog()).flatMap((record) =>
    record.formerIds.map((formerId) => ({
      params: { moved: formerId },
      props: { kind: spec.kind, title: record.title, id: record.id, targetPath: spec.path(record.id) },
    })),
  );
}
