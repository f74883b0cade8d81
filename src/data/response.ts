/** Actions and facilitators joined to what they concern, for the response pages and sections. */
import { indexActionsByActor, indexActionsByFacilitator, indexActionsByIncident } from '../lib/response.ts';
import { resolveSources, type PublisherRef, type ResolvedSource } from '../lib/sources.ts';
import {
  getCatalog,
  requireEntry,
  type ActionEntry,
  type ActorEntry,
  type Catalog,
  type FacilitatorEntry,
  type IncidentEntry,
} from './catalog.ts';

export interface ActionView {
  action: ActionEntry;
  authority: PublisherRef;
  actors: ActorEntry[];
  facilitators: FacilitatorEntry[];
  incidents: IncidentEntry[];
  sources: ResolvedSource[];
}

export interface FacilitatorView {
  facilitator: FacilitatorEntry;
  /** Actions that target it, newest first. */
  actions: ActionEntry[];
  /** Incidents those actions concern, newest first. */
  incidents: IncidentEntry[];
  sources: ResolvedSource[];
}

interface ResponseIndex {
  byIncident: Map<string, ActionEntry[]>;
  byActor: Map<string, ActionEntry[]>;
  byFacilitator: Map<string, ActionEntry[]>;
  /** Display names, built once: every incident page asks for them. */
  facilitatorNames: Record<string, string>;
  authorityNames: Map<string, string>;
}

const indexes = new WeakMap<Catalog, ResponseIndex>();

function getIndex(catalog: Catalog): ResponseIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = {
      byIncident: indexActionsByIncident(catalog.actions),
      byActor: indexActionsByActor(
        catalog.actions,
        (id) => catalog.incidentById.get(id)?.summary.actors ?? [],
      ),
      byFacilitator: indexActionsByFacilitator(catalog.actions),
      facilitatorNames: Object.fromEntries(catalog.facilitators.map((f) => [f.id, f.data.name])),
      authorityNames: new Map(
        catalog.actions.map((a) => [
          a.data.authority,
          catalog.publishers.get(a.data.authority)?.name ?? a.data.authority,
        ]),
      ),
    };
    indexes.set(catalog, index);
  }
  return index;
}

function toActionView(catalog: Catalog, action: ActionEntry): ActionView {
  const { data, file } = action;
  const authority = catalog.publishers.get(data.authority);
  if (!authority)
    throw new Error(`${file} authority: "${data.authority}" does not exist (run \`npm run check\`)`);
  return {
    action,
    authority,
    actors: data.targets.actors.map((id) => requireEntry(catalog.actorById, id, `${file} targets.actors`)),
    facilitators: data.targets.facilitators.map((id) =>
      requireEntry(catalog.facilitatorById, id, `${file} targets.facilitators`),
    ),
    incidents: data.incidents.map((id) => requireEntry(catalog.incidentById, id, `${file} incidents`)),
    sources: resolveSources(data.sources, catalog.publishers),
  };
}

/** Every action, newest first, with what it concerns. */
export async function getActionViews(): Promise<ActionView[]> {
  const catalog = await getCatalog();
  return catalog.actions.map((action) => toActionView(catalog, action));
}

export async function getFacilitatorViews(): Promise<FacilitatorView[]> {
  const catalog = await getCatalog();
  const { byFacilitator } = getIndex(catalog);
  return catalog.facilitators.map((facilitator) => {
    const actions = byFacilitator.get(facilitator.id) ?? [];
    const incidentIds = new Set(actions.flatMap((action) => action.data.incidents));
    return {
      facilitator,
      actions,
      incidents: catalog.incidents.filter((incident) => incidentIds.has(incident.id)),
      sources: resolveSources(facilitator.data.sources, catalog.publishers),
    };
  });
}

/** Actions concerning one incident, newest first. */
export async function getActionsForIncident(id: string): Promise<ActionEntry[]> {
  const catalog = await getCatalog();
  return getIndex(catalog).byIncident.get(id) ?? [];
}

/** Actions concerning one actor or its incidents, newest first. */
export async function getActionsForActor(id: string): Promise<ActionEntry[]> {
  const catalog = await getCatalog();
  return getIndex(catalog).byActor.get(id) ?? [];
}

/** Facilitator names by id, for trail labels. */
export async function getFacilitatorNames(): Promise<Record<string, string>> {
  return getIndex(await getCatalog()).facilitatorNames;
}

/** Publisher names by id, for lists that show each action's authority. */
export async function getAuthorityNames(): Promise<Map<string, string>> {
  return getIndex(await getCatalog()).authorityNames;
}

/** The facilitators the given actions target, by name, each once. */
export async function getFacilitatorsNamedFor(actions: readonly ActionEntry[]): Promise<FacilitatorEntry[]> {
  const catalog = await getCatalog();
  const ids = new Set(actions.flatMap((action) => action.data.targets.facilitators));
  return catalog.facilitators.filter((facilitator) => ids.has(facilitator.id));
}
