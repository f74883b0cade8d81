import { describe, expect, test } from 'vitest';
import {
  layoutLossesByYear,
  renderLossesByYearSvg,
  sumLossesByYear,
} from '../../../src/charts/losses-by-year.ts';
import { chartIncidents } from '../../fixtures/charts/incidents.ts';
import { expectMatchesGolden } from './golden.ts';
import { getGoldenCase } from './golden-cases.ts';

const model = layoutLossesByYear(chartIncidents);

function getYear(year: number) {
  const bar = model.years.find((candidate) => candidate.year === year);
  if (!bar) throw new Error(`no bar for ${year}`);
  return bar;
}

describe('sumLossesByYear', () => {
  test('sumLossesByYear returns every year from the first incident to the last, empty years included', () => {
    const totals = sumLossesByYear(chartIncidents);
    expect(totals.map((total) => total.year)).toEqual([
      2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    expect(totals.find((total) => total.year === 2019)?.incidentCount).toBe(0);
  });

  test('sumLossesByYear counts the larger of attempted and stolen as targeted', () => {
    const totals = sumLossesByYear(chartIncidents);
    const year2017 = totals.find((total) => total.year === 2017);
    // WannaCry: $140K stolen, no attempt figure; Far Eastern: $60M attempted, $500K stolen.
    expect(year2017?.targeted).toBe(60_140_000);
    expect(year2017?.stolen).toBe(640_000);
  });
});

describe('layoutLossesByYear', () => {
  test('layoutLossesByYear puts a $1.5B year and a $1M year on one log scale, in order', () => {
    expect(getYear(2025).stolen).toBe(1_545_000_000);
    expect(getYear(2013).stolen).toBe(1_000_000);
    const top2025 = getYear(2025).yStolen ?? Number.NaN;
    const top2013 = getYear(2013).yStolen ?? Number.NaN;
    expect(top2025).toBeLessThan(top2013);
    expect(top2013).toBeLessThan(model.plot.bottom);
    // On a log scale, every tenfold step is the same height.
    const gaps = model.yTicks.slice(1).map((tick, index) => (model.yTicks[index]?.y ?? 0) - tick.y);
    for (const gap of gaps) expect(gap).toBeCloseTo(gaps[0] ?? 0, 6);
  });

  test('layoutLossesByYear ticks at powers of ten, labelled in dollars', () => {
    expect(model.yTicks.map((tick) => tick.label)).toEqual(['$100K', '$1M', '$10M', '$100M', '$1B']);
    expect(model.domain).toEqual([100_000, 1_545_000_000]);
  });

  test('layoutLossesByYear adds 2× and 5× gridlines when the values span less than three decades', () => {
    const narrow = layoutLossesByYear(chartIncidents.filter((incident) => incident.year >= 2022));
    expect(narrow.yTicks.map((tick) => tick.label)).toEqual([
      '$10M',
      '$20M',
      '$50M',
      '$100M',
      '$200M',
      '$500M',
      '$1B',
    ]);
  });

  test('layoutLossesByYear places recovered below stolen and the targeted dash above it, all in one column', () => {
    const year2016 = getYear(2016);
    expect(year2016.yRecovered).toBeGreaterThan(year2016.yStolen ?? Number.POSITIVE_INFINITY);
    expect(year2016.yStolen).toBeGreaterThan(year2016.yTargeted ?? Number.POSITIVE_INFINITY);
    expect(year2016.cx).toBeCloseTo(year2016.x + year2016.width / 2, 6);
  });

  test('layoutLossesByYear places frozen money as its own mark, not inside what was stolen', () => {
    const withFrozen = layoutLossesByYear([
      ...chartIncidents,
      {
        ...chartIncidents[0]!,
        id: '2013-frozen',
        year: 2013,
        usd: { stolen: 500_000, recovered: undefined, frozen: 400_000, attempted: undefined },
      },
    ]);
    const year2013 = withFrozen.years.find((bar) => bar.year === 2013);
    expect(year2013?.frozen).toBe(400_000);
    expect(year2013?.yFrozen).toBeGreaterThan(year2013?.yStolen ?? Number.POSITIVE_INFINITY);
    expect(withFrozen.table.rows.find((row) => row[0] === '2013')?.[5]).toBe('$400,000');
  });

  test('renderLossesByYearSvg draws no bar or stack on the log axis: only dots, rings, diamonds and dashes', () => {
    const svg = renderLossesByYearSvg(model, { title: 't', desc: 'd', idPrefix: 'l' });
    const rects = [...svg.matchAll(/<rect\b[^>]*>/g)].map((match) => match[0]);
    // The only rectangles are the transparent hover areas, which span the full plot height.
    for (const rect of rects) expect(rect).toContain('class="chart-hit"');
    expect(svg).toContain('class="chart-loss-stolen"');
    expect(svg).toContain('class="chart-loss-recovered"');
    expect(svg).toContain('class="chart-loss-targeted"');
  });

  test('layoutLossesByYear leaves out the targeted outline where no more was attempted than stolen', () => {
    expect(getYear(2025).yTargeted).toBeUndefined();
  });

  test('layoutLossesByYear shows years without incidents as gaps on a continuous axis', () => {
    const gap = getYear(2019);
    expect(gap.incidentCount).toBe(0);
    expect([gap.yStolen, gap.yTargeted, gap.yRecovered]).toEqual([undefined, undefined, undefined]);
    expect(gap.x).toBeGreaterThan(getYear(2018).x);
    expect(gap.x).toBeLessThan(getYear(2020).x);
    const svg = renderLossesByYearSvg(model, { title: 't', desc: 'd', idPrefix: 'l' });
    expect(svg).not.toContain('data-tip="2019');
    expect(model.summary).toContain('No incidents recorded in 2019, 2021, 2023 and 2024.');
  });

  test('layoutLossesByYear keeps an unrecorded amount distinct from zero', () => {
    const year2014 = getYear(2014);
    expect(year2014.incidentCount).toBe(1);
    expect(year2014.yStolen).toBeUndefined();
    expect(year2014.tip).toBe('2014: 1 incident, amount not recorded');
    expect(model.table.rows.find((row) => row[0] === '2014')).toEqual(['2014', '1', '—', '—', '—', '—']);
  });

  test('layoutLossesByYear explains the log scale and that marks are positions in its caption', () => {
    expect(model.caption).toMatch(/logarithmic scale/);
    expect(model.caption).toMatch(/ten times/);
    expect(model.caption).toMatch(/nothing is drawn as a length/);
  });

  test('layoutLossesByYear lists every year in the data table with exact dollars', () => {
    expect(model.table.columns).toEqual([
      'Year',
      'Incidents',
      'Targeted (USD)',
      'Stolen (USD)',
      'Recovered, returned (USD)',
      'Frozen, not returned (USD)',
    ]);
    expect(model.table.rows).toHaveLength(13);
    expect(model.table.rows.find((row) => row[0] === '2025')).toEqual([
      '2025',
      '2',
      '$1,545,000,000',
      '$1,545,000,000',
      '—',
      '—',
    ]);
  });

  test('layoutLossesByYear returns an empty chart for no incidents', () => {
    const empty = layoutLossesByYear([]);
    expect(empty.years).toEqual([]);
    expect(renderLossesByYearSvg(empty, { title: 't', desc: empty.summary, idPrefix: 'e' })).toContain(
      'No incidents to show',
    );
  });
});

describe('renderLossesByYearSvg', () => {
  test('renderLossesByYearSvg names colours only through classes', () => {
    const svg = renderLossesByYearSvg(model, { title: 't', desc: 'd', idPrefix: 'l' });
    expect(svg).not.toMatch(/#[0-9a-f]{3,8}\b(?!-)/i);
    expect(svg).not.toMatch(/\b(?:fill|stroke)="(?!url\()/);
  });

  test('renderLossesByYearSvg matches the reviewed golden file', () => {
    expectMatchesGolden('losses-by-year', getGoldenCase('losses-by-year').render());
  });
});
