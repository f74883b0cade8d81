import { z } from 'astro/zod';
import { assetAmountSchema } from './incident.ts';
import { sourceSchema } from './source.ts';
import { correctionSchema, countryCodeSchema, idSchema, partialDateSchema, textSchema } from './common.ts';

/** What a government, court or international body did in response. */
export const ACTION_KINDS = [
  'criminal-charge',
  'conviction',
  'sanction',
  'seizure',
  'forfeiture',
  'fine',
  'advisory',
  'attribution',
  'un-report',
  'court-order',
  'civil-suit',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** What an action did with money. */
export const ACTION_AMOUNT_KINDS = ['seized', 'forfeited', 'fined', 'returned', 'frozen'] as const;

export const actionAmountSchema = z
  .strictObject({
    /** seized | forfeited | fined | returned | frozen */
    kind: z.enum(ACTION_AMOUNT_KINDS, { error: `expected one of: ${ACTION_AMOUNT_KINDS.join(', ')}` }),
    /** US dollars, as a source gives it; leave out when only the original currency is known. */
    usd: z.number({ error: 'expected a number of US dollars (no "$" or commas)' }).nonnegative().optional(),
    /** Amount in the original currency or token. */
    amount: z.number().nonnegative().optional(),
    /** Currency of `amount`. */
    currency: assetAmountSchema.shape.currency.optional(),
    /** Source key for the figure. */
    source: z.string().min(1, 'expected a source key from this record’s sources'),
    /** Caveat. */
    note: textSchema.optional(),
  })
  .refine((value) => (value.amount === undefined) === (value.currency === undefined), {
    message: 'give amount and currency together, or neither',
    path: ['currency'],
  })
  .refine((value) => value.usd !== undefined || value.amount !== undefined, {
    message: 'give usd, or amount and currency',
    path: ['usd'],
  });

export const actionTargetsSchema = z.strictObject({
  /** Actor ids from content/actors/. */
  actors: z.array(idSchema).default([]),
  /** Facilitator ids from content/facilitators/. */
  facilitators: z.array(idSchema).default([]),
  /** Named individuals without a facilitator record, e.g. charged North Korean officers. */
  people: z.array(textSchema).default([]),
});

/**
 * An enforcement or response action: `content/actions/YYYY-MM-DD-slug.yaml` (the action's date).
 * Indictments, convictions, sanctions, seizures, fines, advisories, attribution notices, UN reports.
 */
export const actionSchema = z.strictObject({
  /** Headline, e.g. "US charges North Korean programmer Park Jin Hyok". */
  title: textSchema,
  /** Kind of action. */
  kind: z.enum(ACTION_KINDS, { error: `expected one of: ${ACTION_KINDS.join(', ')}` }),
  /** When it was taken or announced, at the precision known. */
  date: partialDateSchema,
  /** Publisher id (content/publishers/) of the body that took it. */
  authority: idSchema,
  /** The state whose law it acts under (ISO 3166-1 alpha-2); left out for the UN and multinational bodies. */
  jurisdiction: countryCodeSchema.optional(),
  /** One or two plain sentences. */
  summary: textSchema,
  /** Whom it is against. */
  targets: actionTargetsSchema.default({ actors: [], facilitators: [], people: [] }),
  /** Incident ids it concerns. */
  incidents: z.array(idSchema).default([]),
  /** Money seized, forfeited, fined, returned or frozen by this action. */
  amounts: z.array(actionAmountSchema).default([]),
  /** What came of it, in one sentence. */
  outcome: textSchema.optional(),
  /** Every source the record relies on. */
  sources: z.array(sourceSchema).min(1, 'cite at least one source'),
  /** Dated corrections. */
  corrections: z.array(correctionSchema).default([]),
  /** Ids this record was published under before; each old URL redirects here (README: permanent links). */
  former_ids: z.array(idSchema).default([]),
});

export type Action = z.output<typeof actionSchema>;
export type ActionAmount = z.output<typeof actionAmountSchema>;
