/** The export dataset built from the real content/, with the content checks' loader (no Astro). */
import { loadContent } from '../../../../src/content-checks/load-content.ts';
import { validateRecords } from '../../../../src/content-checks/validate-records.ts';
import { getContentRoot } from '../../../../src/lib/content-root.ts';
import { sortDataset, type ExportDataset } from '../../../../src/lib/export/dataset.ts';
import { toPublisherDirectory } from '../../../../src/lib/sources.ts';

export function loadRealDataset(): ExportDataset {
  const { content, problems } = validateRecords(loadContent(getContentRoot()).records);
  if (problems.length > 0) throw new Error(`content/ has problems; run npm run check:\n${problems.length}`);
  const authorNames = new Map(content.authors.map((author) => [author.id, author.data.name]));
  const labels = (terms: typeof content.sectors) =>
    Object.fromEntries(terms.map((term) => [term.data.id, term.data.label]));
  return sortDataset({
    siteUrl: 'https://cyberheisttracker.org',
    siteName: 'Cyber Heist Tracker',
    incidents: content.incidents.map(({ id, data }) => ({ id, data })),
    actors: content.actors.map(({ id, data }) => ({ id, data })),
    articles: content.articles
      .filter((article) => !article.data.draft)
      .map(({ id, data }) => ({ id, data, authorNames: data.authors.map((a) => authorNames.get(a) ?? a) })),
    actions: content.actions.map(({ id, data }) => ({ id, data })),
    facilitators: content.facilitators.map(({ id, data }) => ({ id, data })),
    estimates: content.estimates.map(({ id, data }) => ({ id, data })),
    sectorLabels: labels(content.sectors),
    methodLabels: labels(content.methods),
    publishers: toPublisherDirectory(content.publishers),
    sourceCommit: undefined,
  });
}
