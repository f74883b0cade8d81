import { z } from 'astro/zod';
import { sourceSchema } from './source.ts';
import { correctionSchema, countryCodeSchema, idSchema, textSchema } from './common.ts';

/** What kind of party moved, laundered or cashed out stolen money. */
export const FACILITATOR_KINDS = [
  'person',
  'company',
  'exchange',
  'mixer',
  'bridge',
  'otc-desk',
  'casino',
  'junket-operator',
  'bank',
  'service',
] as const;
export type FacilitatorKind = (typeof FACILITATOR_KINDS)[number];

/**
 * A person, company or service that moved stolen money: `content/facilitators/<id>.yaml`. A person is
 * listed only on an official document that names them (an indictment, a designation, a ruling); the
 * integrity checks enforce it.
 */
export const facilitatorSchema = z.strictObject({
  /** Name as the official documents or the service give it. */
  name: textSchema,
  /** person | company | exchange | mixer | bridge | otc-desk | casino | junket-operator | bank | service */
  kind: z.enum(FACILITATOR_KINDS, { error: `expected one of: ${FACILITATOR_KINDS.join(', ')}` }),
  /** Nationality or country of operation (ISO 3166-1 alpha-2), where a source gives it. */
  country: countryCodeSchema.optional(),
  /** Other names and spellings. */
  aliases: z.array(textSchema).default([]),
  /** One or two plain sentences on what they did with stolen money, in the documents' own terms ("charged", "designated"). */
  summary: textSchema,
  /** Sources; a person needs at least one from an official publisher. */
  sources: z.array(sourceSchema).min(1, 'cite at least one source'),
  /** Dated corrections. */
  corrections: z.array(correctionSchema).default([]),
  /** Ids this record was published under before; each old URL redirects here (README: permanent links). */
  former_ids: z.array(idSchema).default([]),
});

export type Facilitator = z.output<typeof facilitatorSchema>;
