import { expect, test } from 'vitest';
import { getIncidentFacets, tallySearchFacets, type SearchFacets } from '../../../src/lib/search-facets.ts';
import { summarizeIncident } from '../../../src/lib/incident-summary.ts';
import { incidentSchema } from '../../../src/schemas/incident.ts';

const incident = incidentSchema.parse({
  title: 'Test heist',
  summary: 'A test.',
  status: 'completed',
  category: 'heist',
  dates: { start: '2016-02-04' },
  victims: [{ name: 'Bank', country: 'BD', sector: 'central-banking' }],
  attribution: [{ actor: 'lazarus-group', confidence: 'high', by: 'FBI', source: 's' }],
  methods: ['swift-fraud'],
  losses: { stolen: { usd: 81_000_000, source: 's' } },
  sources: [{ key: 's', title: 'T', publisher: 'p', date: '2016', url: 'https://example.com/' }],
});
const labels = {
  actors: { 'lazarus-group': 'Lazarus Group' },
  sectors: { 'central-banking': 'Central banking' },
  methods: { 'swift-fraud': 'SWIFT fraud' },
  topics: {},
};

test('getIncidentFacets labels every filter for people and keys sorts for machines', () => {
  expect(getIncidentFacets(summarizeIncident('2016-02-test', incident), labels)).toEqual({
    filters: {
      type: ['Incident'],
      actor: ['Lazarus Group'],
      country: ['Bangladesh'],
      sector: ['Central banking'],
      method: ['SWIFT fraud'],
      year: ['2016'],
      status: ['Completed'],
    },
    sort: { date: '2016-02-04' },
    meta: { date: '4 February 2016', usd: '$81M stolen' },
  });
});

test('tallySearchFacets counts each page once per value, in the given order, years newest first', () => {
  const page = (filters: SearchFacets['filters']): SearchFacets => ({ filters, sort: {}, meta: {} });
  const totals = tallySearchFacets(
    [
      page({ type: ['Incident'], year: ['2016'], country: ['Viet Nam', 'Bangladesh'] }),
      page({ type: ['Incident'], year: ['2022'], country: ['Bangladesh', 'Bangladesh'] }),
      page({ type: ['Article'], year: ['2016'] }),
      page({ type: ['Actor'] }),
    ],
    ['year', 'type', 'sector', 'country'],
  );
  expect(totals).toEqual([
    {
      name: 'year',
      values: [
        { value: '2022', count: 1 },
        { value: '2016', count: 2 },
      ],
    },
    {
      name: 'type',
      values: [
        { value: 'Actor', count: 1 },
        { value: 'Article', count: 1 },
        { value: 'Incident', count: 2 },
      ],
    },
    {
      name: 'country',
      values: [
        { value: 'Bangladesh', count: 2 },
        { value: 'Viet Nam', count: 1 },
      ],
    },
  ]);
});
