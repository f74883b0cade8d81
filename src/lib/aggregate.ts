/** Pure aggregates over incident summaries: totals and groupings used by pages and charts. */
import type { IncidentSummary } from './incident-summary.ts';

export type LossKind = keyof IncidentSummary['usd'];

/** Sum of a USD figure over incidents; missing figures count as zero. */
export function sumUsd(incidents: readonly IncidentSummary[], kind: LossKind): number {
  return incidents.reduce((total, incident) => total + (incident.usd[kind] ?? 0), 0);
}

/** Groups incidents under each key they carry (an incident with two countries counts in both). */
export function groupByKeys(
  incidents: readonly IncidentSummary[],
  keysOf: (incident: IncidentSummary) => readonly string[],
): Map<string, IncidentSummary[]> {
  const groups = new Map<string, IncidentSummary[]>();
  for (const incident of incidents) {
    for (const key of keysOf(incident)) {
      const group = groups.get(key);
      if (group) group.push(incident);
      else groups.set(key, [incident]);
    }
  }
  return groups;
}

export interface HeadlineFigures {
  incidents: number;
  countries: number;
  actors: number;
  usdStolen: number;
  usdAttempted: number;
  usdRecovered: number;
  usdFrozen: number;
  firstYear: number | undefined;
  lastYear: number | undefined;
}

export function computeHeadlineFigures(incidents: readonly IncidentSummary[]): HeadlineFigures {
  const years = incidents.map((incident) => incident.year);
  return {
    incidents: incidents.length,
    countries: new Set(incidents.flatMap((incident) => incident.countries)).size,
    actors: new Set(incidents.flatMap((incident) => incident.actors)).size,
    usdStolen: sumUsd(incidents, 'stolen'),
    usdAttempted: sumUsd(incidents, 'attempted'),
    usdRecovered: sumUsd(incidents, 'recovered'),
    usdFrozen: sumUsd(incidents, 'frozen'),
    firstYear: years.length ? Math.min(...years) : undefined,
    lastYear: years.length ? Math.max(...years) : undefined,
  };
}
