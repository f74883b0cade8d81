/**
 * The claims an incident makes, each resting on one cited source: who did it, how much moved, what
 * happened when. The integrity checks resolve their source keys and weigh their publishers' tiers
 * from this one list, and the incident page labels each claim with the tier it rests on.
 */
import type { Incident } from '../schemas/incident.ts';

/** Loss figures in the order the page shows them. */
export const LOSS_KINDS = ['attempted', 'stolen', 'recovered', 'frozen'] as const;
export type LossKind = (typeof LOSS_KINDS)[number];

export interface IncidentClaim {
  /** Field path of the claim's `source` key, e.g. `['attribution', 0, 'source']`. */
  path: ReadonlyArray<string | number>;
  /** What the claim is, for messages: "attribution to lazarus-group", "stolen amount". */
  label: string;
  /** The source key it cites. */
  sourceKey: string;
}

export function listIncidentClaims(
  incident: Pick<Incident, 'attribution' | 'losses' | 'timeline'> & Partial<Pick<Incident, 'trail'>>,
): IncidentClaim[] {
  const claims: IncidentClaim[] = [];
  incident.attribution.forEach((attribution, index) =>
    claims.push({
      path: ['attribution', index, 'source'],
      label: `attribution to ${attribution.actor}`,
      sourceKey: attribution.source,
    }),
  );
  for (const kind of LOSS_KINDS) {
    const figure = incident.losses[kind];
    if (figure)
      claims.push({ path: ['losses', kind, 'source'], label: `${kind} amount`, sourceKey: figure.source });
  }
  (incident.trail ?? []).forEach((step, index) =>
    claims.push({ path: ['trail', index, 'source'], label: `laundering step`, sourceKey: step.source }),
  );
  incident.timeline.forEach((event, index) => {
    if (event.source)
      claims.push({ path: ['timeline', index, 'source'], label: `timeline event`, sourceKey: event.source });
  });
  return claims;
}
