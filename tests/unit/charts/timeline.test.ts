import { describe, expect, test } from 'vitest';
import {
  defaults,
  layoutTimeline,
  renderTimelineSvg,
  type TimelineModel,
} from '../../../src/charts/timeline.ts';
import { actorLabels, awkwardIncident, chartIncidents } from '../../fixtures/charts/incidents.ts';
import { expectMatchesGolden } from './golden.ts';
import { getGoldenCase } from './golden-cases.ts';

const model = layoutTimeline(chartIncidents, { labels: actorLabels });

function findMark(timeline: TimelineModel, id: string) {
  const mark = timeline.marks.find((candidate) => candidate.id === id);
  if (!mark) throw new Error(`no mark for ${id}`);
  return mark;
}

/** The x of a UTC instant, read back from the year gridlines (the scale is linear between them). */
function xAt(timeline: TimelineModel, time: number): number {
  const year = new Date(time).getUTCFullYear();
  const firstYear = Number(timeline.ticks.find((tick) => tick.label !== undefined)?.label);
  const start = timeline.ticks[year - firstYear];
  const end = timeline.ticks[year - firstYear + 1];
  if (!start || !end) throw new Error(`no ticks around ${year}`);
  const fraction = (time - Date.UTC(year, 0, 1)) / (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1));
  return start.x + fraction * (end.x - start.x);
}

describe('layoutTimeline', () => {
  test('layoutTimeline draws a year-precision date as a span across the year', () => {
    const mark = findMark(model, '2013-00-seoul-exchange');
    expect(mark.shape).toBe('span');
    expect(mark.x0).toBeCloseTo(xAt(model, Date.UTC(2013, 0, 1)), 6);
    expect(mark.x1).toBeCloseTo(xAt(model, Date.UTC(2014, 0, 1)), 6);
  });

  test('layoutTimeline draws a month-precision date across its month, at least as wide as the mark is tall', () => {
    const mark = findMark(model, '2020-09-kucoin');
    const monthStart = xAt(model, Date.UTC(2020, 8, 1));
    const monthEnd = xAt(model, Date.UTC(2020, 9, 1));
    expect(mark.shape).toBe('span');
    expect(mark.x).toBeCloseTo((monthStart + monthEnd) / 2, 6);
    expect(mark.x0).toBeLessThanOrEqual(monthStart + 1e-9);
    expect(mark.x1).toBeGreaterThanOrEqual(monthEnd - 1e-9);
    expect(mark.x1 - mark.x0).toBeGreaterThanOrEqual(2 * mark.r - 1e-9);
  });

  test('layoutTimeline draws a day-precision date as a point in the middle of that day', () => {
    const mark = findMark(model, '2016-02-bangladesh-bank');
    expect(mark.shape).toBe('point');
    expect(mark.x).toBeCloseTo(xAt(model, Date.UTC(2016, 1, 4, 12)), 6);
    expect(mark.x0).toBe(mark.x1);
  });

  test('layoutTimeline sizes marks by the square root of USD stolen, with a minimum for unknown amounts', () => {
    const bybit = findMark(model, '2025-02-bybit');
    const ronin = findMark(model, '2022-03-ronin');
    expect(bybit.r).toBeCloseTo(defaults.maxRadius, 6);
    expect(ronin.r / bybit.r).toBeCloseTo(Math.sqrt(625 / 1460), 6);
    expect(findMark(model, '2014-11-sony-pictures').r).toBe(defaults.minRadius);
  });

  test('layoutTimeline sizes an attempt by the amount attempted, not by the zero stolen', () => {
    const ids = new Set(['2015-12-tpbank', '2014-11-sony-pictures']);
    const timeline = layoutTimeline(chartIncidents.filter((incident) => ids.has(incident.id)));
    const attempt = findMark(timeline, '2015-12-tpbank');
    expect(attempt.status).toBe('attempted');
    // $1.13M attempted is the largest amount here, so the hollow ring gets the largest radius.
    expect(attempt.r).toBeCloseTo(defaults.maxRadius, 6);
  });

  test('layoutTimeline orders lanes by incident count, then name, with unattributed last', () => {
    expect(model.lanes.map((lane) => lane.label)).toEqual([
      'APT38 (BlueNoroff)',
      'Lazarus Group',
      'TraderTraitor',
      'Andariel',
      'Unattributed',
    ]);
  });

  test('layoutTimeline puts an incident in the lane of its first attributed actor', () => {
    const laneOf = (id: string) => model.lanes[findMark(model, id).laneIndex]?.key;
    expect(laneOf('2016-02-bangladesh-bank')).toBe('apt38');
    expect(laneOf('2022-03-ronin')).toBe('tradertraitor');
    expect(laneOf('2020-00-hong-kong-otc')).toBe('');
  });

  test('layoutTimeline can lay lanes out by category instead of actor', () => {
    const byCategory = layoutTimeline(chartIncidents, { laneBy: 'category' });
    expect(byCategory.lanes.map((lane) => lane.key)).toEqual(['heist', 'campaign', 'destructive']);
  });

  test('layoutTimeline draws larger marks first so smaller ones stay on top', () => {
    const radii = model.marks.map((mark) => mark.r);
    expect(radii).toEqual([...radii].sort((a, b) => b - a));
  });

  test('layoutTimeline gives tab stops only to the largest marks beyond maxFocusable', () => {
    const limited = layoutTimeline(chartIncidents, { maxFocusable: 2 });
    expect(
      limited.marks
        .filter((mark) => mark.focusable)
        .map((mark) => mark.id)
        .sort(),
    ).toEqual(['2022-03-ronin', '2025-02-bybit']);
    expect(model.marks.every((mark) => mark.focusable)).toBe(true);
  });

  test('layoutTimeline labels every year and thins the labels when years get narrow', () => {
    expect(model.ticks.filter((tick) => tick.label !== undefined)).toHaveLength(13);
    expect(model.ticks).toHaveLength(14);
    const narrow = layoutTimeline(chartIncidents, { width: 300 });
    expect(narrow.ticks.flatMap((tick) => (tick.label === undefined ? [] : [tick.label]))).toEqual([
      '2015',
      '2020',
      '2025',
    ]);
  });

  test('layoutTimeline lists every incident in the data table, by date, with all its actors', () => {
    expect(model.table.rows).toHaveLength(chartIncidents.length);
    expect(model.table.rows[0]?.[0]).toBe('Seoul exchange wallet theft');
    expect(model.table.rows.find((row) => row[0] === 'Bangladesh Bank SWIFT heist')).toEqual([
      'Bangladesh Bank SWIFT heist',
      '4 Feb 2016',
      'APT38 (BlueNoroff), Lazarus Group',
      'completed',
      '$81M',
      '$951M',
    ]);
  });

  test('layoutTimeline returns an empty chart with a message for no incidents', () => {
    const empty = layoutTimeline([]);
    expect(empty.marks).toEqual([]);
    const svg = renderTimelineSvg(empty, { title: 't', desc: empty.summary, idPrefix: 'empty' });
    expect(svg).toContain('No incidents to show');
    expect(svg).toContain('role="img"');
  });
});

describe('renderTimelineSvg', () => {
  test('renderTimelineSvg escapes incident titles in tooltips', () => {
    const timeline = layoutTimeline([awkwardIncident]);
    const svg = renderTimelineSvg(timeline, { title: 'T & T', desc: timeline.summary, idPrefix: 't' });
    expect(svg).toContain('data-tip="Smith &amp; Sons &lt;&quot;Bank&quot;&gt; &#39;heist&#39; · Apr 2019');
    expect(svg).toContain('<title id="t-title">T &amp; T</title>');
  });

  test('renderTimelineSvg distinguishes status by shape, not only colour', () => {
    const svg = renderTimelineSvg(model, { title: 't', desc: 'd', idPrefix: 't' });
    expect(svg).toMatch(/class="chart-mark chart-mark--attempted"/);
    // Disrupted marks carry a hatch overlay in addition to their fill.
    expect(svg).toMatch(/class="chart-mark-hatch"[^>]*fill="url\(#t-hatch\)"/);
  });

  test('renderTimelineSvg names colours only through classes', () => {
    const svg = renderTimelineSvg(model, { title: 't', desc: 'd', idPrefix: 't' });
    expect(svg).not.toMatch(/#[0-9a-f]{3,8}\b(?!-)/i);
    expect(svg).not.toMatch(/\b(?:fill|stroke)="(?!url\()/);
  });

  test('renderTimelineSvg matches the reviewed golden file', () => {
    expectMatchesGolden('timeline', getGoldenCase('timeline').render());
    expectMatchesGolden('timeline-by-category', getGoldenCase('timeline-by-category').render());
  });
});
