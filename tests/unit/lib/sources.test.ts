import { describe, expect, test } from 'vitest';
import {
  formatTierTally,
  resolveSources,
  tallySourceTiers,
  toPublisherDirectory,
} from '../../../src/lib/sources.ts';

const directory = toPublisherDirectory([
  { id: 'us-doj', data: { name: 'US Department of Justice', tier: 'official' } },
  { id: 'reuters', data: { name: 'Reuters', tier: 'press' } },
  { id: 'elliptic', data: { name: 'Elliptic', tier: 'research' } },
]);
const source = (key: string, publisher: string, via?: string) => ({
  key,
  title: key,
  publisher,
  date: '2018',
  url: `https://example.com/${key}`,
  ...(via ? { via: { publisher: via, url: `https://example.com/copy-${key}` } } : {}),
});

describe('sources', () => {
  test('resolveSources names the original publisher and the copy it was read in', () => {
    const [resolved] = resolveSources([source('a', 'us-doj', 'reuters')], directory);
    expect(resolved?.publisherRef).toEqual({
      id: 'us-doj',
      name: 'US Department of Justice',
      tier: 'official',
    });
    expect(resolved?.viaRef?.name).toBe('Reuters');
  });

  test('resolveSources refuses a publisher that does not exist rather than show an id', () => {
    expect(() => resolveSources([source('a', 'nobody')], directory)).toThrow(/unknown publisher "nobody"/);
  });

  test('tallySourceTiers counts by the original publisher, nearest the facts first, and skips empty tiers', () => {
    const tally = tallySourceTiers(
      resolveSources(
        [
          source('a', 'reuters'),
          source('b', 'us-doj', 'reuters'),
          source('c', 'elliptic'),
          source('d', 'reuters'),
        ],
        directory,
      ),
    );
    expect(tally).toEqual([
      { tier: 'official', count: 1 },
      { tier: 'research', count: 1 },
      { tier: 'press', count: 2 },
    ]);
    expect(formatTierTally(tally)).toBe('1 official, 1 research, 2 press');
  });
});
