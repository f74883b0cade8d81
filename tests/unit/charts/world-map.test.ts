import { describe, expect, test } from 'vitest';
import { layoutWorldMap, renderWorldMapSvg, sumIncidentsByCountry } from '../../../src/charts/world-map.ts';
import { chartIncidents } from '../../fixtures/charts/incidents.ts';
import { expectMatchesGolden } from './golden.ts';
import { getGoldenCase } from './golden-cases.ts';

const model = layoutWorldMap(chartIncidents);

describe('sumIncidentsByCountry', () => {
  test('sumIncidentsByCountry counts an incident once in each victim country', () => {
    const totals = sumIncidentsByCountry(chartIncidents);
    expect(totals.find((total) => total.code === 'PH')).toMatchObject({
      incidentCount: 1,
      stolen: 81_000_000,
    });
    expect(totals.find((total) => total.code === 'BD')).toMatchObject({
      incidentCount: 1,
      stolen: 81_000_000,
    });
  });
});

describe('layoutWorldMap', () => {
  test('layoutWorldMap draws every world-atlas country, the ones without incidents in the neutral class', () => {
    expect(model.countries).toHaveLength(177);
    const shaded = model.countries.filter((country) => !country.className.includes('chart-country--none'));
    expect(shaded).toHaveLength(11);
    for (const country of model.countries) {
      expect(country.tip === undefined).toBe(country.className.includes('chart-country--none'));
    }
  });

  test('layoutWorldMap lists every victim country in the data table, most incidents first', () => {
    expect(model.table.columns).toEqual(['Country', 'Code', 'Incidents', 'Stolen (USD)']);
    expect(model.table.rows).toHaveLength(13);
    expect(model.table.rows[0]).toEqual(['United States', 'US', '4', '$181,140,000']);
    const counts = model.table.rows.map((row) => Number(row[2]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(model.table.rows.map((row) => row[1])).toContain('SG');
  });

  test('layoutWorldMap reports victim countries too small for the 110m atlas in missingFromMap and the caption', () => {
    expect(model.missingFromMap.map((country) => country.code)).toEqual(['SG', 'HK']);
    expect(model.caption).toContain('Too small to draw at this scale: Singapore');
  });

  test('layoutWorldMap builds a legend of quantized steps plus a neutral entry', () => {
    expect(model.steps.map((step) => step.label)).toEqual(['1', '2', '3', '4']);
    expect(model.legend.items.map((item) => item.label)).toEqual(['1', '2', '3', '4', 'None recorded']);
    const unitedStates = model.countries.find((country) => country.key === '840');
    expect(unitedStates?.className).toBe('chart-country chart-seq-5');
  });

  test('layoutWorldMap shades by USD stolen when asked, with five dollar classes', () => {
    const byUsd = layoutWorldMap(chartIncidents, { valueBy: 'usd' });
    expect(byUsd.legend.items.map((item) => item.label)).toEqual([
      'Under $600K',
      '$600K–$4M',
      '$4M–$30M',
      '$30M–$200M',
      '$200M or more',
      'Amount not recorded',
      'None recorded',
    ]);
    expect(byUsd.countries.find((country) => country.key === '784')?.className).toBe(
      'chart-country chart-seq-5',
    );
  });

  test('layoutWorldMap rounds path coordinates to one decimal place', () => {
    for (const country of model.countries) expect(country.path).not.toMatch(/\.\d{2}/);
    expect(model.spherePath).not.toMatch(/\.\d{2}/);
  });

  test('layoutWorldMap gives tab stops only to the countries with the most incidents beyond maxFocusable', () => {
    const limited = layoutWorldMap(chartIncidents, { maxFocusable: 1 });
    expect(limited.countries.filter((country) => country.focusable).map((country) => country.key)).toEqual([
      '840',
    ]);
  });

  test('layoutWorldMap returns a plain map with no shaded countries for no incidents', () => {
    const empty = layoutWorldMap([]);
    expect(empty.countries.every((country) => country.tip === undefined)).toBe(true);
    expect(empty.table.rows).toEqual([]);
    expect(renderWorldMapSvg(empty, { title: 't', desc: empty.summary, idPrefix: 'e' })).toContain(
      'role="img"',
    );
  });
});

describe('renderWorldMapSvg', () => {
  test('renderWorldMapSvg puts a tooltip on each country with incidents and names colours only through classes', () => {
    const svg = renderWorldMapSvg(model, { title: 't', desc: 'd', idPrefix: 'm' });
    expect(svg.match(/data-tip="/g)).toHaveLength(11);
    expect(svg).toContain('data-tip="Bangladesh: 1 incident, $81M stolen"');
    expect(svg).not.toMatch(/#[0-9a-f]{3,8}\b(?!-)/i);
    expect(svg).not.toMatch(/\b(?:fill|stroke)="/);
  });

  test('renderWorldMapSvg matches the reviewed golden file', () => {
    expectMatchesGolden('world-map', getGoldenCase('world-map').render());
  });
});
