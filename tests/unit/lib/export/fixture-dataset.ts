/**
 * A small synthetic dataset that exercises what the real content does not yet have: ATT&CK
 * techniques, corrections, an article about no incident, a campaign with only countries, and
 * text full of characters that need escaping. Records go through the real Zod schemas, so
 * defaults are filled in exactly as for content/.
 */
import { actorSchema } from '../../../../src/schemas/actor.ts';
import { articleSchema } from '../../../../src/schemas/article.ts';
import { incidentSchema } from '../../../../src/schemas/incident.ts';
import { actionSchema } from '../../../../src/schemas/action.ts';
import { facilitatorSchema } from '../../../../src/schemas/facilitator.ts';
import type { ExportDataset } from '../../../../src/lib/export/dataset.ts';

const source = (key: string, date: string) => ({
  key,
  title: `Report ${key} <with> "quotes" & ampersands`,
  publisher: 'example-news',
  date,
  url: `https://example.com/${key}`,
});

export const fixtureIncidents = [
  {
    id: '2016-02-test-heist',
    data: incidentSchema.parse({
      title: 'Test heist, with "quotes" & <angle brackets>',
      summary: 'A bank lost money; nobody, it seems, noticed for a day.',
      status: 'completed',
      category: 'heist',
      dates: { start: '2016-02-04', end: '2016-02', discovered: '2016-02-05' },
      victims: [
        { name: 'Test Bank', country: 'BD', sector: 'central-banking' },
        { name: 'Other Bank, Ltd.', country: 'PH' },
      ],
      attribution: [
        { actor: 'test-group', confidence: 'medium', by: 'Vendor A', date: '2016-05', source: 'a' },
        { actor: 'test-group', confidence: 'high', by: 'Agency B', source: 'b' },
      ],
      methods: ['swift-fraud'],
      techniques: ['T1566.001', 'T1059'],
      malware: ['Banswift', 'banswift', 'Other.Tool'],
      losses: {
        attempted: { usd: 951_000_000, source: 'a' },
        stolen: { usd: 81_000_000, usd_high: 101_000_000, source: 'b' },
      },
      related: ['2017-campaign'],
      sources: [source('a', '2016-03'), source('b', '2018-09-06')],
      corrections: [
        { date: '2026-12-01', note: 'The stolen amount was $81 million, not $18 million.' },
        { date: '2026-12-01', note: 'Second fix the same day.' },
      ],
    }),
  },
  {
    id: '2017-campaign',
    data: incidentSchema.parse({
      title: 'Test campaign',
      summary: 'Many countries, no names.',
      status: 'attempted',
      category: 'campaign',
      dates: { start: '2017' },
      victims: [{ country: 'PL' }, { country: 'MX' }, { country: 'PL' }],
      sources: [source('c', '2017')],
    }),
  },
];

export const fixtureActors = [
  {
    id: 'test-group',
    data: actorSchema.parse({
      name: 'Test Group',
      aliases: ['TG', 'Test Chollima'],
      sponsor: 'KP',
      mitre: 'G0032',
      summary: 'A test actor.',
      first_seen: '2009',
      related: [{ actor: 'other-group', relation: 'subgroup-of' }],
      sources: [source('m', '2023-03')],
      corrections: [{ date: '2026-11-30', note: 'Alias corrected.' }],
    }),
  },
  {
    id: 'other-group',
    data: actorSchema.parse({
      name: 'Other Group',
      sponsor: 'KP',
      summary: 'Another test actor.',
      sources: [source('n', '2022')],
    }),
  },
];

export const fixtureArticles = [
  {
    id: '2026-01-test-article',
    authorNames: ['Test Author', 'Cyber Heist Tracker editors'],
    data: articleSchema.parse({
      title: 'What the {test} heist & 100% of its $ tell us_',
      description: 'A test article.',
      published: '2026-01-10',
      updated: '2026-02-01',
      authors: ['test-author', 'editors'],
      incidents: ['2016-02-test-heist'],
      sources: [source('s', '2026-01')],
    }),
  },
  {
    id: '2026-02-no-incidents',
    authorNames: ['Test Author'],
    data: articleSchema.parse({
      title: 'An essay about nothing in particular',
      description: 'No incident here.',
      published: '2026-02-02',
      authors: ['test-author'],
      corrections: [{ date: '2026-03-01', note: 'Typo.' }],
    }),
  },
];

export const fixtureActions = [
  {
    id: '2018-09-06-test-charge',
    data: actionSchema.parse({
      title: 'Test charges over the "test" heist & <others>',
      kind: 'criminal-charge',
      date: '2018-09-06',
      authority: 'example-news',
      jurisdiction: 'US',
      summary: 'Prosecutors charged a programmer.',
      targets: { actors: ['test-group'], facilitators: ['test-launderer'], people: ['Test Person'] },
      incidents: ['2016-02-test-heist'],
      amounts: [{ kind: 'seized', usd: 1_000_000, source: 's' }],
      sources: [source('s', '2018-09-06')],
    }),
  },
];

export const fixtureFacilitators = [
  {
    id: 'test-launderer',
    data: facilitatorSchema.parse({
      name: 'Test Launderer',
      kind: 'person',
      country: 'CN',
      summary: 'Charged with laundering.',
      sources: [source('s', '2018-09-06')],
    }),
  },
];

export function makeFixtureDataset(overrides: Partial<ExportDataset> = {}): ExportDataset {
  return {
    siteUrl: 'https://example.org',
    siteName: 'Cyber Heist Tracker',
    incidents: fixtureIncidents,
    actors: fixtureActors,
    articles: fixtureArticles,
    actions: fixtureActions,
    facilitators: fixtureFacilitators,
    sectorLabels: { 'central-banking': 'Central banking' },
    methodLabels: { 'swift-fraud': 'SWIFT fraud' },
    publishers: new Map([
      ['example-news', { id: 'example-news', name: 'Example News', tier: 'press' as const }],
    ]),
    sourceCommit: undefined,
    ...overrides,
  };
}
