import { expect, test } from 'vitest';
import {
  getArticleDates,
  getSourcedRecordDates,
  listRecordLastmods,
} from '../../../../src/lib/export/record-dates.ts';
import { makeFixtureDataset } from './fixture-dataset.ts';

test('getSourcedRecordDates: created at the earliest source, modified at the newest source or correction', () => {
  const sources = [{ date: '2018-09-06' }, { date: '2016' }, { date: '2016-05' }];
  expect(getSourcedRecordDates({ sources, corrections: [] }, 'x')).toEqual({
    created: '2016-01-01',
    modified: '2018-09-06',
  });
  expect(getSourcedRecordDates({ sources, corrections: [{ date: '2026-12-01' }] }, 'x')).toEqual({
    created: '2016-01-01',
    modified: '2026-12-01',
  });
  expect(() => getSourcedRecordDates({ sources: [], corrections: [] }, 'incidents/x')).toThrow(
    /incidents\/x/,
  );
});

test('getArticleDates: created when published, modified at the latest update or correction', () => {
  expect(getArticleDates({ published: '2026-01-10', corrections: [] })).toEqual({
    created: '2026-01-10',
    modified: '2026-01-10',
  });
  expect(
    getArticleDates({
      published: '2026-01-10',
      updated: '2026-02-01',
      corrections: [{ date: '2026-01-20' }],
    }),
  ).toEqual({ created: '2026-01-10', modified: '2026-02-01' });
});

test('listRecordLastmods maps every record page to its latest content date', () => {
  const dataset = makeFixtureDataset();
  const lastmods = listRecordLastmods(dataset);
  expect(lastmods.get('/incidents/2016-02-test-heist/')).toBe('2026-12-01');
  expect(lastmods.get('/response/2018-09-06-test-charge/')).toBe('2018-09-06');
  expect(lastmods.get('/facilitators/test-launderer/')).toBe('2018-09-06');
  expect(lastmods.size).toBe(
    dataset.incidents.length +
      dataset.actors.length +
      dataset.actions.length +
      dataset.facilitators.length +
      dataset.articles.length,
  );
});
