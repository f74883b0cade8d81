import { expect, test } from 'vitest';
import { formatSearchState, parseSearchState } from '../../../src/lib/search-url-state.ts';

test('formatSearchState and parseSearchState round-trip a query with filters', () => {
  const state = {
    query: 'ronin bridge',
    filters: { country: ['Vietnam', 'Bangladesh'], type: ['Incident'] },
  };
  const url = formatSearchState(state);
  expect(url).toBe('?q=ronin+bridge&type=Incident&country=Bangladesh&country=Vietnam');
  expect(parseSearchState(url)).toEqual({
    query: 'ronin bridge',
    filters: { type: ['Incident'], country: ['Bangladesh', 'Vietnam'] },
  });
});

test('parseSearchState ignores unknown parameters, empty values and duplicates', () => {
  expect(parseSearchState('?q=%20x%20&foo=bar&year=&year=2016&year=2016')).toEqual({
    query: 'x',
    filters: { year: ['2016'] },
  });
});

test('formatSearchState gives an empty string for an empty state', () => {
  expect(formatSearchState({ query: '', filters: {} })).toBe('');
});
