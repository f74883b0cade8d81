// `npm run check`: validates all content without rendering a page. Exit 1 lists every problem.
import { getContentRoot } from '../lib/content-root.ts';
import { checkContent } from './check-content.ts';
import { formatProblem } from './problem.ts';

const root = getContentRoot();
const started = performance.now();
const { problems, counts } = checkContent(root);
const elapsed = Math.round(performance.now() - started);
const summary = Object.entries(counts)
  .map(([name, count]) => `${count} ${name}`)
  .join(', ');

if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `\n✗ ${problems.length} content problem${problems.length === 1 ? '' : 's'} in ${root}/ (${summary}; ${elapsed} ms)`,
  );
  process.exitCode = 1;
} else {
  console.log(`✓ content OK: ${summary} (${elapsed} ms)`);
}
