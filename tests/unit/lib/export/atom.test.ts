import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from 'vitest';
import { escapeXml, renderAtomFeed, toAtomDate, type AtomFeed } from '../../../../src/lib/export/atom.ts';

const HOSTILE = `Fish & chips <b>bold</b> "quoted" 'single' ]]> \u0007bell \uFFFEnon-char`;

const feed: AtomFeed = {
  id: 'https://example.org/feed.xml',
  title: 'Feed & <title>',
  subtitle: 'Sub',
  selfUrl: 'https://example.org/feed.xml',
  alternateUrl: 'https://example.org/',
  updated: '2026-02-01',
  author: { name: 'Site', uri: 'https://example.org/' },
  rights: 'CC BY 4.0',
  language: 'en',
  entries: [
    {
      id: 'https://example.org/a/?x=1&y=2',
      title: HOSTILE,
      links: [{ href: 'https://example.org/a/?x=1&y=2' }],
      published: '2026-01-10',
      updated: '2026-02-01',
      authors: ['A & B'],
      summary: HOSTILE,
      categories: [{ term: 'heist', label: 'Heist <cash>' }],
    },
  ],
};

test('escapeXml escapes markup characters and drops characters XML 1.0 forbids', () => {
  expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  expect(escapeXml('bell\u0007 nul\u0000 ok\ttab')).toBe('bell nul ok\ttab');
});

test('toAtomDate turns a content day into an RFC 3339 timestamp and refuses anything else', () => {
  expect(toAtomDate('2016-02-04')).toBe('2016-02-04T00:00:00Z');
  expect(() => toAtomDate('2016-02')).toThrow(/Not a YYYY-MM-DD day/);
});

test('renderAtomFeed output parses with a feed parser and gives back the hostile text intact', () => {
  const parsed = parseFeed(renderAtomFeed(feed));
  expect(parsed.meta.type).toBe('atom');
  expect(parsed.title).toBe('Feed & <title>');
  expect(parsed.self).toBe('https://example.org/feed.xml');
  expect(parsed.updated?.toISOString()).toBe('2026-02-01T00:00:00.000Z');
  const [item] = parsed.items;
  expect(parsed.items).toHaveLength(1);
  const expected = HOSTILE.replace('\u0007', '').replace('\uFFFE', '');
  expect(item?.title).toBe(expected);
  expect(item?.url).toBe('https://example.org/a/?x=1&y=2');
  expect(item?.published?.toISOString()).toBe('2026-01-10T00:00:00.000Z');
  expect(item?.authors.map((a) => a.name)).toEqual(['A & B']);
  expect(item?.categories.map((c) => c.term)).toEqual(['heist']);
});
