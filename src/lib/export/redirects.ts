/**
 * `_redirects` (the Netlify / Cloudflare Pages format: `from to status`, one rule a line) for
 * renamed records: each former id's page (and, for incidents, its JSON) answers with a permanent
 * redirect to the record's current URL. Hosts that ignore the file still have the redirect page at
 * the old address.
 */
import { joinBasePath } from '../site-path.ts';
import {
  getActionPath,
  getActorPath,
  getArticlePath,
  getFacilitatorPath,
  getIncidentJsonPath,
  getIncidentPath,
} from './permalinks.ts';

interface Renamable {
  id: string;
  data: { former_ids: readonly string[] };
}

/** Every published record that can be renamed, by kind. */
export interface RenamableRecords {
  incidents: readonly Renamable[];
  actors?: readonly Renamable[];
  articles?: readonly Renamable[];
  actions?: readonly Renamable[];
  facilitators?: readonly Renamable[];
}

/** The addresses one record of a kind answers at: its page, and any machine-readable copy. */
const ADDRESSES: Record<keyof RenamableRecords, Array<(id: string) => string>> = {
  incidents: [getIncidentPath, getIncidentJsonPath],
  actors: [getActorPath],
  articles: [getArticlePath],
  actions: [getActionPath],
  facilitators: [getFacilitatorPath],
};

export function listRedirectRules(records: RenamableRecords): Array<[string, string]> {
  return (Object.keys(ADDRESSES) as Array<keyof RenamableRecords>)
    .flatMap((kind) =>
      (records[kind] ?? []).flatMap(({ id, data }) =>
        data.former_ids.flatMap((formerId) =>
          ADDRESSES[kind].map((address): [string, string] => [address(formerId), address(id)]),
        ),
      ),
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
