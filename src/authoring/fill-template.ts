/**
 * Turns a content template into a new record: the title (or name) and the date the author chose
 * replace the template's placeholders; every comment and example stays, as guidance to fill in.
 */
import { stringify } from 'yaml';
import type { RecordKind } from '../lib/slug.ts';

export interface NewRecordValues {
  title: string;
  /** Incidents: dates.start (YYYY, YYYY-MM or YYYY-MM-DD). Articles: published (YYYY-MM-DD). */
  date: string;
}

interface Substitution {
  /** Which placeholder, for the error when a template no longer has it. */
  field: string;
  /** Group 1 is the part of the line kept as it is (key, indentation). */
  pattern: RegExp;
  value: (values: NewRecordValues) => string;
}

/** A YAML scalar for any title: plain when safe, quoted when it holds `:`, `#`, quotes and so on. */
function toYamlScalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

const titleLine = (key: string): Substitution => ({
  field: key,
  pattern: new RegExp(`^(${key}: ).*$`, 'm'),
  value: ({ title }) => toYamlScalar(title),
});

/** Replaces only the quoted value, keeping the line's indentation and trailing comment. */
const dateValue = (field: string, key: string): Substitution => ({
  field,
  pattern: new RegExp(`^(\\s*${key}: )'[^']*'`, 'm'),
  value: ({ date }) => `'${date}'`,
});

const SUBSTITUTIONS: Record<RecordKind, Substitution[]> = {
  incident: [titleLine('title'), dateValue('dates.start', 'start')],
  article: [titleLine('title'), dateValue('published', 'published')],
  actor: [titleLine('name')],
  action: [titleLine('title'), dateValue('date', 'date')],
  facilitator: [titleLine('name')],
};

export function fillTemplate(kind: RecordKind, template: string, values: NewRecordValues): string {
  let text = template;
  for (const substitution of SUBSTITUTIONS[kind]) {
    if (!substitution.pattern.test(text)) {
      throw new Error(
        `the ${kind} template has no "${substitution.field}" line to fill in; restore it or update src/authoring/fill-template.ts`,
      );
    }
    // A function replacer, so `$` in a title is never read as a back-reference.
    text = text.replace(substitution.pattern, (_line, kept: string) => kept + substitution.value(values));
  }
  return text;
}
