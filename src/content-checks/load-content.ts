/**
 * Reads every content file the site would load, plus every file it would NOT load but that looks
 * like it was meant to be content (wrong extension, nested folder), so nothing is dropped silently.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { COLLECTIONS, IGNORED_FILE_PREFIX, type CollectionName } from '../schemas/collections.ts';
import type { ContentProblem, FieldPath } from './problem.ts';
import { parseYamlWithPositions, type Position } from './yaml-source.ts';

export interface RawRecord {
  collection: CollectionName;
  /** The record id: file name without extension, or the `id` field of a list item. */
  id: string;
  /** File path as reported (relative to the working directory, forward slashes). */
  file: string;
  /** Parsed data before validation. */
  data: unknown;
  /** Position of a field inside this record. */
  locate: (path: FieldPath) => Position;
  /** Prefix shown before field paths, e.g. `[3]` for the fourth term of a taxonomy list. */
  fieldPrefix: FieldPath;
  /** For MDX: the body text and the line it starts on. */
  body?: { text: string; firstLine: number };
}

export interface LoadedContent {
  records: RawRecord[];
  problems: ContentProblem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Larger files are refused unread: no real record comes near it, and a huge one stalls every build. */
export const MAX_FILE_BYTES = 1_000_000;

/** Why the file is refused for its size, or undefined when it is small enough to read. */
function describeOversize(absolute: string): string | undefined {
  const { size } = statSync(absolute);
  if (size <= MAX_FILE_BYTES) return undefined;
  return `file too large (${(size / 1_000_000).toFixed(1)} MB > ${MAX_FILE_BYTES / 1_000_000} MB limit); split it, or shorten its text`;
}

function toReportedPath(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}

function fileProblem(
  file: string,
  message: string,
  position: Position = { line: 1, column: 1 },
): ContentProblem {
  return { file, ...position, field: '', message };
}

function listFilesRecursively(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => path.join(dir, entry))
    .filter((entry) => statSync(entry).isFile())
    .sort();
}

function loadFolder(
  collection: CollectionName,
  folder: string,
  extension: string,
  root: string,
  out: LoadedContent,
): void {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) {
    out.problems.push(
      fileProblem(toReportedPath(dir), `folder is missing; create it for the ${collection} collection`),
    );
    return;
  }
  for (const absolute of listFilesRecursively(dir)) {
    const file = toReportedPath(absolute);
    const base = path.basename(absolute);
    if (base.startsWith(IGNORED_FILE_PREFIX) || base.startsWith('.')) continue;
    if (path.dirname(absolute) !== dir) {
      out.problems.push(
        fileProblem(file, `files in sub-folders are not loaded; move it to ${toReportedPath(dir)}/`),
      );
      continue;
    }
    if (path.extname(base) !== extension) {
      out.problems.push(
        fileProblem(
          file,
          `not a ${extension} file, so it would be ignored; rename it to ${extension} (or start its name with "_" to keep it unpublished)`,
        ),
      );
      continue;
    }
    const oversize = describeOversize(absolute);
    if (oversize) {
      out.problems.push(fileProblem(file, oversize));
      continue;
    }
    const id = base.slice(0, -extension.length);
    const text = readFileSync(absolute, 'utf8');
    if (extension === '.mdx') {
      const match = FRONTMATTER.exec(text);
      if (!match) {
        out.problems.push(
          fileProblem(file, 'missing front matter: the file must start with a "---" block of YAML'),
        );
        continue;
      }
      const yamlText = match[1] ?? '';
      const parsed = parseYamlWithPositions(yamlText, 1);
      for (const error of parsed.errors) out.problems.push(fileProblem(file, error.message, error));
      if (parsed.errors.length > 0) continue;
      const firstLine = match[0].split('\n').length;
      out.records.push({
        collection,
        id,
        file,
        data: parsed.data,
        locate: parsed.locate,
        fieldPrefix: [],
        body: { text: text.slice(match[0].length), firstLine },
      });
    } else {
      const parsed = parseYamlWithPositions(text);
      for (const error of parsed.errors) out.problems.push(fileProblem(file, error.message, error));
      if (parsed.errors.length > 0) continue;
      out.records.push({ collection, id, file, data: parsed.data, locate: parsed.locate, fieldPrefix: [] });
    }
  }
}

function loadList(collection: CollectionName, relativeFile: string, root: string, out: LoadedContent): void {
  const absolute = path.join(root, relativeFile);
  const file = toReportedPath(absolute);
  if (!existsSync(absolute)) {
    out.problems.push(fileProblem(file, `file is missing; it holds the ${collection} list`));
    return;
  }
  const oversize = describeOversize(absolute);
  if (oversize) {
    out.problems.push(fileProblem(file, oversize));
    return;
  }
  const parsed = parseYamlWithPositions(readFileSync(absolute, 'utf8'));
  for (const error of parsed.errors) out.problems.push(fileProblem(file, error.message, error));
  if (parsed.errors.length > 0) return;
  if (!Array.isArray(parsed.data)) {
    out.problems.push(
      fileProblem(file, 'expected a YAML list of terms, each with id, label and description'),
    );
    return;
  }
  parsed.data.forEach((item: unknown, index) => {
    const id = typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : `#${index + 1}`;
    out.records.push({
      collection,
      id,
      file,
      data: item,
      locate: (fieldPath) => parsed.locate([index, ...fieldPath]),
      fieldPrefix: [index],
    });
  });
}

/** Loads every collection below `root`. Never throws for bad content: problems are collected. */
export function loadContent(root: string): LoadedContent {
  const out: LoadedContent = { records: [], problems: [] };
  for (const [name, spec] of Object.entries(COLLECTIONS) as Array<
    [CollectionName, (typeof COLLECTIONS)[CollectionName]]
  >) {
    if (spec.kind === 'folder') loadFolder(name, spec.folder, spec.extension, root, out);
    else loadList(name, spec.file, root, out);
  }
  return out;
}
