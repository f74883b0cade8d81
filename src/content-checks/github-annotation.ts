/**
 * A content problem as a GitHub Actions workflow command, `::error file=…,line=…,col=…,title=…::message`,
 * which GitHub shows on that line of the pull request's diff. Escaping follows GitHub's runner
 * (toolkit `command.ts`): in the message `%`, `\r` and `\n`; in property values also `:` and `,`.
 */
import { isWarning, type ContentProblem } from './problem.ts';

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export function formatGithubAnnotation(problem: ContentProblem, options: { strict: boolean }): string {
  const command = isWarning(problem) && !options.strict ? 'warning' : 'error';
  const title = problem.field ? `Content check: ${problem.field}` : 'Content check';
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeProperty(title)}`,
  ].join(',');
  return `::${command} ${properties}::${escapeData(problem.message)}`;
}
