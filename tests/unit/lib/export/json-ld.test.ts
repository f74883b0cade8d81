import { expect, test } from 'vitest';
import { serializeJsonLd } from '../../../../src/lib/export/json-ld.ts';
import {
  buildArticlePageMetadata,
  buildDatasetPageMetadata,
  buildIncidentPageMetadata,
} from '../../../../src/lib/export/page-metadata.ts';
import { makeFixtureDataset } from './fixture-dataset.ts';

const dataset = makeFixtureDataset({ sourceCommit: '0123456789abcdef0123456789abcdef01234567' });

test('serializeJsonLd cannot close its script element or start a comment', () => {
  const text = serializeJsonLd({ name: '</script><script>alert(1)</script> <!-- & \u2028' });
  expect(text).not.toMatch(/[<>&\u2028]/);
  expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script> <!-- & \u2028' });
});

test('an incident page is a CreativeWork in the Dataset, about an Event with its dates and countries', () => {
  const { jsonLd, citation, modified } = buildIncidentPageMetadata(dataset, '2016-02-test-heist');
  expect(jsonLd).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    url: 'https://example.org/incidents/2016-02-test-heist/',
    dateCreated: '2016-03-01',
    dateModified: '2026-12-01',
    license: 'https://creativecommons.org/licenses/by/4.0/',
    isPartOf: { '@type': 'Dataset', url: 'https://example.org/data/' },
    encoding: { contentUrl: 'https://example.org/incidents/2016-02-test-heist.json' },
    about: {
      '@type': 'Event',
      startDate: '2016-02-04',
      endDate: '2016-02',
      location: [
        { '@type': 'Country', name: 'Bangladesh' },
        { '@type': 'Country', name: 'Philippines' },
      ],
    },
  });
  expect(modified).toBe('2026-12-01');
  expect(citation).toMatchObject({
    kind: 'incident',
    issued: '2026-12-01',
    authors: ['Cyber Heist Tracker'],
  });
});

test('an article is an Article; a house byline is an Organization and a named author a Person', () => {
  const { jsonLd, published, modified } = buildArticlePageMetadata(dataset, '2026-01-test-article');
  expect(jsonLd).toMatchObject({
    '@type': 'Article',
    headline: 'What the {test} heist & 100% of its $ tell us_',
    datePublished: '2026-01-10',
    dateModified: '2026-02-01',
    author: [
      { '@type': 'Person', name: 'Test Author', url: 'https://example.org/authors/test-author/' },
      { '@type': 'Organization', name: 'Cyber Heist Tracker editors' },
    ],
  });
  expect([published, modified]).toEqual(['2026-01-10', '2026-02-01']);
});

test('the data page is a Dataset with its downloads, coverage and version', () => {
  const { jsonLd, citation } = buildDatasetPageMetadata(
    dataset,
    'A description long enough for search engines.',
  );
  expect(jsonLd).toMatchObject({
    '@type': 'Dataset',
    url: 'https://example.org/data/',
    dateModified: '2026-12-01',
    temporalCoverage: '2016-02-04/2017',
    version: '0123456',
    isAccessibleForFree: true,
  });
  expect((jsonLd['distribution'] as Array<{ encodingFormat: string }>).map((d) => d.encodingFormat)).toEqual([
    'application/json',
    'text/csv',
    'application/json',
    'application/stix+json;version=2.1',
  ]);
  expect(citation).toMatchObject({ kind: 'dataset', version: '0123456', issued: '2026-12-01' });
});
