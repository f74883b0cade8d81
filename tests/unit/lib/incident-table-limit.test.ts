import { describe, expect, test } from 'vitest';
import { INCIDENT_TABLE_LIMIT, limitIncidentRows } from '../../../src/lib/incident-table-limit.ts';
import { parseExplorerQuery } from '../../../src/lib/explorer/explorer-query.ts';

const ids = (count: number) => Array.from({ length: count }, (_, i) => `incident-${i}`);

describe('limitIncidentRows', () => {
  test('limitIncidentRows shows every row, with no explorer link, when a page has no more than the limit', () => {
    const limited = limitIncidentRows(ids(INCIDENT_TABLE_LIMIT), { actor: 'apt38' });
    expect(limited.rows).toHaveLength(INCIDENT_TABLE_LIMIT);
    expect(limited.total).toBe(INCIDENT_TABLE_LIMIT);
    expect(limited.moreHref).toBeUndefined();
  });

  test('limitIncidentRows keeps the first 50 of 2,500 and links to the explorer filtered by actor', () => {
    const limited = limitIncidentRows(ids(2_500), { actor: 'lazarus-group' });
    expect(limited.rows).toEqual(ids(2_500).slice(0, 50));
    expect(limited.total).toBe(2_500);
    expect(limited.moreHref).toBe('/incidents/?actor=lazarus-group');
  });

  test.each([
    [{ country: 'BD' }, '/incidents/?country=BD'],
    [{ sector: 'crypto-exchange' }, '/incidents/?sector=crypto-exchange'],
    [{ method: 'swift-fraud' }, '/incidents/?method=swift-fraud'],
  ])('limitIncidentRows links an over-limit page to the explorer with %j', (filter, href) => {
    const limited = limitIncidentRows(ids(51), filter);
    expect(limited.moreHref).toBe(href);
    expect(parseExplorerQuery(new URL(href, 'https://example.org').search)).toEqual({
      ...filter,
      sort: 'date-desc',
    });
  });

  test('limitIncidentRows never cuts a list that has no explorer filter (the explorer pages themselves)', () => {
    const limited = limitIncidentRows(ids(100), undefined);
    expect(limited.rows).toHaveLength(100);
    expect(limited.moreHref).toBeUndefined();
  });

  test('limitIncidentRows honours a smaller limit', () => {
    expect(limitIncidentRows(ids(7), { actor: 'x' }, 6).rows).toHaveLength(6);
  });
});
