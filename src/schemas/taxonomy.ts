import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

/** One term of a taxonomy list (sectors, methods, topics). */
export const taxonomyTermSchema = z.strictObject({
  /** Permanent id used in records and URLs. */
  id: idSchema,
  /** Display label. */
  label: textSchema,
  /** One or two sentences shown on the term's page. */
  description: textSchema,
});

export type TaxonomyTerm = z.output<typeof taxonomyTermSchema>;
