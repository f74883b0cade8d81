import { expect, test } from 'vitest';
import { buildChangelog, getRecordKey } from '../../../../src/lib/export/changelog.ts';
import { parseGitLog } from '../../../../src/lib/export/git-log.ts';
import { GIT_LOG_SAMPLE as LOG } from './git-log-sample.ts';

test('buildChangelog joins corrections and commits newest first, linking records and dropping template-only commits', () => {
  const records = new Map([
    [
      getRecordKey('incidents', '2022-03-ronin-bridge'),
      { title: 'Ronin bridge', path: '/incidents/2022-03-ronin-bridge/' },
    ],
  ]);
  const corrections = [
    {
      date: '2026-11-25',
      note: 'Fixed a date.',
      kind: 'incident',
      title: 'Ronin bridge',
      path: '/incidents/2022-03-ronin-bridge/',
    },
    { date: '2026-11-01', note: 'Old fix.', kind: 'actor', title: 'APT38', path: '/actors/apt38/' },
  ];
  const entries = buildChangelog(corrections, parseGitLog(LOG), 'content', records);
  expect(entries).toEqual([
    {
      date: '2026-11-25',
      kind: 'correction',
      text: 'Fixed a date.',
      links: [{ label: 'incident: Ronin bridge', path: '/incidents/2022-03-ronin-bridge/' }],
    },
    {
      date: '2026-11-25',
      kind: 'commit',
      text: 'Fix Ronin figures',
      commit: 'bbbbbbb',
      links: [
        { label: 'Ronin bridge', path: '/incidents/2022-03-ronin-bridge/', status: 'modified' },
        { label: 'incidents/2099-01-gone', path: undefined, status: 'deleted' },
      ],
    },
    {
      date: '2026-11-01',
      kind: 'correction',
      text: 'Old fix.',
      links: [{ label: 'actor: APT38', path: '/actors/apt38/' }],
    },
  ]);
  expect(buildChangelog([], [], 'content', records)).toEqual([]);
});
