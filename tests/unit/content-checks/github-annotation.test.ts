import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/content-checks/check-content.ts';
import { formatGithubAnnotation } from '../../../src/content-checks/github-annotation.ts';

describe('formatGithubAnnotation', () => {
  test('formatGithubAnnotation escapes %, CR and LF in the message, and also : and , in properties', () => {
    const line = formatGithubAnnotation(
      {
        file: 'content/a,b:c.yaml',
        line: 3,
        column: 5,
        field: 'sources[0].url',
        message: '100% wrong\r\nsee: a, b',
      },
      { strict: false },
    );
    expect(line).toBe(
      '::error file=content/a%2Cb%3Ac.yaml,line=3,col=5,title=Content check%3A sources[0].url::100%25 wrong%0D%0Asee: a, b',
    );
  });

  test('formatGithubAnnotation turns a warning into ::warning, or ::error under --strict', () => {
    const warning = {
      file: 'f.yaml',
      line: 1,
      column: 1,
      field: '',
      message: 'm',
      severity: 'warning' as const,
    };
    expect(formatGithubAnnotation(warning, { strict: false })).toBe(
      '::warning file=f.yaml,line=1,col=1,title=Content check::m',
    );
    expect(formatGithubAnnotation(warning, { strict: true })).toMatch(/^::error /);
  });

  test('every problem in the broken fixtures becomes one located workflow command', () => {
    for (const fixture of ['content-broken', 'content-every-error']) {
      const { problems } = checkContent(`tests/fixtures/${fixture}`);
      expect(problems.length).toBeGreaterThan(4);
      for (const problem of problems) {
        const line = formatGithubAnnotation(problem, { strict: true });
        expect(line).toMatch(/^::error file=[^,]+,line=[1-9]\d*,col=[1-9]\d*,title=[^:]*::\S/);
        expect(line).toContain(`file=tests/fixtures/${fixture}/`);
        expect(line).not.toMatch(/[\r\n]/);
      }
    }
  });
});
