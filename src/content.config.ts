// Wiring only: loaders and schemas. Folders and schemas come from src/schemas/collections.ts, the
// same table the integrity checks read.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS, IGNORED_FILE_PREFIX } from './schemas/collections.ts';
import { getContentRoot } from './lib/content-root.ts';

const root = getContentRoot();
const {
  incidents,
  actors,
  authors,
  articles,
  publishers,
  estimates,
  actions,
  facilitators,
  sectors,
  methods,
  topics,
} = COLLECTIONS;

/**
 * Every file of the folder's extension except templates and drafts-in-progress (`_name`). Written as
 * a pattern plus a negation, not `[!_]*.yaml`: the loader's dev watcher matches with picomatch, which
 * reads `[!_]` differently from the initial scan, so edited records never reloaded in `astro dev`
 * (tests/content/dev-reload.test.ts).
 */
const folderLoader = (spec: { folder: string; extension: string }) =>
  glob({
    pattern: [`*${spec.extension}`, `!${IGNORED_FILE_PREFIX}*`],
    base: `${root}/${spec.folder}`,
  });

export const collections = {
  incidents: defineCollection({ loader: folderLoader(incidents), schema: incidents.schema }),
  actors: defineCollection({ loader: folderLoader(actors), schema: actors.schema }),
  authors: defineCollection({ loader: folderLoader(authors), schema: authors.schema }),
  articles: defineCollection({ loader: folderLoader(articles), schema: articles.schema }),
  publishers: defineCollection({ loader: folderLoader(publishers), schema: publishers.schema }),
  estimates: defineCollection({ loader: folderLoader(estimates), schema: estimates.schema }),
  actions: defineCollection({ loader: folderLoader(actions), schema: actions.schema }),
  facilitators: defineCollection({ loader: folderLoader(facilitators), schema: facilitators.schema }),
  sectors: defineCollection({ loader: file(`${root}/${sectors.file}`), schema: sectors.schema }),
  methods: defineCollection({ loader: file(`${root}/${methods.file}`), schema: methods.schema }),
  topics: defineCollection({ loader: file(`${root}/${topics.file}`), schema: topics.schema }),
};
