import { z } from 'astro/zod';
import { httpsUrlSchema, partialDateSchema, textSchema } from './common.ts';

/** A cited source. Figures, dates and attributions point at one of these by `key`. */
export const sourceSchema = z.strictObject({
  /** Short key other fields cite this source by, unique within the record, e.g. `reuters-2016-05-20`. */
  key: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a key of lower-case letters, digits and hyphens'),
  /** Title of the article, report or statement. */
  title: textSchema,
  /** Who published it (outlet, agency or company). */
  publisher: textSchema,
  /** Publication date at the precision known. */
  date: partialDateSchema,
  /** Where to read it; https only. */
  url: httpsUrlSchema,
  /** An archived copy, e.g. on the Wayback Machine. */
  archived_url: httpsUrlSchema.optional(),
});

export type Source = z.output<typeof sourceSchema>;
