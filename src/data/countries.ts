/** Victim countries with their incidents. */
import { computeHeadlineFigures, groupByKeys, type HeadlineFigures } from '../lib/aggregate.ts';
import { getCountryName, getCountrySlug } from '../lib/countries.ts';
import { getCatalog, type IncidentEntry } from './catalog.ts';

export interface CountryPage {
  code: string;
  slug: string;
  name: string;
  incidents: IncidentEntry[];
  figures: HeadlineFigures;
}

export async function getCountryPages(): Promise<CountryPage[]> {
  const { incidents } = await getCatalog();
  const groups = groupByKeys(
    incidents.map((incident) => incident.summary),
    (summary) => summary.countries,
  );
  const byId = new Map(incidents.map((incident) => [incident.id, incident]));
  return [...groups.entries()]
    .map(([code, summaries]) => ({
      code,
      slug: getCountrySlug(code),
      name: getCountryName(code),
      incidents: summaries
        .map((summary) => byId.get(summary.id))
        .filter((entry): entry is IncidentEntry => entry !== undefined),
      figures: computeHeadlineFigures(summaries),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
