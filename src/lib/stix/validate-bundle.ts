/**
 * Checks a bundle against the STIX 2.1 rules this site relies on, each from the specification:
 * - §2.9 identifiers: `type--UUID`, an RFC 4122 UUID, and no UUID reused across types;
 * - §2.12 no empty lists; §2.5.2 external references name a source and give a url, id or description;
 * - §2.16 / §3.2 timestamps: RFC 3339 in UTC with "Z"; created and modified to the millisecond,
 *   modified not before created; last_seen not before first_seen;
 * - §3.2 required common properties (type, spec_version "2.1", id, created, modified) and each
 *   type's required properties (name, published, object_refs, is_family…); confidence 0–100;
 * - §5.1 relationships: ASCII lower-case type, both ends present and not SROs, and a
 *   specification-defined type for the pair (Appendix B, or a §3.7 common relationship);
 * - every `*_ref` and `*_refs` points at an object in the bundle.
 * It returns every problem found, one sentence each, so a test failure says what to fix.
 */
import { isSpecRelationship } from './relationship-rules.ts';
import type { StixObject } from './stix-types.ts';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
const ID_PATTERN = new RegExp(`^([a-z][a-z0-9-]*[a-z0-9])--(${UUID})$`);
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/;
const MILLISECOND_TIMESTAMP = /T\d{2}:\d{2}:\d{2}\.\d{3,}Z$/;

/** STIX 2.1 domain and relationship object types (§4, §5). */
const SDO_TYPES = new Set([
  'attack-pattern',
  'campaign',
  'course-of-action',
  'grouping',
  'identity',
  'incident',
  'indicator',
  'infrastructure',
  'intrusion-set',
  'location',
  'malware',
  'malware-analysis',
  'note',
  'observed-data',
  'opinion',
  'report',
  'threat-actor',
  'tool',
  'vulnerability',
]);
const SRO_TYPES = new Set(['relationship', 'sighting']);

/** Properties each type must have beyond the common ones (§4, §5). */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  'attack-pattern': ['name'],
  campaign: ['name'],
  grouping: ['context', 'object_refs'],
  identity: ['name'],
  incident: ['name'],
  indicator: ['pattern', 'pattern_type', 'valid_from'],
  infrastructure: ['name'],
  'intrusion-set': ['name'],
  malware: ['is_family'],
  note: ['content', 'object_refs'],
  'observed-data': ['first_observed', 'last_observed', 'number_observed'],
  opinion: ['opinion', 'object_refs'],
  report: ['name', 'published', 'object_refs'],
  'threat-actor': ['name'],
  tool: ['name'],
  vulnerability: ['name'],
  relationship: ['relationship_type', 'source_ref', 'target_ref'],
  sighting: ['sighting_of_ref'],
};

const SEEN_PAIRS = [
  ['first_seen', 'last_seen'],
  ['start_time', 'stop_time'],
] as const;

function isValidTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = TIMESTAMP.exec(value);
  if (!match) return false;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  const date = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 0, h ?? 0, mi ?? 0, s ?? 0));
  return (
    date.getUTCFullYear() === y &&
    date.getUTCMonth() + 1 === mo &&
    date.getUTCDate() === d &&
    (h ?? 99) < 24 &&
    (mi ?? 99) < 60 &&
    (s ?? 99) < 60
  );
}

/** Every identifier an object points at through `*_ref` / `*_refs` properties. */
function collectReferences(object: StixObject): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(object)) {
    if (key.endsWith('_ref') && typeof value === 'string') out.push([key, value]);
    if (key.endsWith('_refs') && Array.isArray(value)) {
      for (const item of value) if (typeof item === 'string') out.push([key, item]);
    }
  }
  return out;
}

function checkCommon(object: StixObject, where: string, problems: string[]): void {
  if (typeof object.type !== 'string' || !/^[a-z][a-z0-9-]{1,248}[a-z0-9]$/.test(object.type)) {
    problems.push(`${where}: type must be 3–250 lower-case ASCII letters, digits and hyphens`);
  } else if (!SDO_TYPES.has(object.type) && !SRO_TYPES.has(object.type)) {
    problems.push(`${where}: "${object.type}" is not a STIX 2.1 domain or relationship object type`);
  }
  if (object.spec_version !== '2.1') problems.push(`${where}: spec_version must be "2.1"`);
  const idMatch = typeof object.id === 'string' ? ID_PATTERN.exec(object.id) : null;
  if (!idMatch) problems.push(`${where}: id must be "<type>--<RFC 4122 UUID>"`);
  else if (idMatch[1] !== object.type)
    problems.push(`${where}: id prefix "${idMatch[1]}" differs from its type`);
  for (const key of ['created', 'modified'] as const) {
    const value = object[key];
    if (!isValidTimestamp(value))
      problems.push(`${where}: ${key} must be an RFC 3339 UTC timestamp ending in Z`);
    else if (!MILLISECOND_TIMESTAMP.test(value))
      problems.push(`${where}: ${key} must be precise to the millisecond`);
  }
  if (
    isValidTimestamp(object.created) &&
    isValidTimestamp(object.modified) &&
    object.modified < object.created
  ) {
    problems.push(`${where}: modified is earlier than created`);
  }
  for (const key of REQUIRED[object.type] ?? []) {
    if (object[key] === undefined) problems.push(`${where}: required property ${key} is missing`);
  }
  for (const [key, value] of Object.entries(object)) {
    if (!/^[a-z][a-z0-9_]*$/.test(key))
      problems.push(`${where}: property name "${key}" is not lower-case ASCII`);
    if (Array.isArray(value) && value.length === 0) problems.push(`${where}: ${key} is an empty list`);
  }
  if (object.confidence !== undefined) {
    const c = object.confidence;
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c > 100) {
      problems.push(`${where}: confidence must be an integer from 0 to 100`);
    }
  }
  for (const [first, last] of SEEN_PAIRS) {
    for (const key of [first, last]) {
      if (object[key] !== undefined && !isValidTimestamp(object[key])) {
        problems.push(`${where}: ${key} must be an RFC 3339 UTC timestamp ending in Z`);
      }
    }
    const a = object[first];
    const b = object[last];
    if (isValidTimestamp(a) && isValidTimestamp(b) && b < a)
      problems.push(`${where}: ${last} is before ${first}`);
  }
  if (object.published !== undefined && !isValidTimestamp(object.published)) {
    problems.push(`${where}: published must be an RFC 3339 UTC timestamp ending in Z`);
  }
  for (const [index, ref] of (object.external_references ?? []).entries()) {
    if (typeof ref.source_name !== 'string' || ref.source_name === '') {
      problems.push(`${where}: external_references[${index}] has no source_name`);
    }
    if (ref.url === undefined && ref.external_id === undefined && ref.description === undefined) {
      problems.push(`${where}: external_references[${index}] needs a url, external_id or description`);
    }
  }
}

function checkTypeRules(object: StixObject, where: string, problems: string[]): void {
  if (object.type === 'malware' && object.is_family === true && typeof object.name !== 'string') {
    problems.push(`${where}: a malware family must have a name`);
  }
  if (
    object.type === 'location' &&
    object.region === undefined &&
    object.country === undefined &&
    (object.latitude === undefined || object.longitude === undefined)
  ) {
    problems.push(`${where}: a location needs a region, a country, or latitude and longitude`);
  }
}

function checkRelationship(
  object: StixObject,
  where: string,
  byId: Map<string, StixObject>,
  problems: string[],
): void {
  const type = object.relationship_type;
  if (typeof type !== 'string' || !/^[a-z0-9-]+$/.test(type)) {
    problems.push(`${where}: relationship_type must use only a-z, 0-9 and hyphens`);
    return;
  }
  const source = byId.get(String(object.source_ref));
  const target = byId.get(String(object.target_ref));
  if (!source || !target) return; // reported as a dangling reference
  for (const end of [source, target]) {
    if (SRO_TYPES.has(end.type))
      problems.push(`${where}: ${end.id} is a relationship object and cannot be an end`);
  }
  if (!isSpecRelationship(source.type, type, target.type)) {
    problems.push(
      `${where}: "${source.type} ${type} ${target.type}" is not a specification-defined relationship`,
    );
  }
}

/** All problems in `bundle`, or an empty list when it conforms. */
export function validateStixBundle(bundle: unknown): string[] {
  const problems: string[] = [];
  if (typeof bundle !== 'object' || bundle === null) return ['the bundle is not a JSON object'];
  const { type, id, objects } = bundle as Record<string, unknown>;
  if (type !== 'bundle') problems.push('bundle: type must be "bundle"');
  if (typeof id !== 'string' || !new RegExp(`^bundle--${UUID}$`).test(id)) {
    problems.push('bundle: id must be "bundle--<RFC 4122 UUID>"');
  }
  if (!Array.isArray(objects) || objects.length === 0)
    return [...problems, 'bundle: objects must be a non-empty list'];
  const byId = new Map<string, StixObject>();
  const uuidOwners = new Map<string, string>();
  for (const [index, object] of (objects as StixObject[]).entries()) {
    const where = `objects[${index}] ${object.id ?? '(no id)'}`;
    if (byId.has(object.id)) problems.push(`${where}: duplicate id`);
    byId.set(object.id, object);
    const uuid = ID_PATTERN.exec(object.id)?.[2];
    const owner = uuid ? uuidOwners.get(uuid) : undefined;
    if (uuid && owner && owner !== object.type) problems.push(`${where}: UUID already used by a ${owner}`);
    if (uuid) uuidOwners.set(uuid, object.type);
  }
  for (const [index, object] of (objects as StixObject[]).entries()) {
    const where = `objects[${index}] ${object.id ?? '(no id)'}`;
    checkCommon(object, where, problems);
    checkTypeRules(object, where, problems);
    if (object.type === 'relationship') checkRelationship(object, where, byId, problems);
    for (const [key, ref] of collectReferences(object)) {
      if (!byId.has(ref)) problems.push(`${where}: ${key} points at ${ref}, which is not in the bundle`);
    }
    if (object.created_by_ref !== undefined && byId.get(object.created_by_ref)?.type !== 'identity') {
      problems.push(`${where}: created_by_ref must point at an identity`);
    }
  }
  return problems;
}
