import { z } from 'astro/zod';
import { sourceSchema } from './source.ts';
import { correctionSchema, countryCodeSchema, idSchema, partialDateSchema, textSchema } from './common.ts';

/** How one actor stands to another. */
export const ACTOR_RELATIONS = ['subgroup-of', 'overlaps-with', 'associated-with'] as const;

export const actorRelationSchema = z.strictObject({
  /** The other actor's id. */
  actor: idSchema,
  /** subgroup-of: part of it; overlaps-with: trackers draw the line differently; associated-with: shares tooling or people. */
  relation: z.enum(ACTOR_RELATIONS, {
    error: 'expected one of: subgroup-of, overlaps-with, associated-with',
  }),
  /** Source key for the relation. */
  source: z.string().min(1).optional(),
});

export const actorSchema = z.strictObject({
  /** Name we use, e.g. "Lazarus Group". */
  name: textSchema,
  /** Other names used by vendors and governments. */
  aliases: z.array(textSchema).default([]),
  /** State said to sponsor it (ISO 3166-1 alpha-2). */
  sponsor: countryCodeSchema,
  /** MITRE ATT&CK group id, e.g. G0032. */
  mitre: z
    .string()
    .regex(/^G\d{4}$/, 'expected a MITRE ATT&CK group id such as G0032')
    .optional(),
  /** One or two plain sentences. */
  summary: textSchema,
  /** Longer profile in Markdown. */
  description: textSchema.optional(),
  /** Earliest activity the sources tie to it. */
  first_seen: partialDateSchema.optional(),
  /** Sub-groups, overlaps and associations. */
  related: z.array(actorRelationSchema).default([]),
  /** Sources for the profile. */
  sources: z.array(sourceSchema).min(1, 'cite at least one source'),
  /** Dated corrections. */
  corrections: z.array(correctionSchema).default([]),
  /** Ids this record was published under before; each old URL redirects here (README: permanent links). */
  former_ids: z.array(idSchema).default([]),
});

export type Actor = z.output<typeof actorSchema>;
export type ActorRelation = z.output<typeof actorRelationSchema>;
