import { expect, test } from 'vitest';
import {
  getGitLogArgs,
  identifyContentFile,
  parseGitLog,
  readContentHistory,
  readSourceCommit,
  type GitRunner,
} from '../../../../src/lib/export/git-log.ts';
import { GIT_LOG_SAMPLE as LOG } from './git-log-sample.ts';

test('getGitLogArgs asks for one record per commit with statuses, renames split, limited to content', () => {
  expect(getGitLogArgs('content', 50)).toEqual([
    'log',
    '-n50',
    '--no-renames',
    '--no-merges',
    '--format=%x1e%H%x1f%cI%x1f%s',
    '--name-status',
    '--',
    'content',
  ]);
});

test('parseGitLog reads commits with their UTC day and changed files', () => {
  const commits = parseGitLog(LOG);
  expect(commits).toEqual([
    {
      hash: 'b'.repeat(40),
      // 23:30 at UTC-5 is already the next day in UTC.
      date: '2026-11-25',
      subject: 'Fix Ronin figures',
      changes: [
        { status: 'modified', path: 'content/incidents/2022-03-ronin-bridge.yaml' },
        { status: 'deleted', path: 'content/incidents/2099-01-gone.yaml' },
      ],
    },
    {
      hash: 'a'.repeat(40),
      date: '2026-11-20',
      subject: 'Template tweak',
      changes: [{ status: 'modified', path: 'content/incidents/_template.yaml' }],
    },
  ]);
  expect(parseGitLog('')).toEqual([]);
  expect(() => parseGitLog('\x1enot-a-hash\x1fyesterday\x1fx')).toThrow(/Unexpected git log line/);
});

test('identifyContentFile recognises published records and ignores templates and other files', () => {
  expect(identifyContentFile('content/incidents/2016-02-x.yaml', 'content')).toEqual({
    folder: 'incidents',
    id: '2016-02-x',
  });
  expect(identifyContentFile('content/articles/2026-11-y.mdx', 'content/')).toEqual({
    folder: 'articles',
    id: '2026-11-y',
  });
  expect(identifyContentFile('content/incidents/_template.yaml', 'content')).toBeUndefined();
  expect(identifyContentFile('content/incidents/nested/x.yaml', 'content')).toBeUndefined();
  expect(identifyContentFile('src/data/catalog.ts', 'content')).toBeUndefined();
  expect(identifyContentFile('content/README.md', 'content')).toBeUndefined();
});

/** A fake git: answers by the first argument(s), undefined for anything else (as a failing git would). */
function fakeGit(answers: Record<string, string | undefined>): GitRunner {
  return (args) => answers[args[0] === 'rev-parse' ? args.slice(0, 2).join(' ') : (args[0] ?? '')];
}

const HEAD = 'c'.repeat(40);

test('readContentHistory reads the log when the clone is complete', () => {
  const run = fakeGit({
    'rev-parse --is-shallow-repository': 'false\n',
    'rev-parse --verify': `${HEAD}\n`,
    log: LOG,
  });
  const history = readContentHistory(run, 'content', 10);
  expect(history.available && history.commits.map((c) => c.subject)).toEqual([
    'Fix Ronin figures',
    'Template tweak',
  ]);
  expect(readSourceCommit(run)).toBe(HEAD);
});

test('readContentHistory degrades to no history in a shallow clone or without git, never throwing', () => {
  const shallow = fakeGit({
    'rev-parse --is-shallow-repository': 'true\n',
    'rev-parse --verify': HEAD,
    log: LOG,
  });
  expect(readContentHistory(shallow, 'content', 10)).toEqual({ available: false, reason: 'shallow-clone' });
  const noGit = fakeGit({});
  expect(readContentHistory(noGit, 'content', 10)).toEqual({ available: false, reason: 'no-git' });
  expect(readSourceCommit(noGit)).toBeUndefined();
  const garbled = fakeGit({
    'rev-parse --is-shallow-repository': 'false',
    'rev-parse --verify': HEAD,
    log: '\x1ejunk',
  });
  expect(readContentHistory(garbled, 'content', 10)).toEqual({ available: false, reason: 'no-git' });
});
