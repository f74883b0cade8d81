/**
 * RFC 4122 name-based UUIDs, version 5 (SHA-1). STIX ids made this way are the same on every build
 * for the same record, so the published bundle diffs cleanly; node:crypto is all it needs.
 */
import { createHash } from 'node:crypto';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function uuidToBytes(uuid: string): Buffer {
  if (!UUID_PATTERN.test(uuid)) throw new Error(`Not a UUID: "${uuid}"`);
  return Buffer.from(uuid.replaceAll('-', ''), 'hex');
}

function bytesToUuid(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** UUIDv5 of `name` (UTF-8) in `namespace`: sha1(namespace bytes + name), version and variant bits set. */
export function createUuidV5(name: string, namespace: string): string {
  const digest = createHash('sha1').update(uuidToBytes(namespace)).update(name, 'utf8').digest();
  const bytes = digest.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50; // version 5
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 4122 variant (10xx)
  return bytesToUuid(bytes);
}

/** RFC 4122 namespace for fully qualified domain names (Appendix C). */
export const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
