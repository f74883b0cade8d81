/**
 * Data for the MDX author components: validates their props and picks the incidents they show.
 * Every failure names the article and the component, so a typo in an article fails the build
 * with a message its author can act on.
 */
import {
  authorComponentPropsSchemas,
  type AuthorComponentName,
  type ChartSelection,
} from '../schemas/author-components.ts';
import type { IncidentSummary } from '../lib/incident-summary.ts';
import { getCatalog } from './catalog.ts';

/** "content/articles/<slug>.mdx" from the page being rendered, for error messages. */
export function describeArticle(pathname: string): string {
  const slug = pathname.replace(/^\/articles\//, '').replace(/\/$/, '');
  return slug && slug !== pathname ? `content/articles/${slug}.mdx` : pathname;
}

export function parseAuthorProps<N extends AuthorComponentName>(
  name: N,
  props: unknown,
  article: string,
): ChartSelection & Record<string, unknown> {
  const result = authorComponentPropsSchemas[name].safeParse(props);
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => `${issue.path.join('.') || '(props)'}: ${issue.message}`)
      .join('; ');
    throw new Error(`${article}: <${name}> has invalid props: ${details}`);
  }
  return result.data;
}

export async function selectChartIncidents(
  name: AuthorComponentName,
  selection: ChartSelection,
  article: string,
): Promise<IncidentSummary[]> {
  const catalog = await getCatalog();
  const fail = (message: string): never => {
    throw new Error(`${article}: <${name}> ${message}`);
  };
  if (selection.actor && !catalog.actorById.has(selection.actor)) {
    fail(`actor="${selection.actor}" does not exist; expected an id from content/actors/`);
  }
  for (const id of selection.incidents ?? []) {
    if (!catalog.incidentById.has(id))
      fail(`incidents lists "${id}", which does not exist in content/incidents/`);
  }
  const chosen = new Set(selection.incidents ?? []);
  const selected = catalog.incidents
    .map((incident) => incident.summary)
    .filter(
      (summary) =>
        (chosen.size === 0 || chosen.has(summary.id)) &&
        (!selection.actor || summary.actors.includes(selection.actor)) &&
        (!selection.country || summary.countries.includes(selection.country)) &&
        (selection.from === undefined || summary.year >= selection.from) &&
        (selection.to === undefined || summary.year <= selection.to),
    );
  if (selected.length === 0) fail('selects no incident; widen the actor, country or year range');
  return selected;
}
