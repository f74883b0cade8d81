/**
 * The response record shaped for pages: labels for action and facilitator kinds, and the indexes
 * that tie actions to incidents, actors and facilitators. Pure, so pages, exports and tests share it.
 */
import type { Action, ActionKind } from '../schemas/action.ts';
import type { FacilitatorKind } from '../schemas/facilitator.ts';

export const ACTION_KIND_LABELS: Readonly<Record<ActionKind, string>> = {
  'criminal-charge': 'Criminal charge',
  conviction: 'Conviction',
  sanction: 'Sanctions designation',
  seizure: 'Seizure',
  forfeiture: 'Forfeiture action',
  fine: 'Regulatory fine',
  advisory: 'Government advisory',
  attribution: 'Attribution notice',
  'un-report': 'UN or monitoring report',
  'court-order': 'Court order',
  'civil-suit': 'Civil suit',
};

/** Plural headings for the filter pages: "Criminal charges". */
export const ACTION_KIND_PLURALS: Readonly<Record<ActionKind, string>> = {
  'criminal-charge': 'Criminal charges',
  conviction: 'Convictions',
  sanction: 'Sanctions designations',
  seizure: 'Seizures',
  forfeiture: 'Forfeiture actions',
  fine: 'Regulatory fines',
  advisory: 'Government advisories',
  attribution: 'Attribution notices',
  'un-report': 'UN and monitoring reports',
  'court-order': 'Court orders',
  'civil-suit': 'Civil suits',
};

export const FACILITATOR_KIND_LABELS: Readonly<Record<FacilitatorKind, string>> = {
  person: 'Person',
  company: 'Company',
  exchange: 'Exchange',
  mixer: 'Mixer',
  bridge: 'Bridge',
  'otc-desk': 'OTC desk',
  casino: 'Casino',
  'junket-operator': 'Junket operator',
  bank: 'Bank',
  service: 'Service',
};

interface ActionLike {
  id: string;
  data: Pick<Action, 'incidents' | 'targets'>;
}

function indexBy<T extends ActionLike>(actions: readonly T[], keysOf: (action: T) => readonly string[]) {
  const index = new Map<string, T[]>();
  for (const action of actions)
    for (const key of new Set(keysOf(action))) {
      const list = index.get(key) ?? [];
      list.push(action);
      index.set(key, list);
    }
  return index;
}

/** Incident id → the actions that concern it, in the order given (pages pass newest first). */
export function indexActionsByIncident<T extends ActionLike>(actions: readonly T[]): Map<string, T[]> {
  return indexBy(actions, (action) => action.data.incidents);
}

/** Facilitator id → the actions that target it. */
export function indexActionsByFacilitator<T extends ActionLike>(actions: readonly T[]): Map<string, T[]> {
  return indexBy(actions, (action) => action.data.targets.facilitators);
}

/**
 * Actor id → the actions that concern it: those that name it as a target, and those about an
 * incident attributed to it.
 */
export function indexActionsByActor<T extends ActionLike>(
  actions: readonly T[],
  actorsOfIncident: (incidentId: string) => readonly string[],
): Map<string, T[]> {
  return indexBy(actions, (action) => [
    ...action.data.targets.actors,
    ...action.data.incidents.flatMap((id) => actorsOfIncident(id)),
  ]);
}
