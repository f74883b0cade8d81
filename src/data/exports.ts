/**
 * What the open-data files, feeds and the /data/ page need: the catalog as a plain ExportDataset,
 * the git commit the build comes from, and the content's git history. Git is read once per build;
 * when it is missing, or the clone is shallow (history incomplete), the answers say so and the
 * build carries on with what the content alone provides.
 */
import { execFileSync } from 'node:child_process';
import { getContentRoot } from '../lib/content-root.ts';
import { buildChangelog, getRecordKey, type ChangelogEntry } from '../lib/export/changelog.ts';
import { findIncident, sortDataset, type ExportDataset } from '../lib/export/dataset.ts';
import { readContentHistory, readSourceCommit, type ContentHistory } from '../lib/export/git-log.ts';
import {
  buildActionsFeed,
  buildArticlesFeed,
  buildCorrectionsFeed,
  buildIncidentsFeed,
  listCorrections,
} from '../lib/export/feeds.ts';
import { INCIDENT_CSV_COLUMNS, buildIncidentsCsv } from '../lib/export/incident-csv.ts';
import {
  buildActionsDocument,
  buildEstimatesDocument,
  buildActorsDocument,
  buildFacilitatorsDocument,
  buildIncidentsDocument,
  serializeJson,
} from '../lib/export/json-export.ts';
import {
  ACTION_CSV_COLUMNS,
  FACILITATOR_CSV_COLUMNS,
  buildActionsCsv,
  buildFacilitatorsCsv,
} from '../lib/export/response-csv.ts';
import {
  buildArticlePageMetadata,
  buildDatasetPageMetadata,
  buildIncidentPageMetadata,
  type PageMetadata,
} from '../lib/export/page-metadata.ts';
import {
  DATA_FILES,
  FEEDS,
  MEDIA_TYPES,
  getActorPath,
  getArticlePath,
  getIncidentPath,
} from '../lib/export/permalinks.ts';
import { buildStixBundle } from '../lib/stix/build-bundle.ts';
import { actorSchema } from '../schemas/actor.ts';
import { incidentSchema } from '../schemas/incident.ts';
import { SITE, siteUrl } from '../site-config.ts';
import { getCatalog } from './catalog.ts';

/** Commits shown in the changelog; older history stays in the repository. */
const HISTORY_LIMIT = 100;

function runGit(args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 15_000,
      maxBuffer: 32 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

let sourceCommit: { value: string | undefined } | undefined;

/** HEAD's full hash, or undefined outside a git checkout. */
export function getSourceCommit(): string | undefined {
  sourceCommit ??= { value: readSourceCommit(runGit) };
  return sourceCommit.value;
}

let history: ContentHistory | undefined;

export function getContentHistory(): ContentHistory {
  history ??= readContentHistory(runGit, getContentRoot(), HISTORY_LIMIT);
  return history;
}

let dataset: Promise<ExportDataset> | undefined;

async function loadExportDataset(): Promise<ExportDataset> {
  const catalog = await getCatalog();
  const labels = (terms: ReadonlyMap<string, { label: string }>) =>
    Object.fromEntries([...terms].map(([id, term]) => [id, term.label]));
  return sortDataset({
    siteUrl: siteUrl('/'),
    siteName: SITE.name,
    incidents: catalog.incidents.map(({ id, data }) => ({ id, data })),
    actors: catalog.actors.map(({ id, data }) => ({ id, data })),
    articles: catalog.articles.map(({ id, data }) => ({
      id,
      data,
      authorNames: data.authors.map((author) => catalog.authorById.get(author)?.data.name ?? author),
    })),
    withdrawnIncidents: catalog.withdrawnIncidents.map(({ id, data }) => ({ id, data })),
    actions: catalog.actions.map(({ id, data }) => ({ id, data })),
    facilitators: catalog.facilitators.map(({ id, data }) => ({ id, data })),
    estimates: catalog.estimates.map(({ id, data }) => ({ id, data })),
    sectorLabels: labels(catalog.sectors),
    methodLabels: labels(catalog.methods),
    publishers: catalog.publishers,
    sourceCommit: getSourceCommit(),
  });
}

/** Every published record as plain data for the export builders in src/lib/export/ and src/lib/stix/. */
export function getExportDataset(): Promise<ExportDataset> {
  if (import.meta.env.DEV) return loadExportDataset();
  dataset ??= loadExportDataset();
  return dataset;
}

/** Corrections and content commits, newest first, each linked to the record it changed. */
export async function getDatasetChangelog(): Promise<{ entries: ChangelogEntry[]; history: ContentHistory }> {
  const data = await getExportDataset();
  const records = new Map<string, { title: string; path: string }>([
    ...data.incidents.map(
      ({ id, data: d }) =>
        [getRecordKey('incidents', id), { title: d.title, path: getIncidentPath(id) }] as const,
    ),
    ...data.actors.map(
      ({ id, data: d }) => [getRecordKey('actors', id), { title: d.name, path: getActorPath(id) }] as const,
    ),
    ...data.articles.map(
      ({ id, data: d }) =>
        [getRecordKey('articles', id), { title: d.title, path: getArticlePath(id) }] as const,
    ),
  ]);
  const contentHistory = getContentHistory();
  const commits = contentHistory.available ? contentHistory.commits : [];
  return {
    entries: buildChangelog(listCorrections(data), commits, getContentRoot(), records),
    history: contentHistory,
  };
}

export async function getIncidentPageMetadata(id: string): Promise<PageMetadata> {
  const dataset = await getExportDataset();
  // The metadata reads only this incident; handing over just it avoids a scan of every incident
  // per page (10,000 pages × 10,000 records was seconds of the build).
  const incident = findIncident(dataset, id);
  return buildIncidentPageMetadata(incident ? { ...dataset, incidents: [incident] } : dataset, id);
}

export async function getArticlePageMetadata(id: string): Promise<PageMetadata> {
  return buildArticlePageMetadata(await getExportDataset(), id);
}

const DATASET_DESCRIPTION =
  'Sourced records of state-sponsored cyber heists, from the SWIFT bank thefts of 2015–2016 to the ' +
  'crypto thefts that followed: incidents with dates at their known precision, victims, attribution ' +
  'with confidence and attributing party, losses in US dollars as reported, and threat actors. ' +
  'Available as JSON, CSV and a STIX 2.1 bundle.';

export interface DataFileSummary {
  path: string;
  format: string;
  mediaType: string;
  holds: string;
  /** Records, rows or objects in the file. */
  count: number;
  countLabel: string;
  bytes: number;
}

export interface DataPage {
  description: string;
  files: DataFileSummary[];
  csvColumns: ReadonlyArray<{ name: string; description: string }>;
  incidentFields: string[];
  actionCsvColumns: Array<{ name: string; description: string }>;
  facilitatorCsvColumns: Array<{ name: string; description: string }>;
  actorFields: string[];
  stixObjectCounts: Array<{ type: string; count: number }>;
  feeds: Array<{ path: string; title: string; entries: number }>;
  metadata: PageMetadata;
  sourceCommit: string | undefined;
  changelog: ChangelogEntry[];
  history: ContentHistory;
}

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Everything the /data/ page lists, counted from the very files the build writes. */
export async function getDataPage(): Promise<DataPage> {
  const data = await getExportDataset();
  const incidentsJson = serializeJson(buildIncidentsDocument(data));
  const actorsJson = serializeJson(buildActorsDocument(data));
  const csv = buildIncidentsCsv(data);
  const bundle = buildStixBundle(data);
  const stixCounts = new Map<string, number>();
  for (const object of bundle.objects) stixCounts.set(object.type, (stixCounts.get(object.type) ?? 0) + 1);
  const { entries, history: contentHistory } = await getDatasetChangelog();
  const feedSizes = {
    articles: buildArticlesFeed(data).entries.length,
    incidents: buildIncidentsFeed(data).entries.length,
    corrections: buildCorrectionsFeed(data).entries.length,
    actions: buildActionsFeed(data).entries.length,
  };
  const actionsJson = serializeJson(buildActionsDocument(data));
  const facilitatorsJson = serializeJson(buildFacilitatorsDocument(data));
  return {
    description: DATASET_DESCRIPTION,
    files: [
      {
        path: DATA_FILES.incidentsJson,
        format: 'JSON',
        mediaType: 'application/json',
        holds: 'Every incident with every field, plus its id and page URL.',
        count: data.incidents.length,
        countLabel: 'incidents',
        bytes: byteLength(incidentsJson),
      },
      {
        path: DATA_FILES.incidentsCsv,
        format: 'CSV',
        mediaType: 'text/csv',
        holds: 'One row per incident, flattened for spreadsheets (columns below).',
        count: data.incidents.length,
        countLabel: 'rows',
        bytes: byteLength(csv),
      },
      {
        path: DATA_FILES.actorsJson,
        format: 'JSON',
        mediaType: 'application/json',
        holds: 'Every threat actor: names, aliases, sponsor, MITRE ATT&CK id, relations and sources.',
        count: data.actors.length,
        countLabel: 'actors',
        bytes: byteLength(actorsJson),
      },
      {
        path: DATA_FILES.actionsJson,
        format: 'JSON',
        mediaType: 'application/json',
        holds:
          'Every enforcement and response action: kind, date, authority, targets, incidents, amounts and sources.',
        count: data.actions.length,
        countLabel: 'actions',
        bytes: byteLength(actionsJson),
      },
      {
        path: DATA_FILES.actionsCsv,
        format: 'CSV',
        mediaType: 'text/csv',
        holds: 'One row per action (columns below).',
        count: data.actions.length,
        countLabel: 'rows',
        bytes: byteLength(buildActionsCsv(data)),
      },
      {
        path: DATA_FILES.facilitatorsJson,
        format: 'JSON',
        mediaType: 'application/json',
        holds: 'Every person, company and service that moved stolen money, with sources.',
        count: data.facilitators.length,
        countLabel: 'facilitators',
        bytes: byteLength(facilitatorsJson),
      },
      {
        path: DATA_FILES.facilitatorsCsv,
        format: 'CSV',
        mediaType: 'text/csv',
        holds: 'One row per facilitator (columns below).',
        count: data.facilitators.length,
        countLabel: 'rows',
        bytes: byteLength(buildFacilitatorsCsv(data)),
      },
      {
        path: DATA_FILES.estimatesJson,
        format: 'JSON',
        mediaType: 'application/json',
        holds:
          'Every published estimate of North Korean theft that the coverage page compares the record with: publisher, years, amount, scope, sources.',
        count: data.estimates?.length ?? 0,
        countLabel: 'estimates',
        bytes: byteLength(serializeJson(buildEstimatesDocument(data))),
      },
      {
        path: DATA_FILES.stixBundle,
        format: 'STIX 2.1',
        mediaType: MEDIA_TYPES.stix,
        holds:
          'The incidents, actors, articles, actions and facilitators as a STIX 2.1 bundle for threat-intelligence platforms.',
        count: bundle.objects.length,
        countLabel: 'objects',
        bytes: byteLength(serializeJson(bundle)),
      },
    ],
    csvColumns: INCIDENT_CSV_COLUMNS.map(({ name, description }) => ({ name, description })),
    actionCsvColumns: ACTION_CSV_COLUMNS.map(({ name, description }) => ({ name, description })),
    facilitatorCsvColumns: FACILITATOR_CSV_COLUMNS.map(({ name, description }) => ({ name, description })),
    incidentFields: ['id', 'url', ...Object.keys(incidentSchema.shape)],
    actorFields: ['id', 'url', ...Object.keys(actorSchema.shape)],
    stixObjectCounts: [...stixCounts].map(([type, count]) => ({ type, count })),
    feeds: (Object.keys(FEEDS) as Array<keyof typeof FEEDS>).map((name) => ({
      path: FEEDS[name].path,
      title: FEEDS[name].title,
      entries: feedSizes[name],
    })),
    metadata: buildDatasetPageMetadata(data, DATASET_DESCRIPTION),
    sourceCommit: data.sourceCommit,
    changelog: entries,
    history: contentHistory,
  };
}
