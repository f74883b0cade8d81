// Content is linted like code: the integrity checks run on the real content/ in the test suite.
import { expect, test } from 'vitest';
import { checkContent } from '../../src/content-checks/check-content.ts';
import { formatProblem } from '../../src/content-checks/problem.ts';
import { loadContent } from '../../src/content-checks/load-content.ts';
import { validateRecords } from '../../src/content-checks/validate-records.ts';
import { isShortLink } from '../../src/lib/short-links.ts';
import { getYear } from '../../src/lib/partial-date.ts';

const { content } = validateRecords(loadContent('content').records);

test('the real content has no integrity problem', () => {
  expect(checkContent('content').problems.map(formatProblem)).toEqual([]);
});

test('the real content holds at least 90 incidents, their actors and an article', () => {
  expect(content.incidents.length).toBeGreaterThanOrEqual(90);
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

test('every year from 2015 to 2025 has at least one incident', () => {
  const years = new Set(content.incidents.map((incident) => getYear(incident.data.dates.start)));
  const empty = Array.from({ length: 11 }, (_, i) => 2015 + i).filter((year) => !years.has(year));
  expect(empty).toEqual([]);
});

test('no source or copy anywhere in content/ is a short link', () => {
  const records = [...content.incidents, ...content.actors, ...content.articles, ...content.estimates];
  const short = records.flatMap((record) =>
    record.data.sources.flatMap((source) =>
      [source.url, source.via?.url].filter((url): url is string => url !== undefined && isShortLink(url)).map((url) => `${record.id}: ${url}`),
    ),
  );
  expect(short).toEqual([]);
});

test('an attribution is high only when an official body made it or another source backs the same actor', () => {
  const tiers = new Map(content.publishers.map((p) => [p.id, p.data.tier]));
  const overclaimed: string[] = [];
  for (const incident of content.incidents) {
    const publisherOf = new Map(incident.data.sources.map((s) => [s.key, s.publisher]));
    for (const attribution of incident.data.attribution) {
      if (attribution.confidence !== 'high') continue;
      if (tiers.get(publisherOf.get(attribution.source) ?? '') === 'official') continue;
      // A single firm's or outlet's word is not enough for high: a second, different source must
      // attribute the same actor.
      const others = new Set(
        incident.data.attribution
          .filter((other) => other.actor === attribution.actor && other.source !== attribution.source)
          .map((other) => other.source),
      );
      if (others.size === 0) overclaimed.push(`${incident.id}: ${attribution.actor} by ${attribution.by}`);
    }
  }
  expect(overclaimed).toEqual([]);
});

test('every source names a publisher record, and every publisher a tier', () => {
  const publishers = new Set(content.publishers.map((p) => p.id));
  for (const incident of content.incidents)
    for (const source of incident.data.sources) expect(publishers.has(source.publisher), `${incident.id} ${source.key}`).toBe(true);
});

test('the response record holds at least 20 actions, 9 laundering trails, and every facilitator an action names', () => {
  expect(content.actions.length).toBeGreaterThanOrEqual(20);
  expect(content.incidents.filter((incident) => incident.data.trail.length > 0).length).toBeGreaterThanOrEqual(9);
  const facilitators = new Set(content.facilitators.map((f) => f.id));
  for (const action of content.actions)
    for (const id of action.data.targets.facilitators) expect(facilitators.has(id), `${action.id} → ${id}`).toBe(true);
});

test('every year from 2015 to 2025 is compared with at least one published estimate covering it', () => {
  const uncovered = Array.from({ length: 11 }, (_, i) => 2015 + i).filter(
    (year) => !content.estimates.some((e) => e.data.from <= year && e.data.to >= year),
  );
  expect(uncovered).toEqual([]);
});
