/**
 * The content's git history as dataset changelog entries. Reading git happens in src/data/ at
 * build time; this module only parses its output and joins it with the corrections, so it can be
 * tested without a repository.
 */

export type ChangeStatus = 'added' | 'modified' | 'deleted';

export interface ContentCommit {
  hash: string;
  /** Commit day in UTC, `YYYY-MM-DD`. */
  date: string;
  subject: string;
  changes: Array<{ status: ChangeStatus; path: string }>;
}

/** The git arguments whose output parseGitLog reads (renames off: a rename is a delete and an add). */
export function getGitLogArgs(contentRoot: string, limit: number): string[] {
  return [
    'log',
    `-n${limit}`,
    '--no-renames',
    '--no-merges',
    '--format=%x1e%H%x1f%cI%x1f%s',
    '--name-status',
    '--',
    contentRoot,
  ];
}

const STATUS: Readonly<Record<string, ChangeStatus>> = { A: 'added', M: 'modified', D: 'deleted' };

export function parseGitLog(output: string): ContentCommit[] {
  return output
    .split('\x1e')
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => {
      const [head = '', ...lines] = chunk.split('\n');
      const [hash = '', committed = '', subject = ''] = head.split('\x1f');
      const date = new Date(committed);
      if (!/^[0-9a-f]{7,64}$/.test(hash) || Number.isNaN(date.getTime())) {
        throw new Error(`Unexpected git log line: ${JSON.stringify(head)}`);
      }
      const changes = lines.flatMap((line) => {
        const [code = '', path] = line.split('\t');
        const status = STATUS[code.charAt(0)];
        return status && path ? [{ status, path }] : [];
      });
      return { hash, date: date.toISOString().slice(0, 10), subject: subject.trim(), changes };
    });
}

const CONTENT_FOLDERS = ['incidents', 'actors', 'articles', 'authors', 'taxonomy'] as const;
export type ContentFolder = (typeof CONTENT_FOLDERS)[number];

/** What a changed file is, if it is a published record (not a `_` template): its folder and id. */
export function identifyContentFile(
  path: string,
  contentRoot: string,
): { folder: ContentFolder; id: string } | undefined {
  const prefix = `${contentRoot.replace(/\/+$/, '')}/`;
  if (!path.startsWith(prefix)) return undefined;
  const [folder, file, ...rest] = path.slice(prefix.length).split('/');
  const id = file?.replace(/\.(yaml|mdx)$/, '');
  const known = CONTENT_FOLDERS.find((name) => name === folder);
  if (!known || !id || id === file || id.startsWith('_') || rest.length > 0) return undefined;
  return { folder: known, id };
}

/** Runs git with the given arguments; returns stdout, or undefined when git fails or is missing. */
export type GitRunner = (args: string[]) => string | undefined;

export type ContentHistory =
  { available: true; commits: ContentCommit[] } | { available: false; reason: 'no-git' | 'shallow-clone' };

/** HEAD's full hash, or undefined outside a git checkout. */
export function readSourceCommit(run: GitRunner): string | undefined {
  const head = run(['rev-parse', '--verify', 'HEAD'])?.trim();
  return head && /^[0-9a-f]{40,64}$/.test(head) ? head : undefined;
}

/**
 * The commits that changed `contentRoot`, newest first. A shallow clone would make its oldest
 * commit look like the creation of every record, so there (and without git) it reports why it
 * has no history instead of guessing.
 */
export function readContentHistory(run: GitRunner, contentRoot: string, limit: number): ContentHistory {
  const shallow = run(['rev-parse', '--is-shallow-repository'])?.trim();
  if (shallow === undefined || readSourceCommit(run) === undefined)
    return { available: false, reason: 'no-git' };
  if (shallow !== 'false') return { available: false, reason: 'shallow-clone' };
  const output = run(getGitLogArgs(contentRoot, limit));
  if (output === undefined) return { available: false, reason: 'no-git' };
  try {
    return { available: true, commits: parseGitLog(output) };
  } catch {
    return { available: false, reason: 'no-git' };
  }
}
