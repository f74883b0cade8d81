/**
 * /data/actions.csv and /data/facilitators.csv: one row per record, flattened for spreadsheets the
 * same way as incidents.csv (lists joined with ";", plain US dollar numbers). The column lists are
 * also the documentation the /data/ page shows.
 */
import type { Action } from '../../schemas/action.ts';
import type { Facilitator } from '../../schemas/facilitator.ts';
import { formatCsv, type CsvValue } from './csv.ts';
import type { ExportDataset } from './dataset.ts';
import { CSV_LIST_SEPARATOR } from './incident-csv.ts';
import { getActionPath, getFacilitatorPath, toAbsoluteUrl } from './permalinks.ts';

interface Column<T> {
  name: string;
  description: string;
  value: (row: { id: string; url: string; data: T }) => CsvValue;
}

const list = (values: readonly string[]): string => values.join(CSV_LIST_SEPARATOR);

function amountOf(data: Action, kind: Action['amounts'][number]['kind']): number | undefined {
  const figures = data.amounts.filter((amount) => amount.kind === kind && amount.usd !== undefined);
  return figures.length === 0 ? undefined : figures.reduce((sum, amount) => sum + (amount.usd ?? 0), 0);
}

export const ACTION_CSV_COLUMNS: ReadonlyArray<Column<Action>> = [
  { name: 'id', description: 'Permanent record id (the file name).', value: ({ id }) => id },
  { name: 'url', description: 'The action’s page.', value: ({ url }) => url },
  { name: 'title', description: 'Headline.', value: ({ data }) => data.title },
  {
    name: 'kind',
    description:
      'criminal-charge, conviction, sanction, seizure, forfeiture, fine, advisory, attribution, un-report, court-order or civil-suit.',
    value: ({ data }) => data.kind,
  },
  { name: 'date', description: 'YYYY, YYYY-MM or YYYY-MM-DD.', value: ({ data }) => data.date },
  {
    name: 'authority',
    description: 'Publisher id of the body that took it (see publishers in actions.json).',
    value: ({ data }) => data.authority,
  },
  {
    name: 'jurisdiction',
    description: 'ISO 3166-1 alpha-2 of the state; empty for the UN and multinational bodies.',
    value: ({ data }) => data.jurisdiction,
  },
  {
    name: 'incidents',
    description: 'Incident ids it concerns, “;”-separated.',
    value: ({ data }) => list(data.incidents),
  },
  {
    name: 'actors',
    description: 'Actor ids it targets, “;”-separated.',
    value: ({ data }) => list(data.targets.actors),
  },
  {
    name: 'facilitators',
    description: 'Facilitator ids it targets, “;”-separated.',
    value: ({ data }) => list(data.targets.facilitators),
  },
  {
    name: 'people',
    description: 'Named individuals it targets who have no facilitator record, “;”-separated.',
    value: ({ data }) => list(data.targets.people),
  },
  ...(['seized', 'forfeited', 'fined', 'returned', 'frozen'] as const).map((kind) => ({
    name: `${kind}_usd`,
    description: `US dollars ${kind} by this action, where sources give a dollar figure (summed if several).`,
    value: ({ data }: { data: Action }) => amountOf(data, kind),
  })),
  { name: 'outcome', description: 'What came of it.', value: ({ data }) => data.outcome },
  { name: 'sources', description: 'Number of cited sources.', value: ({ data }) => data.sources.length },
];

export const FACILITATOR_CSV_COLUMNS: ReadonlyArray<Column<Facilitator>> = [
  { name: 'id', description: 'Permanent record id (the file name).', value: ({ id }) => id },
  { name: 'url', description: 'The facilitator’s page.', value: ({ url }) => url },
  { name: 'name', description: 'Name.', value: ({ data }) => data.name },
  {
    name: 'kind',
    description:
      'person, company, exchange, mixer, bridge, otc-desk, casino, junket-operator, bank or service.',
    value: ({ data }) => data.kind,
  },
  { name: 'country', description: 'ISO 3166-1 alpha-2, where known.', value: ({ data }) => data.country },
  { name: 'aliases', description: 'Other names, “;”-separated.', value: ({ data }) => list(data.aliases) },
  {
    name: 'summary',
    description: 'What they did with stolen money, per the sources.',
    value: ({ data }) => data.summary,
  },
  { name: 'sources', description: 'Number of cited sources.', value: ({ data }) => data.sources.length },
];

function build<T>(
  records: ReadonlyArray<{ id: string; data: T }>,
  columns: ReadonlyArray<Column<T>>,
  pathOf: (id: string) => string,
  siteUrl: string,
): string {
  const rows = records.map(({ id, data }) => {
    const row = { id, data, url: toAbsoluteUrl(pathOf(id), siteUrl) };
    return columns.map((column) => column.value(row));
  });
  return formatCsv(
    columns.map((column) => column.name),
    rows,
  );
}

export function buildActionsCsv(dataset: ExportDataset): string {
  return build(dataset.actions, ACTION_CSV_COLUMNS, getActionPath, dataset.siteUrl);
}

export function buildFacilitatorsCsv(dataset: ExportDataset): string {
  return build(dataset.facilitators, FACILITATOR_CSV_COLUMNS, getFacilitatorPath, dataset.siteUrl);
}
