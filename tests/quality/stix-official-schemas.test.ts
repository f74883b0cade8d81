// Every object of the built STIX bundle (dist/data/stix/bundle.json) validates against the official
// OASIS STIX 2.1 JSON Schema of its type (vendored under tests/fixtures/stix2-json-schemas/, refs
// resolved locally). Object by object, not the bundle whole: the OASIS bundle schema omits location
// and incident from its list of object types, so it rejects any bundle that holds them
// (tests/unit/lib/stix/official-schemas.test.ts checks that this is still so).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { createStixObjectValidator } from '../support/stix-official-schemas.ts';
import { getDistDir } from './support/dist.ts';

test('every object in the built STIX bundle validates against its type’s official STIX 2.1 schema', () => {
  const bundle = JSON.parse(readFileSync(path.join(getDistDir(), 'data/stix/bundle.json'), 'utf8')) as {
    type: string;
    objects: Array<{ type: string; id: string }>;
  };
  expect(bundle.type).toBe('bundle');
  expect(bundle.objects.length).toBeGreaterThan(0);
  const validate = createStixObjectValidator();
  const problems = bundle.objects.flatMap((object) => validate(object));
  const types = [...new Set(bundle.objects.map((object) => object.type))].sort();
  console.log(
    `STIX: ${bundle.objects.length} objects of ${types.length} types (${types.join(', ')}) checked`,
  );
  expect(problems).toEqual([]);
});
