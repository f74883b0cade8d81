/** What /coverage/ and the home page need: the record's sums beside the published estimates. */
import {
  computeCoverage,
  findLargestEstimate,
  type Coverage,
  type EstimateComparison,
} from '../lib/coverage.ts';
import { resolveSources, type ResolvedSource } from '../lib/sources.ts';
import { getCatalog } from './catalog.ts';

/** The years /coverage/ compares: the window, widened if the record or estimates reach beyond it. */
export const COVERAGE_FIRST_YEAR = 2015;

export interface CoverageData extends Coverage {
  /** The largest published figure, for the home page's headline. */
  largest: EstimateComparison | undefined;
  /** Each estimate's source as cited, by estimate id. */
  sourcesByEstimate: Map<
    string,
    {
      source: ResolvedSource | undefined;
      note: string | undefined;
      corrections: ReadonlyArray<{ date: string; note: string }>;
    }
  >;
  recordTotal: { incidents: number; usd: number };
}

export async function getCoverageData(): Promise<CoverageData> {
  const catalog = await getCatalog();
  const summaries = catalog.incidents.map((incident) => incident.summary);
  const lastYear = Math.max(
    COVERAGE_FIRST_YEAR,
    ...summaries.map((s) => s.year),
    ...catalog.estimates.map((e) => e.data.to),
  );
  const coverage = computeCoverage(summaries, catalog.estimates, catalog.publishers, {
    from: COVERAGE_FIRST_YEAR,
    to: lastYear,
  });
  const all = [...coverage.years.flatMap((year) => year.estimates), ...coverage.multiYear];
  return {
    ...coverage,
    largest: findLargestEstimate(all),
    sourcesByEstimate: new Map(
      catalog.estimates.map(({ id, data }) => [
        id,
        {
          source: resolveSources(
            data.sources.filter((source) => source.key === data.source),
            catalog.publishers,
          )[0],
          note: data.note,
          corrections: data.corrections,
        },
      ]),
    ),
    recordTotal: {
      incidents: summaries.length,
      usd: summaries.reduce((sum, s) => sum + (s.usd.stolen ?? 0), 0),
    },
  };
}
