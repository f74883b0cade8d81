import { z } from 'astro/zod';
import { sourceSchema } from './source.ts';
import {
  correctionSchema,
  countryCodeSchema,
  fullDateSchema,
  idSchema,
  partialDateSchema,
  textSchema,
} from './common.ts';

/** Did money or data actually leave the victim? */
export const INCIDENT_STATUSES = ['completed', 'attempted', 'disrupted'] as const;
/** What kind of operation it was; `campaign` means many victims at once. */
export const INCIDENT_CATEGORIES = ['heist', 'extortion', 'destructive', 'espionage', 'campaign'] as const;
/** How sure the attributing party was, on our three-step scale (see /about/). */
export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;

/** A key into this record's `sources` list. */
const sourceKeySchema = z.string().min(1, 'expected a source key from this record’s sources');

export const incidentDatesSchema = z.strictObject({
  /** First known hostile activity (the file name's YYYY-MM). */
  start: partialDateSchema,
  /** Last known hostile activity. */
  end: partialDateSchema.optional(),
  /** When the victim or anyone else noticed. */
  discovered: partialDateSchema.optional(),
  /** When it became public. */
  disclosed: partialDateSchema.optional(),
});

export const victimSchema = z.strictObject({
  /** Organisation name; a campaign entry may give only a country. */
  name: textSchema.optional(),
  /**
   * Where the victim is based (ISO 3166-1 alpha-2). Leave it out only when no source says (an
   * anonymous DeFi team); the page then says the country is unknown. A campaign entry needs it.
   */
  country: countryCodeSchema.optional(),
  /** Sector id from content/taxonomy/sectors.yaml. */
  sector: idSchema.optional(),
  /** Role or detail, e.g. "account holder at the New York Fed". */
  note: textSchema.optional(),
});

export const attributionSchema = z.strictObject({
  /** Actor id from content/actors/. */
  actor: idSchema,
  /** Confidence of the attributing party. */
  confidence: z.enum(CONFIDENCE_LEVELS, { error: 'expected one of: low, medium, high' }),
  /** Who made the attribution (an agency, a government, a company). */
  by: textSchema,
  /** When they made it. */
  date: partialDateSchema.optional(),
  /** Source key for the attribution. */
  source: sourceKeySchema,
  /** Qualification, e.g. which alias the attributor used. */
  note: textSchema.optional(),
});

export const assetAmountSchema = z.strictObject({
  /** Units of the asset. */
  amount: z.number().nonnegative(),
  /** Currency code or token ticker, e.g. `EUR`, `ETH`, `USDC`. */
  currency: z
    .string()
    .regex(/^[A-Za-z0-9]{2,12}$/, 'expected a currency code or token ticker such as "USD" or "ETH"'),
});

export const lossFigureSchema = z
  .strictObject({
    /** US dollar value at the time, as a source gives it (the low end when sources give a range). */
    usd: z.number({ error: 'expected a number of US dollars (no "$" or commas)' }).nonnegative(),
    /** High end, when sources give a range ("$600M to $625M"). */
    usd_high: z.number().nonnegative().optional(),
    /** Amount in the original currency or token, when one asset. */
    amount: z.number().nonnegative().optional(),
    /** Currency of `amount`. */
    currency: assetAmountSchema.shape.currency.optional(),
    /** Several assets, e.g. ETH and USDC. */
    assets: z.array(assetAmountSchema).min(1).optional(),
    /** The date the value refers to. */
    as_of: partialDateSchema.optional(),
    /** Source key for the figure. */
    source: sourceKeySchema,
    /** Caveat, e.g. how sources differ. */
    note: textSchema.optional(),
  })
  .refine((value) => (value.amount === undefined) === (value.currency === undefined), {
    message: 'give amount and currency together, or neither',
    path: ['currency'],
  });

export const lossesSchema = z.strictObject({
  /** What the attackers tried to take. */
  attempted: lossFigureSchema.optional(),
  /** What actually left the victim's control. */
  stolen: lossFigureSchema.optional(),
  /** What is back in the victim's or its customers' hands. */
  recovered: lossFigureSchema.optional(),
  /** What is frozen, seized or confiscated but not (yet) returned. */
  frozen: lossFigureSchema.optional(),
});

/** The routes stolen money takes, in the words of the laundering sources. */
export const TRAIL_KINDS = [
  'bank-transfer',
  'casino',
  'junket',
  'money-transfer',
  'bridge',
  'swap',
  'mixer',
  'otc-desk',
  'exchange-cash-out',
  'peel-chain',
] as const;
/** Where a step's money ended, where a source says. */
export const TRAIL_ENDS = ['cashed-out', 'frozen', 'returned'] as const;

export const trailStepSchema = z.strictObject({
  /** When the money took this route, at the precision known. */
  date: partialDateSchema,
  /** bank-transfer | casino | junket | money-transfer | bridge | swap | mixer | otc-desk | exchange-cash-out | peel-chain */
  kind: z.enum(TRAIL_KINDS, { error: `expected one of: ${TRAIL_KINDS.join(', ')}` }),
  /** Facilitator id from content/facilitators/, when a source names one. */
  facilitator: idSchema.optional(),
  /** US dollars that went this way, as the source gives it. */
  usd: z.number({ error: 'expected a number of US dollars (no "$" or commas)' }).nonnegative().optional(),
  /** Index (from 0) of the earlier step whose money this continues; absent: straight from the theft. */
  from: z.number().int().nonnegative().optional(),
  /** cashed-out | frozen | returned: where this money ended, if a source says. */
  ends: z.enum(TRAIL_ENDS, { error: `expected one of: ${TRAIL_ENDS.join(', ')}` }).optional(),
  /** One plain sentence. */
  note: textSchema.optional(),
  /** Source key. */
  source: sourceKeySchema,
});

export const timelineEventSchema = z.strictObject({
  /** When, at the precision known. */
  date: partialDateSchema,
  /** What happened, in one sentence. */
  event: textSchema,
  /** Source key. */
  source: sourceKeySchema.optional(),
});

export const incidentSchema = z.strictObject({
  /** Headline, e.g. "Bangladesh Bank SWIFT heist". */
  title: textSchema,
  /** One or two plain sentences: what happened, to whom, how much. */
  summary: textSchema,
  /** Longer account in Markdown; `[[incident-id]]` links to another incident. */
  narrative: textSchema.optional(),
  /** completed: money or data left; attempted: nothing left; disrupted: stopped part-way. */
  status: z.enum(INCIDENT_STATUSES, { error: 'expected one of: completed, attempted, disrupted' }),
  /** Kind of operation. */
  category: z.enum(INCIDENT_CATEGORIES, {
    error: 'expected one of: heist, extortion, destructive, espionage, campaign',
  }),
  /** Key dates at the precision the sources give. */
  dates: incidentDatesSchema,
  /** Who was hit. */
  victims: z.array(victimSchema).min(1, 'list at least one victim (a campaign may give only countries)'),
  /** Who is said to be behind it, by whom and how surely; empty when no source attributes it. */
  attribution: z.array(attributionSchema).default([]),
  /** Method ids from content/taxonomy/methods.yaml. */
  methods: z.array(idSchema).default([]),
  /** MITRE ATT&CK technique ids, e.g. T1566.001. */
  techniques: z
    .array(
      z
        .string()
        .regex(/^T\d{4}(?:\.\d{3})?$/, 'expected a MITRE ATT&CK technique id such as T1566 or T1566.001'),
    )
    .default([]),
  /** Malware names as the sources give them. */
  malware: z.array(textSchema).default([]),
  /** Money attempted, stolen, recovered and frozen. */
  losses: lossesSchema.default({}),
  /** The documented laundering route, step by step. */
  trail: z.array(trailStepSchema).default([]),
  /** Dated events in order. */
  timeline: z.array(timelineEventSchema).default([]),
  /** Ids of related incidents. */
  related: z.array(idSchema).default([]),
  /** Every source the record relies on. */
  sources: z.array(sourceSchema).min(1, 'cite at least one source'),
  /** Dated corrections after publication. */
  corrections: z.array(correctionSchema).default([]),
  /** Ids this record was published under before; each old URL redirects here. */
  former_ids: z.array(idSchema).default([]),
  /**
   * A tombstone: the record was withdrawn (it should never have been published). Its URL keeps a
   * page saying so; it leaves counts, charts, search and exports, and stays in the corrections feed.
   * Give a correction dated the same day that explains why.
   */
  withdrawn: z
    .strictObject({
      /** Day it was withdrawn. */
      date: fullDateSchema,
      /** Why, in a sentence. */
      reason: textSchema,
    })
    .optional(),
});

export type Incident = z.output<typeof incidentSchema>;
export type LossFigure = z.output<typeof lossFigureSchema>;
export type Victim = z.output<typeof victimSchema>;
export type Attribution = z.output<typeof attributionSchema>;
export type TrailStep = z.output<typeof trailStepSchema>;
