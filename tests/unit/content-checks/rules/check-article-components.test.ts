// The article-components rule over content-valid plus one article using components right and wrong.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../../src/content-checks/check-content.ts';
import type { ContentProblem } from '../../../../src/content-checks/problem.ts';

const ARTICLE = '2026-03-components.mdx';
let root: string;
let problems: ContentProblem[];

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cht-components-'));
  cpSync('tests/fixtures/content-valid', root, { recursive: true });
  cpSync('tests/fixtures/article-components', root, { recursive: true });
  problems = checkContent(root).problems;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('checkArticleComponents (through checkContent)', () => {
  test('reports each component mistake once, in the article body, at the line and column of the prop or tag', () => {
    expect(problems.map((p) => `${path.basename(p.file)}:${p.line}:${p.column} ${p.field}`)).toEqual([
      `${ARTICLE}:20:14 body`,
      `${ARTICLE}:22:11 body`,
      `${ARTICLE}:24:11 body`,
      `${ARTICLE}:26:46 body`,
      `${ARTICLE}:28:15 body`,
      `${ARTICLE}:30:15 body`,
      `${ARTICLE}:32:1 body`,
    ]);
  });

  test('explains each mistake with the component schema and the ids that exist', () => {
    expect(problems.map((p) => p.message)).toEqual([
      'unknown incident id "2016-02-no-such-heist" in <IncidentMap>; expected a file name from content/incidents/ without .yaml',
      'unknown prop "actr" on <Timeline>; expected one of: actor, country, incidents, from, to, title, caption, laneBy',
      'unknown actor id "no-such-group" in <Timeline>; expected an id from content/actors/',
      '<LossesByYear> to: from must not be after to',
      '<LossesByYear> actor: Invalid input: expected string, received array',
      '<LossesByYear> from: Invalid input: expected number, received string',
      'unknown component <Chart>; articles may use only <LossesByYear>, <Timeline>, <IncidentMap>, <RoutesByYear>, <ResponseTimeline>, <MoneyFlow> from src/components/mdx/',
    ]);
  });

  test('finds nothing to report in the real content', () => {
    expect(checkContent('content').problems.filter((p) => p.field === 'body')).toEqual([]);
  });
});
