/**
 * The compact incident index the explorer fetches on demand (/incidents/explorer.json). Labels
 * are stored once in lookup tables and rows refer to them by position, which keeps the file small
 * enough at 10,000 incidents to filter entirely in the browser.
 */
import { getCountryName } from '../countries.ts';
import type { IncidentSummary } from '../incident-summary.ts';
import { STATUSES } from './explorer-statuses.ts';

export { STATUSES };

export const EXPLORER_INDEX_VERSION = 1;

/** [id, label] pairs; for countries [alpha-2 code, name]. */
export type Lookup = Array<[string, string]>;

/**
 * One incident: [id, title, start, victim, status index, actor indexes, country indexes,
 * sector indexes, method indexes, USD stolen or null, USD stolen range high or null].
 */
export type ExplorerRow = [
  string,
  string,
  string,
  string,
  number,
  number[],
  number[],
  number[],
  number[],
  number | null,
  number | null,
];

export interface ExplorerIndex {
  version: number;
  actors: Lookup;
  countries: Lookup;
  sectors: Lookup;
  methods: Lookup;
  rows: ExplorerRow[];
}

export interface ExplorerSource {
  summary: IncidentSummary;
  /** High end of a stolen range, when sources give one. */
  stolenHigh: number | undefined;
}

function lookupOf(ids: Iterable<string>, labelOf: (id: string) => string): Lookup {
  return [...new Set(ids)]
    .map((id): [string, string] => [id, labelOf(id)])
    .sort((a, b) => a[1].localeCompare(b[1]));
}

function indexer(lookup: Lookup): (id: string) => number {
  const positions = new Map(lookup.map(([id], index) => [id, index]));
  return (id) => positions.get(id) ?? -1;
}

export function describeVictims(summary: IncidentSummary): string {
  return summary.victimNames.length > 0
    ? summary.victimNames.join(', ')
    : `${summary.countries.length} countries`;
}

/** Builds the index from incidents already sorted newest first. */
export function buildExplorerIndex(
  sources: readonly ExplorerSource[],
  labels: {
    actors: Record<string, string>;
    sectors: Record<string, string>;
    methods: Record<string, string>;
  },
): ExplorerIndex {
  const summaries = sources.map((source) => source.summary);
  const actors = lookupOf(
    summaries.flatMap((s) => s.actors),
    (id) => labels.actors[id] ?? id,
  );
  const countries = lookupOf(
    summaries.flatMap((s) => s.countries),
    getCountryName,
  );
  const sectors = lookupOf(
    summaries.flatMap((s) => s.sectors),
    (id) => labels.sectors[id] ?? id,
  );
  const methods = lookupOf(
    summaries.flatMap((s) => s.methods),
    (id) => labels.methods[id] ?? id,
  );
  const [actorAt, countryAt, sectorAt, methodAt] = [actors, countries, sectors, methods].map(indexer) as [
    (id: string) => number,
    (id: string) => number,
    (id: string) => number,
    (id: string) => number,
  ];
  const rows = sources.map(({ summary, stolenHigh }): ExplorerRow => [
    summary.id,
    summary.title,
    summary.start,
    describeVictims(summary),
    STATUSES.indexOf(summary.status),
    summary.actors.map(actorAt),
    summary.countries.map(countryAt),
    summary.sectors.map(sectorAt),
    summary.methods.map(methodAt),
    summary.usd.stolen ?? null,
    stolenHigh ?? null,
  ]);
  return { version: EXPLORER_INDEX_VERSION, actors, countries, sectors, methods, rows };
}
