/**
 * Deterministic STIX identifiers and timestamps.
 *
 * STIX 2.1 §2.9 asks for `type--UUID` with an RFC 4122 UUID and recommends (SHOULD) UUIDv4 for
 * domain objects; we use UUIDv5 so that the same record gets the same id on every build and the
 * bundle diffs cleanly. The namespace is our own (the spec forbids reusing the SCO namespace
 * 00abedb4-…), and the name includes the object type, so no UUID is ever shared between two types.
 */
import { createUuidV5 } from './uuid-v5.ts';

/** UUIDv5('https://cyberheisttracker.org/stix/', URL namespace): fixed forever, whatever SITE_URL is. */
export const STIX_ID_NAMESPACE = 'cffcc574-a53b-5a8c-b104-0ae626e8a7d6';

/** `type--uuid5(type + ":" + key)`; `key` is our own permanent id for the thing (record id, ISO code…). */
export function getStixId(type: string, key: string): string {
  return `${type}--${createUuidV5(`${type}:${key}`, STIX_ID_NAMESPACE)}`;
}

/**
 * A STIX timestamp for a calendar day (`YYYY-MM-DD`): its first millisecond, or its last one for
 * the end of a span. Millisecond precision is what §3.2 requires of created and modified.
 */
export function toStixTimestamp(day: string, edge: 'start' | 'end' = 'start'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not a YYYY-MM-DD day: "${day}"`);
  return edge === 'start' ? `${day}T00:00:00.000Z` : `${day}T23:59:59.999Z`;
}
