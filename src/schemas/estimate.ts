import { z } from 'astro/zod';
import { sourceSchema } from './source.ts';
import { correctionSchema, idSchema, partialDateSchema, textSchema } from './common.ts';

const yearSchema = z
  .number({ error: 'expected a year such as 2024' })
  .int('expected a whole year such as 2024')
  .min(2000, 'expected a year from 2000 on')
  .max(2100, 'expected a year before 2100');

/**
 * A published total of North Korean theft: `content/estimates/<years>-<publisher>.yaml`. The
 * /coverage/ page sets the record's own sums beside these, year by year.
 */
export const estimateSchema = z.strictObject({
  /** Publisher id (content/publishers/) of whoever made the estimate. */
  publisher: idSchema,
  /** First year the estimate covers. */
  from: yearSchema,
  /** Last year it covers; the same as `from` for an annual figure. */
  to: yearSchema,
  /** US dollars as published (the low end when a range is given). */
  usd: z.number({ error: 'expected a number of US dollars (no "$" or commas)' }).positive(),
  /** High end, when the publisher gives a range. */
  usd_high: z.number().positive().optional(),
  /** Number of incidents, where the publisher gives one. */
  incidents: z.number().int().positive().optional(),
  /** What it counts, e.g. "cryptocurrency stolen in hacks by North Korea-linked actors". */
  scope: textSchema,
  /**
   * crypto: thefts from cryptocurrency businesses and their users only (most analytics firms);
   * all: bank thefts too (the UN panel's early totals). /coverage/ compares like with like.
   */
  covers: z.enum(['crypto', 'all'], { error: 'expected one of: crypto, all' }).default('crypto'),
  /** True when it covers only part of the period, e.g. January to mid-September. */
  partial: z.boolean().default(false),
  /** Date of the publication. */
  published: partialDateSchema,
  /** Source key for the figure. */
  source: z.string().min(1, 'expected a source key from this record’s sources'),
  /** Caveats: revisions, how it was derived. */
  note: textSchema.optional(),
  /** Every source the estimate relies on. */
  sources: z.array(sourceSchema).min(1, 'cite at least one source'),
  /** Dated corrections after publication, shown on /coverage/ and in the corrections feed. */
  corrections: z.array(correctionSchema).default([]),
});

export type Estimate = z.output<typeof estimateSchema>;
