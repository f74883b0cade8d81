import { parseFeed } from '@rowanmanning/feed-parser';
import { afterEach, expect, test, vi } from 'vitest';
import { renderAtomFeed } from '../../../../src/lib/export/atom.ts';
import {
  buildArticlesFeed,
  buildCorrectionsFeed,
  buildIncidentsFeed,
} from '../../../../src/lib/export/feeds.ts';
import { makeFixtureDataset } from './fixture-dataset.ts';
import { loadRealDataset } from './real-dataset.ts';

afterEach(() => {
  vi.useRealTimers();
});

const dataset = makeFixtureDataset();

test('the articles feed lists every published article, newest change first, dated from content', () => {
  const parsed = parseFeed(renderAtomFeed(buildArticlesFeed(dataset)));
  expect(parsed.items.map((item) => item.url)).toEqual([
    'https://example.org/articles/2026-02-no-incidents/',
    'https://example.org/articles/2026-01-test-article/',
  ]);
  // The essay's correction (2026-03-01) is its latest change; the feed is as new as its newest entry.
  expect(parsed.items[0]?.updated?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  expect(parsed.updated?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  expect(parsed.items[1]?.authors.map((a) => a.name)).toEqual(['Test Author', 'Cyber Heist Tracker editors']);
});

test('the incidents feed lists every incident and links its JSON record', () => {
  const feed = buildIncidentsFeed(dataset);
  expect(feed.entries.map((entry) => entry.id)).toEqual([
    'https://example.org/incidents/2016-02-test-heist/',
    'https://example.org/incidents/2017-campaign/',
  ]);
  expect(feed.entries[0]?.links).toContainEqual({
    href: 'https://example.org/incidents/2016-02-test-heist.json',
    type: 'application/json',
    rel: 'related',
  });
  expect(feed.updated).toBe('2026-12-01');
});

test('a feed parser takes each incident entry’s link to be its page, not its JSON', () => {
  const parsed = parseFeed(renderAtomFeed(buildIncidentsFeed(dataset)));
  expect(parsed.items.map((item) => item.url)).toEqual([
    'https://example.org/incidents/2016-02-test-heist/',
    'https://example.org/incidents/2017-campaign/',
  ]);
  const xml = renderAtomFeed(buildIncidentsFeed(dataset));
  expect(xml.match(/rel="alternate"/g)).toHaveLength(1 + 2); // the feed's own, then one per entry
});

test('the corrections feed has one entry per correction on any record, with a stable anchor per day', () => {
  const feed = buildCorrectionsFeed(dataset);
  expect(feed.entries.map((entry) => [entry.updated, entry.id])).toEqual([
    ['2026-12-01', 'https://example.org/incidents/2016-02-test-heist/#correction-2026-12-01-1'],
    ['2026-12-01', 'https://example.org/incidents/2016-02-test-heist/#correction-2026-12-01-2'],
    ['2026-11-30', 'https://example.org/actors/test-group/#correction-2026-11-30-1'],
    ['2026-03-01', 'https://example.org/articles/2026-02-no-incidents/#correction-2026-03-01-1'],
  ]);
  expect(feed.entries[2]?.title).toBe('Correction to the actor “Test Group”');
});

test('a feed with no entries is dated by the newest content date, not by the clock', () => {
  const feed = buildCorrectionsFeed(loadRealDataset());
  const noCorrections = loadRealDataset().incidents.every(({ data }) => data.corrections.length === 0);
  if (noCorrections) expect(feed.entries).toEqual([]);
  expect(feed.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(feed.updated < '2100-01-01').toBe(true);
});

test('feeds are byte-identical whatever the system clock says', () => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2030-06-15T12:00:00Z'));
  const later = [buildArticlesFeed, buildIncidentsFeed, buildCorrectionsFeed].map((build) =>
    renderAtomFeed(build(dataset)),
  );
  vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
  const earlier = [buildArticlesFeed, buildIncidentsFeed, buildCorrectionsFeed].map((build) =>
    renderAtomFeed(build(dataset)),
  );
  expect(later).toEqual(earlier);
  expect(later.join('')).not.toContain('2030-06-15');
});

test('a correction to an estimate links its row on /coverage/, anchored apart from the other estimates', () => {
  const estimate = (id: string, from: number, date: string) => ({
    id,
    data: {
      publisher: 'example-security',
      from,
      to: from,
      usd: 1,
      scope: 'Test scope.',
      covers: 'crypto' as const,
      partial: false,
      published: `${from + 1}`,
      source: 's',
      sources: [
        {
          key: 's',
          title: 'T',
          publisher: 'example-security',
          date: `${from + 1}`,
          url: 'https://example.com/',
        },
      ],
      corrections: [{ date, note: 'The source link was wrong.' }],
    },
  });
  const feed = buildCorrectionsFeed({
    ...dataset,
    estimates: [estimate('2023-example', 2023, '2026-12-02'), estimate('2024-example', 2024, '2026-12-02')],
  });
  const fromEstimates = feed.entries.filter((entry) => entry.id.includes('/coverage/'));
  expect(fromEstimates.map((entry) => entry.id)).toEqual([
    'https://example.org/coverage/#estimate-2023-example-correction-2026-12-02-1',
    'https://example.org/coverage/#estimate-2024-example-correction-2026-12-02-1',
  ]);
  expect(fromEstimates.map((entry) => entry.links[0]?.href)).toEqual([
    'https://example.org/coverage/#estimate-2023-example',
    'https://example.org/coverage/#estimate-2024-example',
  ]);
  expect(fromEstimates[0]?.title).toMatch(/^Correction to the estimate “.+, 2023”$/);
});
