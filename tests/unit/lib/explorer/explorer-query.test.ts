import { describe, expect, test } from 'vitest';
import { buildExplorerIndex } from '../../../../src/lib/explorer/explorer-index.ts';
import {
  filterExplorerRows,
  formatExplorerQuery,
  parseExplorerQuery,
  summarizeExplorerRows,
} from '../../../../src/lib/explorer/explorer-query.ts';
import type { IncidentSummary } from '../../../../src/lib/incident-summary.ts';

const summary = (id: string, start: string, over: Partial<IncidentSummary>): IncidentSummary => ({
  id,
  title: id,
  summary: '',
  status: 'completed',
  category: 'heist',
  start,
  end: undefined,
  year: Number(start.slice(0, 4)),
  victimNames: ['V'],
  countries: ['BD'],
  sectors: ['banking'],
  methods: [],
  actors: ['lazarus-group'],
  usd: { attempted: undefined, stolen: undefined, recovered: undefined, frozen: undefined },
  ...over,
});

const index = buildExplorerIndex(
  [
    summary('2025-02-bybit', '2025-02-21', {
      countries: ['AE'],
      actors: ['tradertraitor'],
      usd: { attempted: undefined, stolen: 1_460_000_000, recovered: undefined, frozen: undefined },
    }),
    summary('2016-02-bb', '2016-02-04', {
      usd: { attempted: 951_000_000, stolen: 101_000_000, recovered: 20_000_000, frozen: undefined },
    }),
    summary('2016-fastcash', '2016', { category: 'campaign', countries: ['IN', 'BD'] }),
    summary('2015-12-tpbank', '2015-12-08', { status: 'attempted', countries: ['VN'] }),
  ].map((s) => ({ summary: s, stolenHigh: undefined })),
  {
    actors: { 'lazarus-group': 'Lazarus Group', tradertraitor: 'TraderTraitor' },
    sectors: { banking: 'Banking' },
    methods: {},
  },
);
const ids = (search: string) => filterExplorerRows(index, parseExplorerQuery(search)).map((row) => row[0]);

describe('explorer queries', () => {
  test('parseExplorerQuery and formatExplorerQuery round-trip and drop invalid values', () => {
    const query = parseExplorerQuery('?country=BD&status=stolen&from=2015&to=abc&sort=amount-desc&junk=1');
    expect(query).toEqual({ country: 'BD', from: 2015, sort: 'amount-desc' });
    expect(formatExplorerQuery(query)).toBe('?country=BD&from=2015&sort=amount-desc');
  });

  test('filterExplorerRows narrows by country, counting a multi-country incident in each', () => {
    expect(ids('?country=BD')).toEqual(['2016-02-bb', '2016-fastcash']);
    expect(ids('?country=IN')).toEqual(['2016-fastcash']);
  });

  test('filterExplorerRows combines actor, status and a year range', () => {
    expect(ids('?actor=lazarus-group&status=completed&from=2016&to=2016')).toEqual([
      '2016-02-bb',
      '2016-fastcash',
    ]);
    expect(ids('?status=attempted')).toEqual(['2015-12-tpbank']);
  });

  test('an unknown id matches nothing rather than everything', () => {
    expect(ids('?actor=nobody')).toEqual([]);
  });

  test('sorting by amount puts unknown amounts last in both directions', () => {
    expect(ids('?sort=amount-desc')).toEqual([
      '2025-02-bybit',
      '2016-02-bb',
      '2016-fastcash',
      '2015-12-tpbank',
    ]);
    expect(ids('?sort=amount-asc')).toEqual([
      '2016-02-bb',
      '2025-02-bybit',
      '2016-fastcash',
      '2015-12-tpbank',
    ]);
  });

  test('date order keeps a year-precision date before the dates inside that year', () => {
    expect(ids('?sort=date-asc')).toEqual(['2015-12-tpbank', '2016-fastcash', '2016-02-bb', '2025-02-bybit']);
  });

  test('summarizeExplorerRows counts rows and totals known USD stolen', () => {
    expect(summarizeExplorerRows(filterExplorerRows(index, parseExplorerQuery('')))).toEqual({
      count: 4,
      usdStolen: 1_561_000_000,
    });
  });
});
