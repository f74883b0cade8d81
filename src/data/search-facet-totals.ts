/**
 * Every search filter value with the number of indexed pages that carry it, from the same records
 * and facet functions the page templates hand to Pagefind, so the search page can show its filters
 * without downloading Pagefind's filter files. tests/e2e/search.spec.ts holds the two equal.
 */
import {
  getActionFacets,
  getArticleFacets,
  getFacilitatorFacets,
  getIncidentFacets,
  getProfileFacets,
  tallySearchFacets,
  type FacetGroupTotals,
} from '../lib/search-facets.ts';
import { SEARCH_FILTER_ORDER } from '../lib/search-url-state.ts';
import { getCatalog } from './catalog.ts';
import { getCountryPages } from './countries.ts';
import { getLabels } from './labels.ts';

export async function getSearchFacetTotals(): Promise<FacetGroupTotals[]> {
  const [catalog, labels, countries] = await Promise.all([getCatalog(), getLabels(), getCountryPages()]);
  // One page per incident, published article, actor, victim country, sector, method, action and facilitator.
  const profiles = (type: Parameters<typeof getProfileFacets>[0], count: number) =>
    Array.from({ length: count }, () => getProfileFacets(type));
  return tallySearchFacets(
    [
      ...catalog.incidents.map((incident) => getIncidentFacets(incident.summary, labels)),
      ...catalog.articles.map((article) => getArticleFacets(article.data, labels)),
      ...profiles('Actor', catalog.actors.length),
      ...profiles('Country', countries.length),
      ...profiles('Sector', catalog.sectors.size),
      ...profiles('Method', catalog.methods.size),
      ...catalog.actions.map((action) =>
        getActionFacets(
          action.data,
          catalog.publishers.get(action.data.authority)?.name ?? action.data.authority,
        ),
      ),
      ...catalog.facilitators.map((facilitator) => getFacilitatorFacets(facilitator.data)),
    ],
    SEARCH_FILTER_ORDER,
  );
}
