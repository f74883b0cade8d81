/**
 * JSON Schemas for editors, generated from the Zod schemas so they can never drift apart. They are
 * published at /data/schema/<name>.json and named in each template's first line
 * (`# yaml-language-server: $schema=…`), so VS Code and other YAML-aware editors complete field
 * names and underline mistakes as the author types.
 *
 * They describe the INPUT an author writes, not the parsed output: a year may be written as a
 * bare integer, dates are strings of a given shape, defaulted fields are optional. Checks Zod
 * runs in code (refinements: real calendar days, assigned country codes, https with a real host)
 * are spelt out here as enums and patterns, because JSON Schema cannot call our functions.
 */
import { z } from 'astro/zod';
import isoCountries from 'i18n-iso-countries';
import { isCountryCode } from '../lib/countries.ts';
import { toAbsoluteUrl } from '../lib/export/permalinks.ts';
import { actorSchema } from './actor.ts';
import { articleSchema } from './article.ts';
import { authorSchema } from './author.ts';
import { countryCodeSchema, fullDateSchema, httpsUrlSchema, partialDateSchema } from './common.ts';
import { actionSchema } from './action.ts';
import { estimateSchema } from './estimate.ts';
import { facilitatorSchema } from './facilitator.ts';
import { incidentSchema } from './incident.ts';
import { publisherSchema } from './publisher.ts';
import { taxonomyTermSchema } from './taxonomy.ts';

export type JsonSchema = Record<string, unknown>;

interface SchemaSpec {
  schema: z.ZodType;
  title: string;
  description: string;
}

/** One schema per kind of file an author edits. */
const SCHEMAS = {
  incident: {
    schema: incidentSchema,
    title: 'Incident',
    description: 'One incident: content/incidents/YYYY-MM-slug.yaml.',
  },
  actor: { schema: actorSchema, title: 'Actor', description: 'One threat actor: content/actors/id.yaml.' },
  article: {
    schema: articleSchema,
    title: 'Article front matter',
    description: 'The YAML front matter of content/articles/YYYY-MM-slug.mdx.',
  },
  author: { schema: authorSchema, title: 'Author', description: 'One author: content/authors/id.yaml.' },
  publisher: {
    schema: publisherSchema,
    title: 'Publisher',
    description: 'One publisher of sources, with its tier: content/publishers/id.yaml.',
  },
  action: {
    schema: actionSchema,
    title: 'Action',
    description: 'One enforcement or response action: content/actions/YYYY-MM-DD-slug.yaml.',
  },
  facilitator: {
    schema: facilitatorSchema,
    title: 'Facilitator',
    description: 'One person, company or service that moved stolen money: content/facilitators/id.yaml.',
  },
  estimate: {
    schema: estimateSchema,
    title: 'Published estimate',
    description: 'One published total of North Korean theft: content/estimates/YYYY-publisher.yaml.',
  },
  taxonomy: {
    schema: z.array(taxonomyTermSchema),
    title: 'Taxonomy',
    description: 'A list of terms: content/taxonomy/{sectors,methods,topics}.yaml.',
  },
} as const satisfies Record<string, SchemaSpec>;

export type SchemaName = keyof typeof SCHEMAS;
export const SCHEMA_NAMES = Object.keys(SCHEMAS) as SchemaName[];

const MONTH = '(?:0[1-9]|1[0-2])';
const DAY = '(?:0[1-9]|[12]\\d|3[01])';

/**
 * `input`: what an author may write for each building block whose Zod check is code, not a shape.
 * `output`: what the parsed record holds (a year written as 2016 is the string "2016" by then).
 */
function getBuildingBlockSchemas(io: 'input' | 'output'): Map<unknown, JsonSchema> {
  const countryCodes = Object.keys(isoCountries.getAlpha2Codes()).filter(isCountryCode).sort();
  const partialDatePattern = `^\\d{4}(?:-${MONTH}(?:-${DAY})?)?$`;
  return new Map<unknown, JsonSchema>([
    [
      partialDateSchema,
      io === 'input'
        ? {
            description: 'A date at the precision the sources give: YYYY, YYYY-MM or YYYY-MM-DD.',
            anyOf: [
              { type: 'string', pattern: partialDatePattern },
              // YAML reads an unquoted year (2016) as a number; the schema accepts it the same way.
              { type: 'integer', minimum: 1000, maximum: 9999 },
            ],
          }
        : {
            description: 'A date at the precision the sources give: YYYY, YYYY-MM or YYYY-MM-DD.',
            type: 'string',
            pattern: partialDatePattern,
          },
    ],
    [
      fullDateSchema,
      {
        description: 'A calendar day, YYYY-MM-DD.',
        type: 'string',
        pattern: `^\\d{4}-${MONTH}-${DAY}$`,
      },
    ],
    [
      httpsUrlSchema,
      {
        description: 'An https:// URL with a real host name (no http:, javascript: or data:).',
        type: 'string',
        format: 'uri',
        pattern: '^[Hh][Tt][Tt][Pp][Ss]://(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}(?::\\d+)?(?:[/?#]\\S*)?$',
      },
    ],
    [
      countryCodeSchema,
      {
        description: 'An assigned ISO 3166-1 alpha-2 country code in upper case, e.g. "BD".',
        type: 'string',
        enum: countryCodes,
      },
    ],
  ]);
}

/**
 * A Zod schema as JSON Schema (draft 2020-12), as an author writes it (`input`) or as the parsed
 * record holds it (`output`, what the JSON exports carry: defaults filled in, dates as strings).
 */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const buildingBlocks = getBuildingBlockSchemas(io);
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    // Preprocess and refine steps have no JSON form; the overrides below describe them instead.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const replacement = buildingBlocks.get(zodSchema);
      if (!replacement) return;
      for (const key of Object.keys(jsonSchema)) delete (jsonSchema as JsonSchema)[key];
      Object.assign(jsonSchema, structuredClone(replacement));
    },
  }) as JsonSchema;
}

/** The Zod schema behind each editor schema (the export schemas build on them). */
export function getContentZodSchema(name: SchemaName): z.ZodType {
  return SCHEMAS[name].schema;
}

/** The JSON Schema (draft 2020-12) for one kind of content file, with its public URL as `$id`. */
export function getJsonSchema(name: SchemaName, siteUrl: string): JsonSchema {
  const spec: SchemaSpec = SCHEMAS[name];
  const { $schema, ...rest } = toJsonSchema(spec.schema, 'input');
  return {
    $schema,
    $id: toAbsoluteUrl(`/data/schema/${name}.json`, siteUrl),
    title: `Cyber Heist Tracker: ${spec.title}`,
    description: spec.description,
    ...rest,
  };
}
