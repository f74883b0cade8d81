// `npm run check`: validates all content without rendering a page. Exit 1 lists every problem.
// `npm run check -- --strict` also fails on warnings (claims resting only on secondary sources).
// `npm run check -- --format github` (the default under GitHub Actions) prints workflow commands, so a
// pull request shows each problem on the line that caused it.
import { parseArgs } from 'node:util';
import { getContentRoot } from '../lib/content-root.ts';
import { checkContent } from './check-content.ts';
import { formatGithubAnnotation } from './github-annotation.ts';
import { formatProblem, isWarning } from './problem.ts';

const { values } = parseArgs({
  options: { strict: { type: 'boolean', default: false }, format: { type: 'string' } },
});
const format = values.format ?? (process.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'text');
if (format !== 'text' && format !== 'github') {
  console.error(`unknown --format "${format}"; expected text or github`);
  process.exit(2);
}

const root = getContentRoot();
const started = performance.now();
const { problems, counts } = checkContent(root);
const elapsed = Math.round(performance.now() - started);
const summary = Object.entries(counts)
  .map(([name, count]) => `${count} ${name}`)
  .join(', ');

const warnings = problems.filter(isWarning);
const failing = values.strict ? problems : problems.filter((problem) => !isWarning(problem));
for (const problem of problems) {
  const line =
    format === 'github' ? formatGithubAnnotation(problem, { strict: values.strict }) : formatProblem(problem);
  if (isWarning(problem) && !values.strict) console.warn(line);
  else console.error(line);
}
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
if (failing.length > 0) {
  console.error(
    `\n✗ ${plural(failing.length, 'content problem')}${values.strict ? ' (strict: warnings count)' : ''} in ${root}/ (${summary}; ${elapsed} ms)`,
  );
  process.exitCode = 1;
} else if (warnings.length > 0) {
  console.log(
    `\n✓ content OK with ${plural(warnings.length, 'warning')} (--strict fails on them): ${summary} (${elapsed} ms)`,
  );
} else {
  console.log(`✓ content OK${values.strict ? ' (strict)' : ''}: ${summary} (${elapsed} ms)`);
}
