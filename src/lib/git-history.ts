/**
 * "Last updated" dates from git: when each content file last changed in a commit. One `git log`
 * pass over the content folder builds the whole map at build time (not one process per page).
 *
 * In a shallow clone every file would seem to date from the one commit present, which is wrong,
 * so there (and outside a repository, or for files git does not track) no git date is given and
 * the page falls back to a date in the record itself. Never the build time: output must not
 * depend on when it was built.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Marks the start of each commit in the log output; NUL cannot occur in a path or a date. */
const COMMIT_MARKER = '\u0000';

/** Paths as keys: forward slashes, no `./`. */
function normalizePath(file: string): string {
  return path.posix.normalize(file.split(path.sep).join('/'));
}

/**
 * Reads `git log --format=%x00%cs --name-only` output (newest commit first) into a map from path
 * to the committer date (YYYY-MM-DD) of the newest commit that touched it.
 */
export function parseNameOnlyLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of output.split(COMMIT_MARKER).slice(1)) {
    const [date = '', ...files] = commit.split('\n');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date.trim())) continue;
    for (const file of files) {
      const key = file.trim();
      if (key && !dates.has(normalizePath(key))) dates.set(normalizePath(key), date.trim());
    }
  }
  return dates;
}

function runGit(args: readonly string[], cwd: string): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/**
 * Last commit date of every file under `dir` (paths relative to `cwd`, as the data layer names
 * files). Empty when git is missing, `dir` is not in a repository, or the clone is shallow.
 */
export function readLastCommitDates(dir: string, cwd: string = process.cwd()): Map<string, string> {
  try {
    if (runGit(['rev-parse', '--is-shallow-repository'], cwd).trim() !== 'false') return new Map();
    return parseNameOnlyLog(
      runGit(['log', '--format=%x00%cs', '--name-only', '--relative', '--', normalizePath(dir)], cwd),
    );
  } catch {
    return new Map();
  }
}

const cache = new Map<string, Map<string, string>>();

/** The last commit date of one content file, from a map built once per content folder. */
export function getLastCommitDate(file: string, contentRoot: string): string | undefined {
  let dates = cache.get(contentRoot);
  if (!dates) {
    dates = readLastCommitDates(contentRoot);
    cache.set(contentRoot, dates);
  }
  return dates.get(normalizePath(file));
}

export interface LastUpdated {
  /** YYYY-MM-DD. */
  date: string;
  /** Where the date came from: a commit, or the record's own dates (shallow clone, uncommitted file). */
  source: 'git' | 'record';
}

/** The git date when there is one, else the record's own date, else nothing. */
export function chooseLastUpdated(
  gitDate: string | undefined,
  recordDate: string | undefined,
): LastUpdated | undefined {
  if (gitDate) return { date: gitDate, source: 'git' };
  if (recordDate) return { date: recordDate, source: 'record' };
  return undefined;
}

/** The repository's web editor for a file, or undefined for a file outside the repository. */
export function getEditUrl(
  file: string,
  repository: { repositoryUrl: string; repositoryBranch: string },
): string | undefined {
  const relative = normalizePath(file);
  if (path.posix.isAbsolute(relative) || relative.startsWith('../')) return undefined;
  return `${repository.repositoryUrl.replace(/\/+$/, '')}/edit/${repository.repositoryBranch}/${relative}`;
}
