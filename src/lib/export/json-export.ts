/**
 * The JSON downloads: /data/incidents.json, /data/actors.json, /data/actions.json,
 * /data/facilitators.json and /incidents/<id>.json.
 *
 * Each record is exactly the validated content record (every field, defaults filled in) with its
 * permanent `id` and page `url` added in front. Sources name publishers by id; the document's
 * `publishers` list gives each cited publisher's name and tier. A small header says which export
 * version, licence and commit the file comes from, and names the JSON Schemas that validate the
 * file (`$schema`) and each record in it (`record_schema`): src/schemas/export-json-schema.ts.
 */
import type { Action } from '../../schemas/action.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { Facilitator } from '../../schemas/facilitator.ts';
import type { Estimate } from '../../schemas/estimate.ts';
import type { Incident } from '../../schemas/incident.ts';
import { findIncident, type ExportDataset } from './dataset.ts';
import { getRecordSchemaName, type ExportDocumentName } from '../../schemas/export-json-schema.ts';
import { DATA_LICENSE, EXPORT_SCHEMA_VERSION } from './export-meta.ts';
import {
  getActionPath,
  getActorPath,
  getEstimatePath,
  getExportSchemaPath,
  getFacilitatorPath,
  getIncidentPath,
  toAbsoluteUrl,
} from './permalinks.ts';
import type { PublisherDirectory, PublisherRef } from '../sources.ts';
import type { Source } from '../../schemas/source.ts';

export type IncidentRecord = { id: string; url: string } & Incident;
export type ActorRecord = { id: string; url: string } & Actor;
export type ActionRecord = { id: string; url: string } & Action;
export type FacilitatorRecord = { id: string; url: string } & Facilitator;
export type EstimateRecord = { id: string; url: string } & Estimate;

/** What every JSON download starts with. */
export interface ExportHeader {
  /** The JSON Schema this whole file validates against. */
  $schema: string;
  schema_version: string;
  /** The JSON Schema each record in the file validates against (with its `id` and `url`). */
  record_schema: string;
  title: string;
  license: { id: string; name: string; url: string };
  /** Where to read about the dataset and how to cite it. */
  documentation: string;
  /** Git commit the files were built from, or null when the build had no git metadata. */
  source_commit: string | null;
}

function header(dataset: ExportDataset, document: ExportDocumentName, title: string): ExportHeader {
  return {
    $schema: toAbsoluteUrl(getExportSchemaPath(document), dataset.siteUrl),
    schema_version: EXPORT_SCHEMA_VERSION,
    record_schema: toAbsoluteUrl(getExportSchemaPath(getRecordSchemaName(document)), dataset.siteUrl),
    title,
    license: { ...DATA_LICENSE },
    documentation: toAbsoluteUrl('/data/', dataset.siteUrl),
    source_commit: dataset.sourceCommit ?? null,
  };
}

export function toIncidentRecord(id: string, data: Incident, siteUrl: string): IncidentRecord {
  return { id, url: toAbsoluteUrl(getIncidentPath(id), siteUrl), ...data };
}

export function toActorRecord(id: string, data: Actor, siteUrl: string): ActorRecord {
  return { id, url: toAbsoluteUrl(getActorPath(id), siteUrl), ...data };
}

/**
 * The publishers the given sources cite, originals and copies, sorted by id: a source's `publisher`
 * and `via.publisher` are ids into this list, which gives each one's name and tier.
 */
export function listCitedPublishers(
  sourceLists: ReadonlyArray<readonly Source[]>,
  directory: PublisherDirectory,
): PublisherRef[] {
  const ids = new Set<string>();
  for (const sources of sourceLists)
    for (const source of sources) {
      ids.add(source.publisher);
      if (source.via) ids.add(source.via.publisher);
    }
  return [...ids].sort().flatMap((id) => {
    const found = directory.get(id);
    return found ? [{ id: found.id, name: found.name, tier: found.tier }] : [];
  });
}

export function buildIncidentsDocument(
  dataset: ExportDataset,
): ExportHeader & { count: number; incidents: IncidentRecord[]; publishers: PublisherRef[] } {
  const incidents = dataset.incidents.map(({ id, data }) => toIncidentRecord(id, data, dataset.siteUrl));
  return {
    ...header(dataset, 'incidents', `${dataset.siteName}: incidents`),
    count: incidents.length,
    incidents,
    publishers: listCitedPublishers(
      dataset.incidents.map(({ data }) => data.sources),
      dataset.publishers,
    ),
  };
}

export function buildActorsDocument(
  dataset: ExportDataset,
): ExportHeader & { count: number; actors: ActorRecord[] } {
  const actors = dataset.actors.map(({ id, data }) => toActorRecord(id, data, dataset.siteUrl));
  return {
    ...header(dataset, 'actors', `${dataset.siteName}: actors`),
    count: actors.length,
    actors,
  };
}

export function buildIncidentDocument(
  dataset: ExportDataset,
  id: string,
): ExportHeader & { incident: IncidentRecord; publishers: PublisherRef[] } {
  const entry = findIncident(dataset, id);
  if (!entry) throw new Error(`No incident "${id}"`);
  return {
    ...header(dataset, 'incident', `${dataset.siteName}: ${entry.data.title}`),
    incident: toIncidentRecord(id, entry.data, dataset.siteUrl),
    publishers: listCitedPublishers([entry.data.sources], dataset.publishers),
  };
}

/** Pretty-printed with a final newline: readable, and diffs line by line. */
export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function buildActionsDocument(
  dataset: ExportDataset,
): ExportHeader & { count: number; actions: ActionRecord[]; publishers: PublisherRef[] } {
  const actions = dataset.actions.map(({ id, data }) => ({
    id,
    url: toAbsoluteUrl(getActionPath(id), dataset.siteUrl),
    ...data,
  }));
  return {
    ...header(dataset, 'actions', `${dataset.siteName}: enforcement and response actions`),
    count: actions.length,
    actions,
    // The authorities are publishers too, so the list covers them with the cited sources.
    publishers: listCitedPublishers(
      [
        ...dataset.actions.map(({ data }) => data.sources),
        dataset.actions.map(({ data }) => ({
          key: '',
          title: '',
          date: '',
          url: '',
          publisher: data.authority,
        })),
      ],
      dataset.publishers,
    ),
  };
}

export function buildFacilitatorsDocument(
  dataset: ExportDataset,
): ExportHeader & { count: number; facilitators: FacilitatorRecord[]; publishers: PublisherRef[] } {
  const facilitators = dataset.facilitators.map(({ id, data }) => ({
    id,
    url: toAbsoluteUrl(getFacilitatorPath(id), dataset.siteUrl),
    ...data,
  }));
  return {
    ...header(dataset, 'facilitators', `${dataset.siteName}: facilitators`),
    count: facilitators.length,
    facilitators,
    publishers: listCitedPublishers(
      dataset.facilitators.map(({ data }) => data.sources),
      dataset.publishers,
    ),
  };
}

/**
 * `/data/estimates.json`: every published estimate of North Korean theft that /coverage/ compares
 * the record with; each record's `url` is its row on that page.
 */
export function buildEstimatesDocument(
  dataset: ExportDataset,
): ExportHeader & { count: number; estimates: EstimateRecord[]; publishers: PublisherRef[] } {
  const list = dataset.estimates ?? [];
  const estimates = list.map(({ id, data }) => ({
    id,
    url: toAbsoluteUrl(getEstimatePath(id), dataset.siteUrl),
    ...data,
  }));
  return {
    ...header(dataset, 'estimates', `${dataset.siteName}: published estimates of North Korean theft`),
    count: estimates.length,
    estimates,
    publishers: listCitedPublishers(
      [
        ...list.map(({ data }) => data.sources),
        // Whoever made the estimate is a publisher too, cited or not.
        list.map(({ data }) => ({ key: '', title: '', date: '', url: '', publisher: data.publisher })),
      ],
      dataset.publishers,
    ),
  };
}
