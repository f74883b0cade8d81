/**
 * The official STIX 2.1 JSON Schemas (OASIS cti-stix2-json-schemas, vendored as data under
 * tests/fixtures/stix2-json-schemas/ with their LICENSE) in one Ajv, every `$ref` resolved from the
 * vendored files: the schemas name each other by URLs relative to their `$id`, and Ajv is given no
 * loader, so it never fetches anything.
 *
 * Upstream's schemas declare JSON Schema draft 2020-12 (they moved from draft-07), hence Ajv2020.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const STIX_SCHEMA_DIR = fileURLToPath(
  new URL('../fixtures/stix2-json-schemas/schemas/', import.meta.url),
);

/** The folders the object schemas live in, searched in this order for `<type>.json`. */
const OBJECT_FOLDERS = ['sdos', 'sros', 'common', 'observables'] as const;

interface LoadedSchema {
  file: string;
  $id: string;
  schema: Record<string, unknown>;
}

export function loadStixSchemas(dir: string = STIX_SCHEMA_DIR): LoadedSchema[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      const schema = JSON.parse(readFileSync(full, 'utf8')) as Record<string, unknown>;
      return { file: path.relative(dir, full).split(path.sep).join('/'), $id: String(schema['$id']), schema };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

export type StixObjectValidator = (object: { type: string; id?: string; [key: string]: unknown }) => string[];

/**
 * Validates one STIX object against the official schema of its type (`sdos/incident.json`,
 * `sros/relationship.json`…), which brings in the common ones (core, identifier, timestamp…).
 * Returns the problems, empty when valid; a type with no official schema is a problem too.
 */
export function createStixObjectValidator(dir: string = STIX_SCHEMA_DIR): StixObjectValidator {
  // Not strict: the schemas are OASIS's, and use keywords in ways Ajv's strict mode flags as
  // ambiguous (a `pattern` without a `type` beside it, `description` next to `$ref`), all valid JSON Schema.
  // unicodeRegExp off: their patterns escape characters that need no escape (`\-` outside a class),
  // which JavaScript refuses under the `u` flag Ajv adds by default (and which other validators accept).
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  const schemas = loadStixSchemas(dir);
  for (const { schema } of schemas) ajv.addSchema(schema);
  const idByType = new Map<string, string>();
  for (const folder of [...OBJECT_FOLDERS].reverse())
    for (const { file, $id } of schemas)
      if (file.startsWith(`${folder}/`)) idByType.set(path.basename(file, '.json'), $id);
  return (object) => {
    const $id = idByType.get(object.type);
    if (!$id) return [`${object.id ?? object.type}: no official STIX schema for type "${object.type}"`];
    const validate = ajv.getSchema($id);
    if (!validate) throw new Error(`schema ${$id} did not compile`);
    if (validate(object)) return [];
    return (validate.errors ?? []).map(
      (error) => `${object.id ?? object.type}${error.instancePath} ${error.message} (${error.schemaPath})`,
    );
  };
}

/** The object schemas the official bundle schema lists for `objects`, by file name (e.g. `sdos/campaign.json`). */
export function listBundleObjectSchemas(dir: string = STIX_SCHEMA_DIR): string[] {
  const bundle = JSON.parse(readFileSync(path.join(dir, 'common', 'bundle.json'), 'utf8')) as unknown;
  const refs: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value))
        if (key === '$ref' && typeof child === 'string') refs.push(child.replace(/^\.\.\//, ''));
        else walk(child);
  };
  walk((bundle as { properties: { objects: unknown } }).properties.objects);
  return refs.sort();
}
