import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  chooseLastUpdated,
  getEditUrl,
  parseNameOnlyLog,
  readLastCommitDates,
} from '../../../src/lib/git-history.ts';

describe('parseNameOnlyLog', () => {
  test('parseNameOnlyLog keeps the newest commit date of each file', () => {
    const output = [
      '\u00002026-11-24',
      '',
      'content/articles/a.mdx',
      '\u00002026-10-01',
      '',
      'content/articles/a.mdx',
      'content/incidents/b.yaml',
      '',
    ].join('\n');
    expect(parseNameOnlyLog(output)).toEqual(
      new Map([
        ['content/articles/a.mdx', '2026-11-24'],
        ['content/incidents/b.yaml', '2026-10-01'],
      ]),
    );
  });

  test('parseNameOnlyLog returns an empty map for empty output', () => {
    expect(parseNameOnlyLog('')).toEqual(new Map());
  });
});

describe('readLastCommitDates', () => {
  // A throwaway repository with dated commits; signing and user config must not interfere.
  const git = (cwd: string, args: string[], date = '2024-01-01') =>
    execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
      cwd,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@example.org',
        GIT_AUTHOR_DATE: `${date}T12:00:00Z`,
        GIT_COMMITTER_DATE: `${date}T12:00:00Z`,
      },
    });
  const commitAt = (cwd: string, date: string, file: string) => {
    writeFileSync(path.join(cwd, file), date);
    git(cwd, ['add', file]);
    git(cwd, ['commit', '-q', '-m', date], date);
  };

  test('readLastCommitDates reads each file’s last commit in one pass and nothing in a shallow clone', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cht-git-'));
    try {
      const repo = path.join(dir, 'repo');
      mkdirSync(path.join(repo, 'content', 'incidents'), { recursive: true });
      git(repo, ['init', '-q', '-b', 'main']);
      commitAt(repo, '2024-01-10', 'content/incidents/a.yaml');
      commitAt(repo, '2024-03-05', 'content/incidents/b.yaml');
      commitAt(repo, '2025-06-30', 'content/incidents/a.yaml');
      writeFileSync(path.join(repo, 'content', 'incidents', 'uncommitted.yaml'), 'x');
      expect(readLastCommitDates('content', repo)).toEqual(
        new Map([
          ['content/incidents/a.yaml', '2025-06-30'],
          ['content/incidents/b.yaml', '2024-03-05'],
        ]),
      );

      const shallow = path.join(dir, 'shallow');
      git(dir, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
      expect(readLastCommitDates('content', shallow)).toEqual(new Map());
      expect(readLastCommitDates('content', dir)).toEqual(new Map());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('page history helpers', () => {
  test('chooseLastUpdated prefers the git date, then the record date, else gives nothing', () => {
    expect(chooseLastUpdated('2026-11-24', '2026-01-01')).toEqual({ date: '2026-11-24', source: 'git' });
    expect(chooseLastUpdated(undefined, '2026-01-01')).toEqual({ date: '2026-01-01', source: 'record' });
    expect(chooseLastUpdated(undefined, undefined)).toBeUndefined();
  });

  test('getEditUrl links to the file on the configured branch, and to nothing outside the repository', () => {
    const repository = { repositoryUrl: 'https://github.com/o/r/', repositoryBranch: 'main' };
    expect(getEditUrl('./content/incidents/a.yaml', repository)).toBe(
      'https://github.com/o/r/edit/main/content/incidents/a.yaml',
    );
    expect(getEditUrl('/tmp/content/a.yaml', repository)).toBeUndefined();
    expect(getEditUrl('../elsewhere/a.yaml', repository)).toBeUndefined();
  });
});
