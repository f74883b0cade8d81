/**
 * The flat, page-ready view of one incident that tables, charts, search facets and exports share.
 * Pure: built from the validated record, no Astro imports, so charts and tests can use it directly.
 */
import type { Incident } from '../schemas/incident.ts';
import { comparePartialDates, getYear, type PartialDate } from './partial-date.ts';

export interface IncidentSummary {
  id: string;
  title: string;
  summary: string;
  status: Incident['status'];
  category: Incident['category'];
  /** First known activity, at its own precision. */
  start: PartialDate;
  end: PartialDate | undefined;
  year: number;
  /** Victim names in record order (campaign entries without names are skipped). */
  victimNames: string[];
  /** Distinct victim countries (ISO alpha-2), in record order. */
  countries: string[];
  /** Distinct sector ids. */
  sectors: string[];
  methods: string[];
  /** Distinct actor ids in attribution order. */
  actors: string[];
  /** USD figures as recorded (low end of a range); undefined when not given. */
  usd: {
    attempted: number | undefined;
    stolen: number | undefined;
    recovered: number | undefined;
    frozen: number | undefined;
  };
}

function distinct<T>(values: Iterable<T | undefined>): T[] {
  return [...new Set([...values].filter((value): value is T => value !== undefined))];
}

export function summarizeIncident(id: string, incident: Incident): IncidentSummary {
  return {
    id,
    title: incident.title,
    summary: incident.summary,
    status: incident.status,
    category: incident.category,
    start: incident.dates.start,
    end: incident.dates.end,
    year: getYear(incident.dates.start),
    victimNames: distinct(incident.victims.map((victim) => victim.name)),
    countries: distinct(incident.victims.flatMap((victim) => (victim.country ? [victim.country] : []))),
    sectors: distinct(incident.victims.map((victim) => victim.sector)),
    methods: [...incident.methods],
    actors: distinct(incident.attribution.map((attribution) => attribution.actor)),
    usd: {
      attempted: incident.losses.attempted?.usd,
      stolen: incident.losses.stolen?.usd,
      recovered: incident.losses.recovered?.usd,
      frozen: incident.losses.frozen?.usd,
    },
  };
}

/** Newest first by start date, then by id so equal dates keep a stable order. */
export function compareIncidentsNewestFirst(a: IncidentSummary, b: IncidentSummary): number {
  return comparePartialDates(b.start, a.start) || a.id.localeCompare(b.id);
}
