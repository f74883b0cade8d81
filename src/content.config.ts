// Wiring only: loaders and schemas. The table of collections lives in src/schemas/collections.ts.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS } from './schemas/collections.ts';
import { getContentRoot } from './lib/content-root.ts';

const root = getContentRoot();

const folder = <S extends (typeof COLLECTIONS)['incidents' | 'actors' | 'authors' | 'articles']>(spec: S) =>
  defineCollection({
    loader: glob({ pattern: `[!_]*${spec.extension}`, base: `${root}/${spec.folder}` }),
    schema: spec.schema as S['schema'],
  });

const list = <S extends (typeof COLLECTIONS)['sectors' | 'methods' | 'topics']>(spec: S) =>
  defineCollection({ loader: file(`${root}/${spec.file}`), schema: spec.schema as S['schema'] });

export const collections = {
  incidents: folder(COLLECTIONS.incidents),
  actors: folder(COLLECTIONS.actors),
  authors: folder(COLLECTIONS.authors),
  articles: folder(COLLECTIONS.articles),
  sectors: list(COLLECTIONS.sectors),
  methods: list(COLLECTIONS.methods),
  topics: list(COLLECTIONS.topics),
};
