import { z } from 'astro/zod';
import { httpsUrlSchema, textSchema } from './common.ts';

/**
 * How close a publisher stands to the facts it reports, nearest first. A claim shows the tier of the
 * source it rests on, so a reader can tell a court filing from a repost at a glance.
 */
export const PUBLISHER_TIERS = ['official', 'victim', 'research', 'press', 'secondary'] as const;
export type PublisherTier = (typeof PUBLISHER_TIERS)[number];

/** A publisher of sources: `content/publishers/<id>.yaml`; sources name it by that id. */
export const publisherSchema = z.strictObject({
  /** Name as the publisher gives it, e.g. "US Department of Justice". */
  name: textSchema,
  /** The publisher's own home page; https only. */
  homepage: httpsUrlSchema,
  /**
   * official: a government, court, regulator, central bank or the UN; victim: the victim's own
   * statement; research: a security or blockchain-analytics firm's own report; press: an established
   * news organisation with its own reporting; secondary: reposts, aggregators, exchange-hosted news
   * feeds, social posts.
   */
  tier: z.enum(PUBLISHER_TIERS, {
    error: 'expected one of: official, victim, research, press, secondary',
  }),
  /** One line on who they are, when the name alone does not say. */
  description: textSchema.optional(),
});

export type Publisher = z.output<typeof publisherSchema>;
