/**
 * Where each record and open-data file lives on the site. Pages, feeds, exports and the STIX bundle
 * all build their links here, so a permalink is spelled one way everywhere.
 */

export const DATA_FILES = {
  incidentsJson: '/data/incidents.json',
  incidentsCsv: '/data/incidents.csv',
  actorsJson: '/data/actors.json',
  actionsJson: '/data/actions.json',
  actionsCsv: '/data/actions.csv',
  facilitatorsJson: '/data/facilitators.json',
  facilitatorsCsv: '/data/facilitators.csv',
  estimatesJson: '/data/estimates.json',
  stixBundle: '/data/stix/bundle.json',
  incidentSchema: '/data/schema/incident.json',
  actorSchema: '/data/schema/actor.json',
  articleSchema: '/data/schema/article.json',
  actionSchema: '/data/schema/action.json',
  facilitatorSchema: '/data/schema/facilitator.json',
} as const;

/**
 * Media types of the files whose extension alone says too little (a static host would send the
 * feeds as plain XML and the bundle as plain JSON). The endpoints declare them, and _headers sends
 * them (src/integrations/security-headers.ts).
 */
export const MEDIA_TYPES = {
  atom: 'application/atom+xml; charset=utf-8',
  stix: 'application/stix+json;version=2.1',
  jsonSchema: 'application/schema+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
} as const;

export const FEEDS = {
  articles: { path: '/feed.xml', title: 'Analysis' },
  incidents: { path: '/incidents/feed.xml', title: 'Incidents' },
  corrections: { path: '/corrections/feed.xml', title: 'Corrections' },
  actions: { path: '/response/feed.xml', title: 'The response' },
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

export function getActionPath(id: string): string {
  return `/response/${id}/`;
}

export function getFacilitatorPath(id: string): string {
  return `/facilitators/${id}/`;
}

/** Estimates have no page of their own: each is a row of the /coverage/ table. */
export const COVERAGE_PATH = '/coverage/';

export function getEstimateAnchor(id: string): string {
  return `estimate-${id}`;
}

export function getEstimatePath(id: string): string {
  return `${COVERAGE_PATH}#${getEstimateAnchor(id)}`;
}

export function getArticlePath(id: string): string {
  return `/articles/${id}/`;
}

/** Pages that have a social card (src/social-cards/): the folder its PNG sits in under /cards/. */
export type SocialCardKind = 'incidents' | 'actors' | 'articles';

/** The 1200×630 PNG shared as a page's og:image: `/cards/incidents/<id>.png`. */
export function getSocialCardPath(kind: SocialCardKind, id: string): string {
  return `/cards/${kind}/${id}.png`;
}

/**
 * The JSON Schema of a JSON download (`incidents`, `incident`, `actors`, `actions`, `facilitators`)
 * or of the records in one (`incident-record`…): src/schemas/export-json-schema.ts.
 */
export function getExportSchemaPath(name: string): string {
  return `/data/schema/export/${name}.json`;
}

/**
 * Absolute URL of a root-relative site path (`/incidents/x/`) against the site's root URL, which
 * carries the base path (`https://example.org/tracker/`, from siteUrl('/') in src/site-config.ts):
 * the path is resolved inside the root, never above it.
 */
export function toAbsoluteUrl(path: string, siteRootUrl: string): string {
  const root = siteRootUrl.endsWith('/') ? siteRootUrl : `${siteRootUrl}/`;
  return new URL(`./${path.replace(/^\/+/, '')}`, root).href;
}

/** `_headers` rules, path pattern → Content-Type, for every file MEDIA_TYPES covers. */
export function getMediaTypeRules(): Array<readonly [string, string]> {
  return [
    ...Object.values(FEEDS).map(({ path }) => [path, MEDIA_TYPES.atom] as const),
    [DATA_FILES.stixBundle, MEDIA_TYPES.stix],
    ['/data/schema/*', MEDIA_TYPES.jsonSchema],
    [DATA_FILES.incidentsCsv, MEDIA_TYPES.csv],
    [DATA_FILES.actionsCsv, MEDIA_TYPES.csv],
    [DATA_FILES.facilitatorsCsv, MEDIA_TYPES.csv],
  ];
}
