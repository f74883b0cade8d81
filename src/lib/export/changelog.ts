/**
 * The dataset changelog on /data/: dated corrections (each linked to its record) and, when the
 * build has the full git history, the commits that changed content/. Without git (a tarball, a
 * shallow clone) it is corrections only; it never uses the current time.
 */
import type { ContentCommit, ContentFolder } from './git-log.ts';
import { identifyContentFile } from './git-log.ts';

export interface ChangelogLink {
  label: string;
  /** Site path of the record's page; absent for deleted or unpublished records. */
  path?: string | undefined;
  status?: 'added' | 'modified' | 'deleted' | undefined;
}

export interface ChangelogEntry {
  /** `YYYY-MM-DD` */
  date: string;
  kind: 'correction' | 'commit';
  text: string;
  links: ChangelogLink[];
  /** Short commit hash, for commit entries. */
  commit?: string | undefined;
}

export interface CorrectionInput {
  date: string;
  note: string;
  kind: string;
  title: string;
  path: string;
}

/** Published records by `folder/id`, to turn changed file paths into titled links. */
export type RecordIndex = ReadonlyMap<string, { title: string; path: string }>;

export function getRecordKey(folder: ContentFolder, id: string): string {
  return `${folder}/${id}`;
}

function commitEntry(
  commit: ContentCommit,
  contentRoot: string,
  records: RecordIndex,
): ChangelogEntry | undefined {
  const links = commit.changes.flatMap((change): ChangelogLink[] => {
    const file = identifyContentFile(change.path, contentRoot);
    if (!file) return [];
    const record = records.get(getRecordKey(file.folder, file.id));
    const label = record?.title ?? `${file.folder}/${file.id}`;
    return [{ label, path: change.status === 'deleted' ? undefined : record?.path, status: change.status }];
  });
  // A commit that only touched templates or drafts says nothing about the published data.
  if (links.length === 0) return undefined;
  return { date: commit.date, kind: 'commit', text: commit.subject, links, commit: commit.hash.slice(0, 7) };
}

export function buildChangelog(
  corrections: readonly CorrectionInput[],
  commits: readonly ContentCommit[],
  contentRoot: string,
  records: RecordIndex,
): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [
    ...corrections.map((c) => ({
      date: c.date,
      kind: 'correction' as const,
      text: c.note,
      links: [{ label: `${c.kind}: ${c.title}`, path: c.path }],
    })),
    ...commits.flatMap((commit) => commitEntry(commit, contentRoot, records) ?? []),
  ];
  // Newest first; on one day corrections before commits; git order (newest first) kept within a day.
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort(
      (a, b) =>
        (a.entry.date < b.entry.date ? 1 : a.entry.date > b.entry.date ? -1 : 0) ||
        (a.entry.kind === b.entry.kind ? 0 : a.entry.kind === 'correction' ? -1 : 1) ||
        a.order - b.order,
    )
    .map(({ entry }) => entry);
}
