import { z } from 'astro/zod';
import { httpsUrlSchema, idSchema, partialDateSchema, textSchema } from './common.ts';

/** The copy a statement was actually read in, when the original could not be read first-hand. */
export const viaSchema = z.strictObject({
  /** Publisher id (content/publishers/) of the copy, e.g. `reuters`. */
  publisher: idSchema,
  /** Where the copy is; https only. */
  url: httpsUrlSchema,
  /** When the copy was published, at the precision known. */
  date: partialDateSchema.optional(),
});

/** A cited source. Figures, dates and attributions point at one of these by `key`. */
export const sourceSchema = z.strictObject({
  /** Short key other fields cite this source by, unique within the record, e.g. `reuters-2016-05-20`. */
  key: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a key of lower-case letters, digits and hyphens'),
  /** Title of the article, report or statement. */
  title: textSchema,
  /** Publisher id from content/publishers/: whoever made the statement, not whoever copied it. */
  publisher: idSchema,
  /** Publication date at the precision known. */
  date: partialDateSchema,
  /** Where to read it on the publisher's own site; https only, no short links. */
  url: httpsUrlSchema,
  /** An archived copy, e.g. on the Wayback Machine. */
  archived_url: httpsUrlSchema.optional(),
  /** The copy the statement was read in, when the original was not read first-hand. */
  via: viaSchema.optional(),
});

export type Source = z.output<typeof sourceSchema>;
export type Via = z.output<typeof viaSchema>;
