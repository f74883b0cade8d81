/**
 * /data/incidents.csv: one row per incident, flattened for spreadsheets. Lists are joined with
 * ";", amounts are plain US dollar numbers (no "$", no separators), dates keep their precision.
 * The column list below is also the documentation the /data/ page shows.
 */
import { summarizeIncident } from '../incident-summary.ts';
import { getYear } from '../partial-date.ts';
import { CONFIDENCE_LEVELS, type Incident } from '../../schemas/incident.ts';
import { formatCsv, type CsvValue } from './csv.ts';
import type { ExportDataset } from './dataset.ts';
import { getIncidentPath, toAbsoluteUrl } from './permalinks.ts';
import type { LossKind } from '../incident-claims.ts';
import { resolveSources, tallySourceTiers, type PublisherDirectory } from '../sources.ts';

/** Separator inside list cells. */
export const CSV_LIST_SEPARATOR = ';';

interface RowInput {
  id: string;
  data: Incident;
  url: string;
  publishers: PublisherDirectory;
}

interface CsvColumn {
  name: string;
  description: string;
  value: (row: RowInput) => CsvValue;
}

const list = (values: readonly string[]): string => values.join(CSV_LIST_SEPARATOR);

function highestConfidence(data: Incident): string | undefined {
  const ranks = data.attribution.map((a) => CONFIDENCE_LEVELS.indexOf(a.confidence));
  return ranks.length > 0 ? CONFIDENCE_LEVELS[Math.max(...ranks)] : undefined;
}

function lossColumns(kind: LossKind, verb: string): CsvColumn[] {
  return [
    {
      name: `${kind}_usd`,
      description: `US dollars ${verb}, at the time, as the cited source gives it (low end of a range).`,
      value: ({ data }) => data.losses[kind]?.usd,
    },
    {
      name: `${kind}_usd_high`,
      description: `High end when sources give a range for the amount ${verb}.`,
      value: ({ data }) => data.losses[kind]?.usd_high,
    },
  ];
}

export const INCIDENT_CSV_COLUMNS: readonly CsvColumn[] = [
  { name: 'id', description: 'Permanent record id (the file name).', value: ({ id }) => id },
  { name: 'url', description: 'The incident’s page.', value: ({ url }) => url },
  { name: 'title', description: 'Headline.', value: ({ data }) => data.title },
  { name: 'summary', description: 'One or two plain sentences.', value: ({ data }) => data.summary },
  {
    name: 'status',
    description: 'completed, attempted or disrupted: did money or data leave?',
    value: ({ data }) => data.status,
  },
  {
    name: 'category',
    description: 'heist, extortion, destructive, espionage or campaign.',
    value: ({ data }) => data.category,
  },
  {
    name: 'start',
    description: 'First known hostile activity: YYYY, YYYY-MM or YYYY-MM-DD.',
    value: ({ data }) => data.dates.start,
  },
  { name: 'end', description: 'Last known hostile activity.', value: ({ data }) => data.dates.end },
  { name: 'discovered', description: 'When it was noticed.', value: ({ data }) => data.dates.discovered },
  { name: 'disclosed', description: 'When it became public.', value: ({ data }) => data.dates.disclosed },
  { name: 'year', description: 'Year of the start date.', value: ({ data }) => getYear(data.dates.start) },
  {
    name: 'victims',
    description: 'Victim names, “;”-separated.',
    value: ({ id, data }) => list(summarizeIncident(id, data).victimNames),
  },
  {
    name: 'countries',
    description: 'Victim countries as ISO 3166-1 alpha-2 codes, “;”-separated.',
    value: ({ id, data }) => list(summarizeIncident(id, data).countries),
  },
  {
    name: 'sectors',
    description: 'Victim sector ids, “;”-separated.',
    value: ({ id, data }) => list(summarizeIncident(id, data).sectors),
  },
  {
    name: 'actors',
    description: 'Ids of the actors it is attributed to (see actors.json), “;”-separated.',
    value: ({ id, data }) => list(summarizeIncident(id, data).actors),
  },
  {
    name: 'confidence',
    description: 'Highest attribution confidence: low, medium or high; empty when unattributed.',
    value: ({ data }) => highestConfidence(data),
  },
  { name: 'methods', description: 'Method ids, “;”-separated.', value: ({ data }) => list(data.methods) },
  {
    name: 'techniques',
    description: 'MITRE ATT&CK technique ids, “;”-separated.',
    value: ({ data }) => list(data.techniques),
  },
  { name: 'malware', description: 'Malware names, “;”-separated.', value: ({ data }) => list(data.malware) },
  ...lossColumns('attempted', 'attempted'),
  ...lossColumns('stolen', 'stolen'),
  ...lossColumns('recovered', 'recovered (back in the victim’s or its customers’ hands)'),
  {
    name: 'recovered_as_of',
    description: 'Date the recovered amount refers to.',
    value: ({ data }) => data.losses.recovered?.as_of,
  },
  ...lossColumns('frozen', 'frozen, seized or confiscated but not returned'),
  {
    name: 'frozen_as_of',
    description: 'Date the frozen amount refers to.',
    value: ({ data }) => data.losses.frozen?.as_of,
  },
  {
    name: 'related',
    description: 'Ids of related incidents, “;”-separated.',
    value: ({ data }) => list(data.related),
  },
  {
    name: 'attributed_by',
    description: 'Who made each attribution, in the order of the record, “;”-separated.',
    value: ({ data }) => list(data.attribution.map((a) => a.by)),
  },
  { name: 'sources', description: 'Number of cited sources.', value: ({ data }) => data.sources.length },
  {
    name: 'source_tiers',
    description:
      'Cited sources per publisher tier (official, victim, research, press, secondary), e.g. “official:2;press:3”.',
    value: ({ data, publishers }) =>
      list(tallySourceTiers(resolveSources(data.sources, publishers)).map((t) => `${t.tier}:${t.count}`)),
  },
  {
    name: 'corrections',
    description: 'Number of published corrections.',
    value: ({ data }) => data.corrections.length,
  },
  {
    name: 'last_correction',
    description: 'Date of the latest correction, YYYY-MM-DD.',
    value: ({ data }) =>
      data.corrections
        .map((c) => c.date)
        .sort()
        .at(-1),
  },
];

export function buildIncidentsCsv(dataset: ExportDataset): string {
  const rows = dataset.incidents.map(({ id, data }) => {
    const input = {
      id,
      data,
      url: toAbsoluteUrl(getIncidentPath(id), dataset.siteUrl),
      publishers: dataset.publishers,
    };
    return INCIDENT_CSV_COLUMNS.map((column) => column.value(input));
  });
  return formatCsv(
    INCIDENT_CSV_COLUMNS.map((column) => column.name),
    rows,
  );
}
