/** The incident explorer's pages, filter options and compact index. */
import {
  buildExplorerIndex,
  STATUSES,
  type ExplorerIndex,
  type Lookup,
} from '../lib/explorer/explorer-index.ts';
import { computeHeadlineFigures, type HeadlineFigures } from '../lib/aggregate.ts';
import { getCatalog, type IncidentEntry } from './catalog.ts';
import { getLabels } from './labels.ts';

/** Rows per server-rendered page: keeps /incidents/ small at any dataset size. */
export const EXPLORER_PAGE_SIZE = 100;

export interface ExplorerPage {
  /** 1-based page number. */
  page: number;
  pageCount: number;
  incidents: IncidentEntry[];
  figures: HeadlineFigures;
  options: {
    actors: Lookup;
    countries: Lookup;
    sectors: Lookup;
    methods: Lookup;
    statuses: readonly string[];
    years: number[];
  };
}

export async function getExplorerIndex(): Promise<ExplorerIndex> {
  const [catalog, labels] = await Promise.all([getCatalog(), getLabels()]);
  return buildExplorerIndex(
    catalog.incidents.map((incident) => ({
      summary: incident.summary,
      stolenHigh: incident.data.losses.stolen?.usd_high,
    })),
    labels,
  );
}

export async function getExplorerPages(): Promise<ExplorerPage[]> {
  const catalog = await getCatalog();
  const index = await getExplorerIndex();
  const summaries = catalog.incidents.map((incident) => incident.summary);
  const figures = computeHeadlineFigures(summaries);
  const years = [...new Set(summaries.map((summary) => summary.year))].sort((a, b) => a - b);
  const pageCount = Math.max(1, Math.ceil(catalog.incidents.length / EXPLORER_PAGE_SIZE));
  const options = {
    actors: index.actors,
    countries: index.countries,
    sectors: index.sectors,
    methods: index.methods,
    statuses: STATUSES,
    years,
  };
  return Array.from({ length: pageCount }, (_, i) => ({
    page: i + 1,
    pageCount,
    incidents: catalog.incidents.slice(i * EXPLORER_PAGE_SIZE, (i + 1) * EXPLORER_PAGE_SIZE),
    figures,
    options,
  }));
}
