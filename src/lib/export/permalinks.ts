/**
 * Where each record and open-data file lives on the site. Pages, feeds, exports and the STIX bundle
 * all build their links here, so a permalink is spelled one way everywhere.
 */

export const DATA_FILES = {
  incidentsJson: '/data/incidents.json',
  incidentsCsv: '/data/incidents.csv',
  actorsJson: '/data/actors.json',
  stixBundle: '/data/stix/bundle.json',
  incidentSchema: '/data/schema/incident.json',
  actorSchema: '/data/schema/actor.json',
  articleSchema: '/data/schema/article.json',
} as const;

export const FEEDS = {
  articles: { path: '/feed.xml', title: 'Analysis' },
  incidents: { path: '/incidents/feed.xml', title: 'Incidents' },
  corrections: { path: '/corrections/feed.xml', title: 'Corrections' },
} as const;

export const DATA_PAGE_PATH = '/data/';

export function getIncidentPath(id: string): string {
  return `/incidents/${id}/`;
}

/** The machine-readable copy of one incident. */
export function getIncidentJsonPath(id: string): string {
  return `/incidents/${id}.json`;
}

export function getActorPath(id: string): string {
  return `/actors/${id}/`;
}

export function getArticlePath(id: string): string {
  return `/articles/${id}/`;
}

/** Absolute URL of a site path against the canonical origin (SITE.url or SITE_URL). */
export function toAbsoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}
