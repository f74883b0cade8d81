import { describe, expect, test } from 'vitest';
import { computeCoverage, findLargestEstimate, formatShare } from '../../../src/lib/coverage.ts';
import type { IncidentSummary } from '../../../src/lib/incident-summary.ts';
import { estimateSchema } from '../../../src/schemas/estimate.ts';
import { toPublisherDirectory } from '../../../src/lib/sources.ts';

const incident = (id: string, year: number, sector: string, stolen: number | undefined): IncidentSummary => ({
  id,
  title: id,
  summary: '',
  status: 'completed',
  category: 'heist',
  start: String(year),
  end: undefined,
  year,
  victimNames: [],
  countries: [],
  sectors: [sector],
  methods: [],
  actors: [],
  usd: { attempted: undefined, stolen, recovered: undefined, frozen: undefined },
});
const incidents = [
  incident('bank-2016', 2016, 'central-banking', 81_000_000),
  incident('exchange-2017', 2017, 'crypto-exchange', 30_000_000),
  incident('bridge-2017', 2017, 'crypto-bridge', 10_000_000),
  incident('unknown-2017', 2017, 'defi', undefined),
];
const estimate = (
  id: string,
  from: number,
  to: number,
  usd: number,
  covers: 'crypto' | 'all' = 'crypto',
) => ({
  id,
  data: estimateSchema.parse({
    publisher: 'firm',
    from,
    to,
    usd,
    covers,
    scope: 'test',
    published: '2020',
    source: 's',
    sources: [{ key: 's', title: 't', publisher: 'firm', date: '2020', url: 'https://example.com/' }],
  }),
});
const publishers = toPublisherDirectory([{ id: 'firm', data: { name: 'Firm', tier: 'research' } }]);
const coverage = computeCoverage(
  incidents,
  [estimate('2017-firm', 2017, 2017, 80_000_000), estimate('2016-2017-un', 2016, 2017, 242_000_000, 'all')],
  publishers,
  { from: 2015, to: 2017 },
);

describe('computeCoverage', () => {
  test('computeCoverage returns every year in range, empty ones included, with both sums', () => {
    expect(coverage.years.map((y) => [y.year, y.all, y.crypto])).toEqual([
      [2015, { incidents: 0, usd: 0 }, { incidents: 0, usd: 0 }],
      [2016, { incidents: 1, usd: 81_000_000 }, { incidents: 0, usd: 0 }],
      [2017, { incidents: 3, usd: 40_000_000 }, { incidents: 3, usd: 40_000_000 }],
    ]);
  });

  test('computeCoverage compares a crypto-only estimate with the crypto incidents of its years', () => {
    const [annual] = coverage.years[2]?.estimates ?? [];
    expect(annual?.record).toEqual({ incidents: 3, usd: 40_000_000 });
    expect(annual?.share).toBe(0.5);
    expect(annual?.publisherName).toBe('Firm');
  });

  test('computeCoverage compares an all-thefts estimate with every incident of its years', () => {
    const [multi] = coverage.multiYear;
    expect(multi?.id).toBe('2016-2017-un');
    expect(multi?.record).toEqual({ incidents: 4, usd: 121_000_000 });
    expect(multi?.share).toBeCloseTo(0.5, 6);
  });

  test('findLargestEstimate picks the largest published figure', () => {
    expect(
      findLargestEstimate([...coverage.years.flatMap((y) => y.estimates), ...coverage.multiYear])?.id,
    ).toBe('2016-2017-un');
  });

  test('formatShare rounds to whole percent and never says 0% for a non-zero share', () => {
    expect(formatShare(0.5)).toBe('50%');
    expect(formatShare(2.564)).toBe('256%');
    expect(formatShare(0.004)).toBe('under 1%');
    expect(formatShare(0)).toBe('0%');
  });
});
