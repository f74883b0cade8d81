import { expect, test } from 'vitest';
import { buildStixBundle } from '../../../../src/lib/stix/build-bundle.ts';
import type { StixBundle, StixObject } from '../../../../src/lib/stix/stix-types.ts';
import { validateStixBundle } from '../../../../src/lib/stix/validate-bundle.ts';
import { makeFixtureDataset } from '../export/fixture-dataset.ts';

/** A fresh valid bundle with one change applied to a copy. */
function mutate(change: (objects: StixObject[]) => void): StixBundle {
  const bundle = structuredClone(buildStixBundle(makeFixtureDataset()));
  change(bundle.objects);
  return bundle;
}

function first(objects: StixObject[], type: string, relationshipType?: string): StixObject {
  const found = objects.find(
    (o) => o.type === type && (!relationshipType || o.relationship_type === relationshipType),
  );
  if (!found) throw new Error(`fixture bundle has no ${type}`);
  return found;
}

test('validateStixBundle accepts the unmodified fixture bundle', () => {
  expect(validateStixBundle(mutate(() => {}))).toEqual([]);
});

test('validateStixBundle rejects what is not a bundle', () => {
  expect(validateStixBundle(null)).toEqual(['the bundle is not a JSON object']);
  expect(validateStixBundle({ type: 'bundle', id: 'bundle--x', objects: [] })).toEqual([
    'bundle: id must be "bundle--<RFC 4122 UUID>"',
    'bundle: objects must be a non-empty list',
  ]);
});

const cases: Array<[string, (objects: StixObject[]) => void, RegExp]> = [
  ['an id that is not type--UUID', (o) => void (first(o, 'incident').id = 'incident--1234'), /id must be/],
  [
    'an id whose prefix is another type',
    (o) => void (first(o, 'campaign').id = first(o, 'campaign').id.replace('campaign', 'incident')),
    /differs from its type|duplicate id|UUID already used/,
  ],
  [
    'a missing spec_version',
    (o) => void delete first(o, 'malware').spec_version,
    /spec_version must be "2.1"/,
  ],
  ['a missing created', (o) => void delete first(o, 'location').created, /created must be an RFC 3339/],
  [
    'a timestamp without Z',
    (o) => void (first(o, 'location').modified = '2016-03-01T00:00:00.000+00:00'),
    /modified must be an RFC 3339/,
  ],
  [
    'a timestamp below millisecond precision',
    (o) => void (first(o, 'location').created = '2016-03-01T00:00:00Z'),
    /precise to the millisecond/,
  ],
  [
    'an impossible date',
    (o) => void (first(o, 'location').created = '2016-02-30T00:00:00.000Z'),
    /created must be an RFC 3339/,
  ],
  [
    'modified before created',
    (o) => void (first(o, 'incident').modified = '2000-01-01T00:00:00.000Z'),
    /modified is earlier than created/,
  ],
  [
    'last_seen before first_seen',
    (o) => void (first(o, 'campaign').last_seen = '2000-01-01T00:00:00.000Z'),
    /last_seen is before first_seen/,
  ],
  [
    'a missing required name',
    (o) => void delete first(o, 'intrusion-set').name,
    /required property name is missing/,
  ],
  [
    'a report without object_refs',
    (o) => void delete first(o, 'report').object_refs,
    /required property object_refs/,
  ],
  ['an empty list', (o) => void (first(o, 'intrusion-set').aliases = []), /aliases is an empty list/],
  [
    'a location with no country, region or coordinates',
    (o) => void delete first(o, 'location').country,
    /needs a region, a country/,
  ],
  [
    'an external reference with only a source name',
    (o) => void (first(o, 'incident').external_references = [{ source_name: 'x' }]),
    /needs a url, external_id or description/,
  ],
  [
    'a confidence above 100',
    (o) => void (first(o, 'relationship', 'attributed-to').confidence = 101),
    /confidence must be an integer/,
  ],
  [
    'a dangling reference',
    (o) =>
      void (first(o, 'relationship', 'targets').target_ref =
        'location--00000000-0000-4000-8000-000000000000'),
    /not in the bundle/,
  ],
  [
    'a relationship the spec does not define for the pair',
    (o) => void (first(o, 'relationship', 'targets').relationship_type = 'attributed-to'),
    /"campaign attributed-to location" is not a specification-defined relationship/,
  ],
  [
    'an incident attributed to an intrusion set (undefined in STIX 2.1)',
    (o) => {
      const rel = first(o, 'relationship', 'attributed-to');
      rel.source_ref = first(o, 'incident').id;
    },
    /"incident attributed-to intrusion-set" is not a specification-defined relationship/,
  ],
  [
    'an upper-case relationship type',
    (o) => void (first(o, 'relationship', 'uses').relationship_type = 'Uses'),
    /relationship_type must use only/,
  ],
  [
    'a UUID reused by an object of another type',
    (o) => {
      const malware = first(o, 'malware');
      malware.id = `malware--${first(o, 'incident').id.split('--')[1]}`;
    },
    /UUID already used by a incident|UUID already used by a malware/,
  ],
  [
    'a created_by_ref that is not an identity',
    (o) => void (first(o, 'malware').created_by_ref = first(o, 'incident').id),
    /created_by_ref must point at an identity/,
  ],
  [
    'a custom object type',
    (o) => void (first(o, 'malware').type = 'x-thing'),
    /not a STIX 2.1 domain or relationship object type/,
  ],
];

for (const [what, change, message] of cases) {
  test(`validateStixBundle reports ${what}`, () => {
    const problems = validateStixBundle(mutate(change));
    expect(
      problems.some((p) => message.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });
}
