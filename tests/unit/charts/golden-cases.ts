/**
 * The chart renderings kept as golden files in tests/golden/charts/. Shared by the tests, which
 * compare, and by write-goldens.ts, which a person runs after reviewing a deliberate change.
 */
import { fileURLToPath } from 'node:url';
import { layoutBreakdownBars, renderBreakdownBarsSvg } from '../../../src/charts/breakdown-bars.ts';
import { layoutLossesByYear, renderLossesByYearSvg } from '../../../src/charts/losses-by-year.ts';
import { layoutCoverageByYear, renderCoverageByYearSvg } from '../../../src/charts/coverage-by-year.ts';
import { coverageFixture } from '../../fixtures/charts/coverage.ts';
import { layoutMoneyFlow, renderMoneyFlowSvg } from '../../../src/charts/money-flow.ts';
import { layoutRoutesByYear, renderRoutesByYearSvg } from '../../../src/charts/routes-by-year.ts';
import { layoutResponseTimeline, renderResponseTimelineSvg } from '../../../src/charts/response-timeline.ts';
import { exampleActions, exampleTrail, otherTrails } from '../../fixtures/charts/trails.ts';
import { layoutTimeline, renderTimelineSvg } from '../../../src/charts/timeline.ts';
import { layoutWorldMap, renderWorldMapSvg } from '../../../src/charts/world-map.ts';
import { actorLabels, chartIncidents, sectorLabels } from '../../fixtures/charts/incidents.ts';

export const GOLDEN_DIR = fileURLToPath(new URL('../../golden/charts/', import.meta.url));

export interface GoldenCase {
  /** File name without `.svg`. */
  name: string;
  render: () => string;
}

export const goldenCases: GoldenCase[] = [
  {
    name: 'money-flow',
    render: () => {
      const model = layoutMoneyFlow({
        stolen: 100_000_000,
        trail: exampleTrail,
        facilitatorNames: { 'tornado-cash': 'Tornado Cash' },
      });
      return renderMoneyFlowSvg(model, {
        title: 'Where the money went',
        desc: model.summary,
        idPrefix: 'money-flow',
      });
    },
  },
  {
    name: 'routes-by-year',
    render: () => {
      const model = layoutRoutesByYear([exampleTrail, ...otherTrails]);
      return renderRoutesByYearSvg(model, {
        title: 'Laundering routes used, by year',
        desc: model.summary,
        idPrefix: 'routes-by-year',
      });
    },
  },
  {
    name: 'response-timeline',
    render: () => {
      const model = layoutResponseTimeline(exampleActions);
      return renderResponseTimelineSvg(model, {
        title: 'The response over time, by kind of action',
        desc: model.summary,
        idPrefix: 'response-timeline',
      });
    },
  },
  {
    name: 'coverage-by-year',
    render: () => {
      const model = layoutCoverageByYear(coverageFixture);
      return renderCoverageByYearSvg(model, {
        title: 'The record against published estimates, by year',
        desc: model.summary,
        idPrefix: 'coverage',
      });
    },
  },
  {
    name: 'timeline',
    render: () => {
      const model = layoutTimeline(chartIncidents, { labels: actorLabels });
      return renderTimelineSvg(model, {
        title: 'Incidents over time, by actor',
        desc: model.summary,
        idPrefix: 'timeline',
      });
    },
  },
  {
    name: 'timeline-by-category',
    render: () => {
      const model = layoutTimeline(chartIncidents, { laneBy: 'category' });
      return renderTimelineSvg(model, {
        title: 'Incidents over time, by category',
        desc: model.summary,
        idPrefix: 'timeline-category',
      });
    },
  },
  {
    name: 'timeline-binned',
    render: () => {
      // maxMarks below the fixture's size forces yearly totals, as a 10,000-incident page would.
      const model = layoutTimeline(chartIncidents, { labels: actorLabels, maxMarks: 5 });
      return renderTimelineSvg(model, {
        title: 'Incidents over time, by actor, as yearly totals',
        desc: model.summary,
        idPrefix: 'timeline-binned',
      });
    },
  },
  {
    name: 'losses-by-year',
    render: () => {
      const model = layoutLossesByYear(chartIncidents);
      return renderLossesByYearSvg(model, {
        title: 'Losses by year',
        desc: model.summary,
        idPrefix: 'losses',
      });
    },
  },
  {
    name: 'world-map',
    render: () => {
      const model = layoutWorldMap(chartIncidents);
      return renderWorldMapSvg(model, {
        title: 'Victim countries by number of incidents',
        desc: model.summary,
        idPrefix: 'map',
      });
    },
  },
  {
    name: 'breakdown-sectors',
    render: () => {
      const model = layoutBreakdownBars(chartIncidents, { by: 'sector', labels: sectorLabels });
      return renderBreakdownBarsSvg(model, {
        title: 'Incidents by sector',
        desc: model.summary,
        idPrefix: 'sectors',
      });
    },
  },
  {
    name: 'breakdown-actors-usd',
    render: () => {
      const model = layoutBreakdownBars(chartIncidents, { by: 'actor', valueBy: 'usd', labels: actorLabels });
      return renderBreakdownBarsSvg(model, {
        title: 'US dollars stolen by actor',
        desc: model.summary,
        idPrefix: 'actors',
      });
    },
  },
];

export function getGoldenCase(name: string): GoldenCase {
  const found = goldenCases.find((goldenCase) => goldenCase.name === name);
  if (!found) throw new Error(`No golden case named "${name}"`);
  return found;
}
