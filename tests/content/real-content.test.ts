// Content is linted like code: the integrity checks run on the real content/ in the test suite.
import { expect, test } from 'vitest';
import { checkContent } from '../../src/content-checks/check-content.ts';
import { formatProblem } from '../../src/content-checks/problem.ts';
import { loadContent } from '../../src/content-checks/load-content.ts';
import { validateRecords } from '../../src/content-checks/validate-records.ts';

const { content } = validateRecords(loadContent('content').records);

test('the real content has no integrity problem', () => {
  expect(checkContent('content').problems.map(formatProblem)).toEqual([]);
});

test('the real content holds at least 8 incidents, their actors and an article', () => {
  expect(content.incidents.length).toBeGreaterThanOrEqual(8);
  expect(content.actors.length).toBeGreaterThanOrEqual(1);
  expect(content.articles.length).toBeGreaterThanOrEqual(1);
});

test('every incident cites at least one https source', () => {
  for (const incident of content.incidents) {
    expect(incident.data.sources.length, incident.id).toBeGreaterThan(0);
    for (const source of incident.data.sources) expect(source.url, `${incident.id} ${source.key}`).toMatch(/^https:\/\//);
  }
});

test('every attribution names a confidence and who made it, and every loss figure a source key', () => {
  for (const incident of content.incidents) {
    const keys = new Set(incident.data.sources.map((source) => source.key));
    for (const attribution of incident.data.attribution) {
      expect(['low', 'medium', 'high'], incident.id).toContain(attribution.confidence);
      expect(attribution.by.length, incident.id).toBeGreaterThan(0);
      expect(keys.has(attribution.source), `${incident.id} attribution source`).toBe(true);
    }
    for (const figure of Object.values(incident.data.losses)) {
      if (figure) expect(keys.has(figure.source), `${incident.id} loss source ${figure.source}`).toBe(true);
    }
  }
});
