/**
 * `_redirects` (the Netlify / Cloudflare Pages format: `from to status`, one rule a line) for
 * renamed records: each former id's page and JSON answer with a permanent redirect to the record's
 * current URL. Hosts that ignore the file still have the redirect page at the old address.
 */
import { joinBasePath } from '../site-path.ts';
import { getIncidentJsonPath, getIncidentPath } from './permalinks.ts';

export function listRedirectRules(
  incidents: ReadonlyArray<{ id: string; data: { former_ids: readonly string[] } }>,
): Array<[string, string]> {
  return incidents
    .flatMap(({ id, data }) =>
      data.former_ids.flatMap((formerId): Array<[string, string]> => [
        [getIncidentPath(formerId), getIncidentPath(id)],
        [getIncidentJsonPath(formerId), getIncidentJsonPath(id)],
      ]),
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The file's text; the rules' site paths are written under the base path the site is served from. */
export function renderRedirectsFile(rules: ReadonlyArray<readonly [string, string]>, basePath = '/'): string {
  return [
    '# Written by src/integrations/permanent-links.ts at build time. Do not edit.',
    ...rules.map(([from, to]) => `${joinBasePath(basePath, from)} ${joinBasePath(basePath, to)} 301`),
    '',
  ].join('\n');
}
