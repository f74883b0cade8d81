/**
 * Runs each record through its collection's Zod schema (the same one Astro uses) and turns every
 * Zod issue into a located problem. Unlike Astro's loader, it keeps going after the first bad file.
 */
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Article } from '../schemas/article.ts';
import type { Author } from '../schemas/author.ts';
import type { Action } from '../schemas/action.ts';
import type { Estimate } from '../schemas/estimate.ts';
import type { Facilitator } from '../schemas/facilitator.ts';
import type { Incident } from '../schemas/incident.ts';
import type { Publisher } from '../schemas/publisher.ts';
import type { TaxonomyTerm } from '../schemas/taxonomy.ts';
import type { RawRecord } from './load-content.ts';
import { formatFieldPath, type ContentProblem, type FieldPath } from './problem.ts';

export interface ValidRecord<T> extends RawRecord {
  data: T;
}

export interface ValidatedContent {
  incidents: ValidRecord<Incident>[];
  actors: ValidRecord<Actor>[];
  authors: ValidRecord<Author>[];
  articles: ValidRecord<Article>[];
  publishers: ValidRecord<Publisher>[];
  estimates: ValidRecord<Estimate>[];
  actions: ValidRecord<Action>[];
  facilitators: ValidRecord<Facilitator>[];
  sectors: ValidRecord<TaxonomyTerm>[];
  methods: ValidRecord<TaxonomyTerm>[];
  topics: ValidRecord<TaxonomyTerm>[];
  /** Every id present on disk, valid or not, so one bad record does not cascade into reference errors. */
  ids: Record<CollectionName, Set<string>>;
}

/** A problem at `path` inside `record`, positioned at that key's line. */
export function problemAt(record: RawRecord, path: FieldPath, message: string): ContentProblem {
  return {
    file: record.file,
    ...record.locate(path),
    field: formatFieldPath([...record.fieldPrefix, ...path]),
    message,
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `required field is missing (expected ${issue.expected})`;
  }
  if (issue.code === 'unrecognized_keys') return 'unknown field; check its spelling against the schema';
  return issue.message;
}

function issueToProblems(record: RawRecord, issue: z.core.$ZodIssue): ContentProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => problemAt(record, [...issue.path, key], describeIssue(issue)));
  }
  return [problemAt(record, issue.path, describeIssue(issue))];
}

export function validateRecords(records: readonly RawRecord[]): {
  content: ValidatedContent;
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const content: ValidatedContent = {
    incidents: [],
    actors: [],
    authors: [],
    articles: [],
    publishers: [],
    estimates: [],
    actions: [],
    facilitators: [],
    sectors: [],
    methods: [],
    topics: [],
    ids: {
      incidents: new Set(),
      actors: new Set(),
      authors: new Set(),
      articles: new Set(),
      publishers: new Set(),
      estimates: new Set(),
      actions: new Set(),
      facilitators: new Set(),
      sectors: new Set(),
      methods: new Set(),
      topics: new Set(),
    },
  };
  for (const record of records) {
    content.ids[record.collection].add(record.id);
    const schema = COLLECTIONS[record.collection].schema as z.ZodType;
    const result = schema.safeParse(record.data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(...issueToProblems(record, issue));
      continue;
    }
    (content[record.collection] as Array<ValidRecord<unknown>>).push({ ...record, data: result.data });
  }
  return { content, problems };
}
