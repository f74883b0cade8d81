import { z } from 'astro/zod';
import { httpsUrlSchema, textSchema } from './common.ts';

/** A person who writes for the site: content/authors/id.yaml. */
export const authorSchema = z.strictObject({
  /** Display name. */
  name: textSchema,
  /** Role, e.g. "Editor". */
  role: textSchema.optional(),
  /** Two or three sentences. */
  bio: textSchema,
  /** Personal or professional page. */
  url: httpsUrlSchema.optional(),
});

export type Author = z.output<typeof authorSchema>;
