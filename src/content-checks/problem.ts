/** A content mistake, located precisely enough for an editor to jump to it. */
export interface ContentProblem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line of the offending key (or of the nearest existing parent). */
  line: number;
  /** 1-based column. */
  column: number;
  /** Field path such as `victims[0].country`; empty for a whole-file problem. */
  field: string;
  /** What is wrong and what was expected. */
  message: string;
  /**
   * `warning`: a weakness the record may carry for now (a claim resting only on a secondary
   * source); it fails only `npm run check -- --strict`. Absent means an error, which always fails.
   */
  severity?: 'warning';
}

export function isWarning(problem: ContentProblem): boolean {
  return problem.severity === 'warning';
}

export type FieldPath = ReadonlyArray<PropertyKey>;

/** `['victims', 0, 'country']` → `victims[0].country`. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** One line per problem: `path:line:col  field  message`, the form editors and CI annotate. */
export function formatProblem(problem: ContentProblem): string {
  const prefix = isWarning(problem) ? 'warning: ' : '';
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.field || '(file)'}  ${prefix}${problem.message}`;
}

/** Stable order: by file, then line, then column, then field. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.field.localeCompare(b.field),
  );
}
