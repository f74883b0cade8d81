/**
 * The content model in one table: which folder or file each collection reads and which schema
 * validates it. Both Astro's loaders (content.config.ts) and our integrity checks read this, so
 * they can never disagree about where content lives.
 */
import { actionSchema } from './action.ts';
import { actorSchema } from './actor.ts';
import { articleSchema } from './article.ts';
import { authorSchema } from './author.ts';
import { estimateSchema } from './estimate.ts';
import { facilitatorSchema } from './facilitator.ts';
import { incidentSchema } from './incident.ts';
import { publisherSchema } from './publisher.ts';
import { taxonomyTermSchema } from './taxonomy.ts';

interface FolderCollection {
  /** One record per file; the file name is the id. */
  kind: 'folder';
  /** Folder below the content root. */
  folder: string;
  /** The only file extension read; others are reported, never silently skipped. */
  extension: '.yaml' | '.mdx';
}

interface ListCollection {
  /** One YAML file holding a list of records, each with an `id`. */
  kind: 'list';
  /** File below the content root. */
  file: string;
}

export const COLLECTIONS = {
  incidents: { kind: 'folder', folder: 'incidents', extension: '.yaml', schema: incidentSchema },
  actors: { kind: 'folder', folder: 'actors', extension: '.yaml', schema: actorSchema },
  authors: { kind: 'folder', folder: 'authors', extension: '.yaml', schema: authorSchema },
  articles: { kind: 'folder', folder: 'articles', extension: '.mdx', schema: articleSchema },
  publishers: { kind: 'folder', folder: 'publishers', extension: '.yaml', schema: publisherSchema },
  estimates: { kind: 'folder', folder: 'estimates', extension: '.yaml', schema: estimateSchema },
  actions: { kind: 'folder', folder: 'actions', extension: '.yaml', schema: actionSchema },
  facilitators: { kind: 'folder', folder: 'facilitators', extension: '.yaml', schema: facilitatorSchema },
  sectors: { kind: 'list', file: 'taxonomy/sectors.yaml', schema: taxonomyTermSchema },
  methods: { kind: 'list', file: 'taxonomy/methods.yaml', schema: taxonomyTermSchema },
  topics: { kind: 'list', file: 'taxonomy/topics.yaml', schema: taxonomyTermSchema },
} as const satisfies Record<string, (FolderCollection | ListCollection) & { schema: unknown }>;

export type CollectionName = keyof typeof COLLECTIONS;

/** Files whose names start with `_` are templates and drafts-in-progress: never loaded. */
export const IGNORED_FILE_PREFIX = '_';
