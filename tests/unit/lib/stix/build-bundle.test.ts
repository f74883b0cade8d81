import { describe, expect, test } from 'vitest';
import { buildStixBundle } from '../../../../src/lib/stix/build-bundle.ts';
import { getStixId } from '../../../../src/lib/stix/stix-ids.ts';
import type { StixObject, StixRelationship } from '../../../../src/lib/stix/stix-types.ts';
import { validateStixBundle } from '../../../../src/lib/stix/validate-bundle.ts';
import { makeFixtureDataset } from '../export/fixture-dataset.ts';
import { loadRealDataset } from '../export/real-dataset.ts';

const bundle = buildStixBundle(makeFixtureDataset());
const byId = new Map(bundle.objects.map((object) => [object.id, object]));

function find(type: string, key: string): StixObject {
  const object = byId.get(getStixId(type, key));
  if (!object) throw new Error(`no ${type} for ${key}`);
  return object;
}

function relationships(type: string, sourceRef: string): StixRelationship[] {
  return bundle.objects.filter(
    (o): o is StixRelationship =>
      o.type === 'relationship' && o.relationship_type === type && o.source_ref === sourceRef,
  );
}

describe('buildStixBundle on the fixture dataset', () => {
  test('produces a bundle the STIX 2.1 validator accepts', () => {
    expect(validateStixBundle(bundle)).toEqual([]);
  });

  test('holds an incident and a campaign for every incident, an intrusion set per actor and a report per article', () => {
    for (const id of ['2016-02-test-heist', '2017-campaign']) {
      expect(find('incident', id).type).toBe('incident');
      expect(find('campaign', id).type).toBe('campaign');
    }
    expect(find('intrusion-set', 'test-group')).toMatchObject({
      name: 'Test Group',
      aliases: ['TG', 'Test Chollima'],
      first_seen: '2009-01-01T00:00:00.000Z',
    });
    expect(find('intrusion-set', 'test-group').external_references).toContainEqual({
      source_name: 'mitre-attack',
      external_id: 'G0032',
      url: 'https://attack.mitre.org/groups/G0032/',
    });
    expect(find('report', '2026-01-test-article')).toMatchObject({
      published: '2026-01-10T00:00:00.000Z',
      object_refs: [getStixId('incident', '2016-02-test-heist'), getStixId('campaign', '2016-02-test-heist')],
    });
    // A report must refer to something: an article about no incident refers to its publisher.
    expect(find('report', '2026-02-no-incidents').object_refs).toEqual([getStixId('identity', 'publisher')]);
  });

  test('takes created and modified from the records’ own dates, not from the clock', () => {
    // Earliest source 2016-03, newest correction 2026-12-01.
    expect(find('incident', '2016-02-test-heist')).toMatchObject({
      created: '2016-03-01T00:00:00.000Z',
      modified: '2026-12-01T00:00:00.000Z',
    });
    expect(find('campaign', '2016-02-test-heist')).toMatchObject({
      first_seen: '2016-02-04T00:00:00.000Z',
      last_seen: '2016-02-29T23:59:59.999Z',
    });
    expect(find('report', '2026-02-no-incidents')).toMatchObject({
      created: '2026-02-02T00:00:00.000Z',
      modified: '2026-03-01T00:00:00.000Z',
    });
    // A shared location spans every record that mentions it.
    expect(find('location', 'PH')).toMatchObject({
      created: '2016-03-01T00:00:00.000Z',
      country: 'PH',
      name: 'Philippines',
    });
  });

  test('attributes the campaign to each actor once, at the highest confidence on the STIX scale', () => {
    const [attribution, ...rest] = relationships(
      'attributed-to',
      getStixId('campaign', '2016-02-test-heist'),
    );
    expect(rest).toEqual([]);
    expect(attribution).toMatchObject({
      target_ref: getStixId('intrusion-set', 'test-group'),
      confidence: 85,
    });
    expect(attribution?.description).toBe(
      'Attributed by Vendor A (2016-05): medium confidence; Agency B: high confidence.',
    );
  });

  test('maps techniques to attack patterns with their ATT&CK ids, and malware names case-insensitively to one family', () => {
    const pattern = find('attack-pattern', 'T1566.001');
    expect(pattern.external_references).toEqual([
      {
        source_name: 'mitre-attack',
        external_id: 'T1566.001',
        url: 'https://attack.mitre.org/techniques/T1566/001/',
      },
    ]);
    expect(bundle.objects.filter((o) => o.type === 'malware').map((o) => o.name)).toEqual([
      'Banswift',
      'Other.Tool',
    ]);
    const uses = relationships('uses', getStixId('campaign', '2016-02-test-heist')).map((r) => r.target_ref);
    expect(uses).toEqual(
      expect.arrayContaining([getStixId('attack-pattern', 'T1059'), getStixId('malware', 'banswift')]),
    );
  });

  test('targets each victim country once and each named victim, located in its country', () => {
    const targets = relationships('targets', getStixId('campaign', '2017-campaign')).map((r) => r.target_ref);
    expect(targets.sort()).toEqual([getStixId('location', 'MX'), getStixId('location', 'PL')].sort());
    const victim = find('identity', 'victim:Other Bank, Ltd.|PH');
    expect(relationships('located-at', victim.id).map((r) => r.target_ref)).toEqual([
      getStixId('location', 'PH'),
    ]);
  });

  test('gives the same ids and the same bytes for the same content, whatever the input order', () => {
    const dataset = makeFixtureDataset();
    const reversed = makeFixtureDataset({
      incidents: [...dataset.incidents].reverse(),
      actors: [...dataset.actors].reverse(),
      articles: [...dataset.articles].reverse(),
    });
    expect(JSON.stringify(buildStixBundle(reversed))).toBe(JSON.stringify(bundle));
    expect(buildStixBundle(makeFixtureDataset()).objects.map((o) => o.id)).toEqual(
      bundle.objects.map((o) => o.id),
    );
  });

  test('keeps ids when SITE_URL changes, because they derive from record ids only', () => {
    const elsewhere = buildStixBundle(makeFixtureDataset({ siteUrl: 'https://mirror.example.net' }));
    expect(elsewhere.objects.map((o) => o.id)).toEqual(bundle.objects.map((o) => o.id));
  });
});

describe('buildStixBundle on the real content', () => {
  const real = loadRealDataset();
  const realBundle = buildStixBundle(real);

  test('passes the validator', () => {
    expect(validateStixBundle(realBundle)).toEqual([]);
  });

  test('holds every incident and every actor', () => {
    const ids = new Set(realBundle.objects.map((o) => o.id));
    for (const { id } of real.incidents) {
      expect(ids.has(getStixId('incident', id)), id).toBe(true);
      expect(ids.has(getStixId('campaign', id)), id).toBe(true);
    }
    for (const { id } of real.actors) expect(ids.has(getStixId('intrusion-set', id)), id).toBe(true);
    expect(realBundle.objects.filter((o) => o.type === 'incident')).toHaveLength(real.incidents.length);
  });
});
