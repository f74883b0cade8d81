import { describe, expect, test } from 'vitest';
import { defaults, layoutTimeline, renderTimelineSvg } from '../../../src/charts/timeline.ts';
import { binIncidentsByYear, describeBin } from '../../../src/charts/timeline-bins.ts';
import type { IncidentSummary } from '../../../src/lib/incident-summary.ts';
import { actorLabels, chartIncidents } from '../../fixtures/charts/incidents.ts';
import { expectMatchesGolden } from './golden.ts';
import { getGoldenCase } from './golden-cases.ts';

const laneOf = (incident: IncidentSummary) => incident.actors[0] ?? '';

/** `count` copies of the fixture spread over 2013–2025 and four actors, as a large record would be. */
function makeLargeRecord(count: number): IncidentSummary[] {
  const actors = ['lazarus', 'apt38', 'tradertraitor', 'andariel'];
  return Array.from({ length: count }, (_, i) => {
    const base = chartIncidents[i % chartIncidents.length] as IncidentSummary;
    const year = 2013 + (i % 13);
    return {
      ...base,
      id: `${year}-01-generated-${i}`,
      title: `Generated incident ${i}`,
      start: `${year}-0${1 + (i % 9)}`,
      year,
      actors: i % 17 === 0 ? [] : [actors[i % actors.length] as string],
    };
  });
}

describe('layoutTimeline with more incidents than maxMarks', () => {
  const binned = layoutTimeline(chartIncidents, { labels: actorLabels, maxMarks: 5 });

  test('layoutTimeline draws one year-wide bar per lane and year once incidents exceed maxMarks', () => {
    const pairs = new Set(chartIncidents.map((incident) => `${laneOf(incident)}|${incident.year}`));
    expect(binned.binned).toBe(true);
    expect(binned.marks).toHaveLength(pairs.size);
    expect(binned.marks.every((mark) => mark.shape === 'span')).toBe(true);
    const year = binned.ticks[1];
    const next = binned.ticks[2];
    if (!year || !next) throw new Error('expected year ticks');
    const yearWidth = next.x - year.x;
    expect(binned.marks.every((mark) => mark.x1 - mark.x0 >= yearWidth - 1e-9)).toBe(true);
  });

  test('layoutTimeline keeps one mark per incident up to maxMarks', () => {
    const unbinned = layoutTimeline(chartIncidents, { maxMarks: chartIncidents.length });
    expect(unbinned.binned).toBe(false);
    expect(unbinned.marks).toHaveLength(chartIncidents.length);
    expect(defaults.maxMarks).toBeGreaterThanOrEqual(100);
  });

  test('layoutTimeline lists the yearly totals in the data table, summing every incident', () => {
    expect(binned.table.columns).toEqual([
      'Attributed to',
      'Year',
      'Incidents',
      'Stolen (USD)',
      'Attempted (USD)',
    ]);
    expect(binned.table.rows).toHaveLength(binned.marks.length);
    const counted = binned.table.rows.reduce((sum, row) => sum + Number(row[2]), 0);
    expect(counted).toBe(chartIncidents.length);
    expect(binned.table.rows).toContainEqual(['APT38 (BlueNoroff)', '2016', '1', '$81M', '$951M']);
    expect(binned.caption).toContain('each bar sums one year of a lane');
    expect(binned.summary).toContain('shown as yearly totals per lane');
  });

  test('a 10,000-incident timeline stays within lanes × years marks and a small SVG', () => {
    const incidents = makeLargeRecord(10_000);
    const model = layoutTimeline(incidents, { labels: actorLabels });
    expect(model.marks.length).toBeLessThanOrEqual(model.lanes.length * 13);
    expect(model.table.rows).toHaveLength(model.marks.length);
    expect(model.marks.filter((mark) => mark.focusable).length).toBeLessThanOrEqual(defaults.maxFocusable);
    const svg = renderTimelineSvg(model, { title: 't', desc: model.summary, idPrefix: 't' });
    expect(Buffer.byteLength(svg)).toBeLessThan(40_000);
  });

  test('renderTimelineSvg labels a binned chart in its legend and matches the reviewed golden file', () => {
    const svg = getGoldenCase('timeline-binned').render();
    expect(svg).toContain('Total of a lane for one year');
    expectMatchesGolden('timeline-binned', svg);
  });
});

describe('binIncidentsByYear', () => {
  test('binIncidentsByYear marks a bin attempted only when every incident in it was an attempt', () => {
    const attempt = chartIncidents.find((incident) => incident.status === 'attempted');
    const completed = chartIncidents.find(
      (incident) => incident.status === 'completed' && incident.usd.stolen,
    );
    if (!attempt || !completed) throw new Error('fixture needs an attempt and a completed incident');
    const sameYear = { ...completed, year: attempt.year, actors: attempt.actors };
    const [alone] = binIncidentsByYear([attempt], [laneOf(attempt)], laneOf);
    const [mixed] = binIncidentsByYear([attempt, sameYear], [laneOf(attempt)], laneOf);
    expect(alone?.status).toBe('attempted');
    expect(mixed?.status).toBe('completed');
    expect(mixed?.count).toBe(2);
    expect(mixed?.stolen).toBe((attempt.usd.stolen ?? 0) + (completed.usd.stolen ?? 0));
  });

  test('describeBin says what a bar sums: "APT38 · 2016 · 2 incidents · $82M stolen"', () => {
    const bin = {
      laneKey: 'apt38',
      year: 2016,
      count: 2,
      stolen: 82_000_000,
      attempted: undefined,
      status: 'completed' as const,
    };
    expect(describeBin(bin, 'APT38')).toBe('APT38 · 2016 · 2 incidents · $82M stolen');
    expect(
      describeBin({ ...bin, count: 1, stolen: 0, attempted: 1_130_000, status: 'attempted' }, 'APT38'),
    ).toBe('APT38 · 2016 · 1 incident · $1.13M attempted, nothing stolen');
  });
});
