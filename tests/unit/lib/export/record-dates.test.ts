import { expect, test } from 'vitest';
import { getArticleDates, getSourcedRecordDates } from '../../../../src/lib/export/record-dates.ts';

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
