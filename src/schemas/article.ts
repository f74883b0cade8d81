import { z } from 'astro/zod';
import { sourceSchema } from './source.ts';
import { correctionSchema, fullDateSchema, idSchema, textSchema } from './common.ts';

/** Front matter of an article in content/articles/YYYY-MM-slug.mdx. */
export const articleSchema = z.strictObject({
  /** Headline. */
  title: textSchema,
  /** One sentence for listings, search results and meta description. */
  description: textSchema,
  /** Publication day. */
  published: fullDateSchema,
  /** Day of the last substantive change. */
  updated: fullDateSchema.optional(),
  /** Author ids from content/authors/. */
  authors: z.array(idSchema).min(1, 'name at least one author id'),
  /** Topic ids from content/taxonomy/topics.yaml. */
  topics: z.array(idSchema).default([]),
  /** Ids of the incidents the article discusses. */
  incidents: z.array(idSchema).default([]),
  /** Sources the article relies on. */
  sources: z.array(sourceSchema).default([]),
  /** Dated corrections. */
  corrections: z.array(correctionSchema).default([]),
  /** Ids this record was published under before; each old URL redirects here (README: permanent links). */
  former_ids: z.array(idSchema).default([]),
  /** Drafts show in `npm run dev` only. */
  draft: z.boolean().default(false),
});

export type Article = z.output<typeof articleSchema>;
