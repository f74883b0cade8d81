import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/content-checks/check-content.ts';
import { isWarning } from '../../../src/content-checks/problem.ts';

const FIXTURES = 'tests/fixtures';
const everyError = checkContent(`${FIXTURES}/content-every-error`).problems;
const inFile = (name: string) => everyError.filter((problem) => problem.file.endsWith(name));

describe('publisher, copy and tier rules', () => {
  test('an unknown publisher in a source, in its via and in an estimate is an error at its line', () => {
    expect(inFile('2016-02-publisher-mistakes.yaml').map((p) => [p.line, p.field, p.message])).toEqual([
      [
        21,
        'sources[0].publisher',
        'unknown publisher id "no-such-publisher"; expected the name of a file in content/publishers/ (add one with name, homepage and tier)',
      ],
      [
        23,
        'sources[0].url',
        'short link; give the publisher’s own URL (open the link and copy where it lands)',
      ],
      [
        25,
        'sources[0].via.publisher',
        'unknown publisher id "no-such-copy"; expected the name of a file in content/publishers/ (add one with name, homepage and tier)',
      ],
    ]);
    expect(inFile('2016-unknown-publisher.yaml').map((p) => p.field)).toEqual(['publisher']);
  });

  test('recovered plus frozen above stolen is an error on the frozen figure', () => {
    expect(inFile('2016-02-frozen-exceeds.yaml').map((p) => p.message)).toEqual([
      'recovered ($60,000,000) plus frozen ($50,000,000) exceeds stolen ($100,000,000); expected recovered + frozen ≤ stolen ≤ attempted',
    ]);
  });

  test('a claim resting only on a secondary source is a warning; one read via a repost but made by an official body is not', () => {
    const problems = inFile('2016-02-secondary-only.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('attribution[0].source');
    expect(problems[0] && isWarning(problems[0])).toBe(true);
    expect(problems[0]?.message).toContain('rests only on a secondary source (publisher "example-repost")');
  });

  test('no other fixture problem is a warning: warnings are only for secondary-only claims', () => {
    expect(everyError.filter(isWarning).map((p) => p.file.split('/').at(-1))).toEqual([
      '2016-02-secondary-only.yaml',
    ]);
  });
});

function runCheck(contentDir: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['src/content-checks/cli.ts', ...args], {
    env: { ...process.env, CHT_CONTENT_DIR: contentDir, GITHUB_ACTIONS: '' },
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check -- --strict', () => {
  // content-valid plus one secondary-only claim: warnings only, no error.
  const dir = `${FIXTURES}/content-warning-only`;

  test('without --strict a warning is printed and the check passes', () => {
    const result = runCheck(dir, []);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /2016-02-test-heist\.yaml:\d+:\d+ {2}attribution\[0\]\.source {2}warning: /,
    );
    expect(result.stdout).toContain('content OK with 1 warning');
  });

  test('with --strict the same warning fails the check', () => {
    const result = runCheck(dir, ['--strict']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 content problem (strict: warnings count)');
  });

  test('--format github prints a warning command without --strict and an error command with it', () => {
    expect(runCheck(dir, ['--format', 'github']).stderr).toMatch(
      /^::warning file=tests\/fixtures\/content-warning-only\/incidents\/2016-02-test-heist\.yaml,line=\d+,col=\d+,title=Content check%3A attribution\[0\]\.source::/m,
    );
    expect(runCheck(dir, ['--format', 'github', '--strict']).stderr).toMatch(/^::error file=/m);
  });

  test('an unknown --format is refused', () => {
    expect(runCheck(dir, ['--format', 'xml']).code).toBe(2);
  });
});

describe('response and trail rules', () => {
  test('each mistake in an action, a facilitator and a trail says what was expected', () => {
    expect(inFile('2015-01-01-early-charge.yaml').map((p) => p.message)).toEqual([
      'the action (1 January 2015) is dated before incident "2016-02-test-heist" began (4 February 2016); expected an action on or after the incident\'s start',
      'unknown facilitator id "no-such-facilitator"; expected an id from content/facilitators/',
      'unknown incident id "2016-02-no-such-heist"; expected an id from content/incidents/',
      'unknown source key "nope"; expected one of: charge',
    ]);
    expect(inFile('unsourced-person.yaml').map((p) => p.message)).toEqual([
      'a person is listed only on an official document that names them; cite the indictment, designation or ruling (a source whose publisher has tier official)',
    ]);
    expect(inFile('2016-02-bad-trail.yaml').map((p) => p.message)).toEqual([
      'the steps straight from the theft add up to $2,000,000, more than was stolen ($1,000,000)',
      'unknown facilitator id "no-such-casino"; expected an id from content/facilitators/',
      'the step (January 2016) is dated before the incident began (4 February 2016)',
      'from 2 does not point to an earlier step; expected the index (from 0) of a step above this one',
      'the trail says $500,000 ended frozen, but the record has no losses.frozen; add it, with its source',
    ]);
  });
});

describe('permanent links', () => {
  test('a former id in use, one claimed twice, and a withdrawal without its correction are errors', () => {
    expect(inFile('2016-02-bad-permalinks.yaml').map((p) => p.message)).toEqual([
      'former id "2016-02-test-heist" is the id of a record in content/incidents/; an id in use cannot redirect elsewhere',
      'former id "2016-02-old-name" is already claimed by 2016-02-bad-permalinks; an old URL can redirect to one record only',
      'a withdrawn record needs a correction dated 2026-11-25 saying why; add it to corrections',
    ]);
  });
});

describe('unused publishers', () => {
  test('a publisher no source, copy, estimate or action cites is a located warning', () => {
    const problems = checkContent(`${FIXTURES}/content-unused-publisher`).problems;
    expect(
      problems.map((p) => [p.file.split('/').slice(-2).join('/'), p.line, p.field, isWarning(p)]),
    ).toEqual([['publishers/orphan-news.yaml', 1, 'name', true]]);
    expect(problems[0]?.message).toBe(
      'publisher "orphan-news" is cited by no source, copy, estimate or action; delete the file, or cite it',
    );
  });
});
