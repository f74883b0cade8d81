import { expect, test } from 'vitest';
import { createUuidV5, DNS_NAMESPACE } from '../../../../src/lib/stix/uuid-v5.ts';

test('createUuidV5 matches the RFC 4122 reference values for DNS names', () => {
  // The same values Python's uuid.uuid5(uuid.NAMESPACE_DNS, name) gives.
  expect(createUuidV5('python.org', DNS_NAMESPACE)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  expect(createUuidV5('www.example.com', DNS_NAMESPACE)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
});

test('createUuidV5 sets version 5 and the RFC 4122 variant', () => {
  const uuid = createUuidV5('2016-02-bangladesh-bank', DNS_NAMESPACE);
  expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('createUuidV5 is deterministic and depends on name and namespace', () => {
  expect(createUuidV5('a', DNS_NAMESPACE)).toBe(createUuidV5('a', DNS_NAMESPACE));
  expect(createUuidV5('a', DNS_NAMESPACE)).not.toBe(createUuidV5('b', DNS_NAMESPACE));
  expect(createUuidV5('a', DNS_NAMESPACE)).not.toBe(
    createUuidV5('a', '6ba7b811-9dad-11d1-80b4-00c04fd430c8'),
  );
});

test('createUuidV5 rejects a namespace that is not a UUID', () => {
  expect(() => createUuidV5('a', 'not-a-uuid')).toThrow(/Not a UUID/);
});
