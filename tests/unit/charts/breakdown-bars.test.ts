import { describe, expect, test } from 'vitest';
import { layoutBreakdownBars, renderBreakdownBarsSvg } from '../../../src/charts/breakdown-bars.ts';
import { actorLabels, chartIncidents, sectorLabels } from '../../fixtures/charts/incidents.ts';
import { expectMatchesGolden } from './golden.ts';
import { getGoldenCase } from './golden-cases.ts';

const bySector = layoutBreakdownBars(chartIncidents, { by: 'sector', labels: sectorLabels });

describe('layoutBreakdownBars', () => {
  test('layoutBreakdownBars sorts keys by incident count, descending, with display labels', () => {
    expect(bySector.rows.map((row) => [row.label, row.value])).toEqual([
      ['Crypto exchanges', 5],
      ['Banking', 4],
      ['DeFi & bridges', 2],
      ['Healthcare', 1],
      ['Manufacturing', 1],
      ['Media & entertainment', 1],
    ]);
  });

  test('layoutBreakdownBars scales bar length linearly from zero', () => {
    const [first, second] = bySector.rows;
    expect((second?.barWidth ?? 0) / (first?.barWidth ?? 1)).toBeCloseTo(4 / 5, 6);
    expect(first?.barWidth).toBeCloseTo(bySector.plot.right - bySector.plot.left, 6);
  });

  test('layoutBreakdownBars counts an incident once in each of its keys and says so', () => {
    // WannaCry has two sectors: healthcare and manufacturing.
    expect(bySector.rows.find((row) => row.key === 'healthcare')?.incidentCount).toBe(1);
    expect(bySector.rows.find((row) => row.key === 'manufacturing')?.incidentCount).toBe(1);
    expect(bySector.caption).toContain('counts once in each');
  });

  test('layoutBreakdownBars sums USD stolen when asked and puts unattributed incidents last', () => {
    const byActor = layoutBreakdownBars(chartIncidents, { by: 'actor', valueBy: 'usd', labels: actorLabels });
    expect(byActor.rows.map((row) => [row.label, row.valueLabel])).toEqual([
      ['TraderTraitor', '$2.17B'],
      ['Lazarus Group', '$1.08B'],
      ['APT38 (BlueNoroff)', '$93M'],
      ['Andariel', '$1M'],
      ['Unattributed', '$2.4M'],
    ]);
  });

  test('layoutBreakdownBars draws the top `limit` keys and still lists all of them in the table', () => {
    const limited = layoutBreakdownBars(chartIncidents, { by: 'country', limit: 3 });
    expect(limited.rows).toHaveLength(3);
    expect(limited.keyCount).toBe(13);
    expect(limited.table.rows).toHaveLength(13);
    expect(limited.caption).toContain('top 3 of 13');
  });

  test('layoutBreakdownBars names countries in English when no label is given', () => {
    const byCountry = layoutBreakdownBars(chartIncidents, { by: 'country' });
    expect(byCountry.rows[0]?.label).toBe('United States');
  });

  test('layoutBreakdownBars writes "not recorded" for USD when no incident gave an amount', () => {
    const byMethod = layoutBreakdownBars(
      chartIncidents.filter((incident) => incident.id === '2014-11-sony-pictures'),
      { by: 'method', valueBy: 'usd' },
    );
    expect(byMethod.rows[0]?.valueLabel).toBe('not recorded');
    expect(byMethod.table.rows[0]).toEqual(['spearphishing', '1', '—']);
  });

  test('layoutBreakdownBars returns an empty chart for no incidents', () => {
    const empty = layoutBreakdownBars([], { by: 'sector' });
    expect(empty.rows).toEqual([]);
    expect(renderBreakdownBarsSvg(empty, { title: 't', desc: empty.summary, idPrefix: 'e' })).toContain(
      'No incidents to show',
    );
  });
});

describe('renderBreakdownBarsSvg', () => {
  test('renderBreakdownBarsSvg escapes labels and names colours only through classes', () => {
    const svg = renderBreakdownBarsSvg(bySector, { title: 't', desc: 'd', idPrefix: 'b' });
    expect(svg).toContain('>DeFi &amp; bridges</text>');
    expect(svg).not.toMatch(/#[0-9a-f]{3,8}\b(?!-)/i);
    expect(svg).not.toMatch(/\b(?:fill|stroke)="/);
  });

  test('renderBreakdownBarsSvg matches the reviewed golden files', () => {
    expectMatchesGolden('breakdown-sectors', getGoldenCase('breakdown-sectors').render());
    expectMatchesGolden('breakdown-actors-usd', getGoldenCase('breakdown-actors-usd').render());
  });
});
