/**
 * Runs the content integrity checks before Astro loads any collection. A build with problems fails
 * listing all of them (Astro's own schema error would stop at the first file, without a line, and
 * would let an unknown reference through). The dev server reports them and keeps running.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../content-checks/check-content.ts';
import { formatProblem, isWarning } from '../content-checks/problem.ts';

export function contentIntegrity(options: { contentRoot: string }): AstroIntegration {
  return {
    name: 'cyber-heist-tracker:content-integrity',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // preview serves an existing dist/ and sync only generates types: neither reads content.
        if (command !== 'build' && command !== 'dev') return;
        const { problems: all } = checkContent(options.contentRoot);
        // Warnings (claims resting only on secondary sources) are reported, and fail only
        // `npm run check -- --strict`, which the test command runs.
        const warnings = all.filter(isWarning);
        if (warnings.length > 0)
          logger.warn(
            `${warnings.length} content warning${warnings.length === 1 ? '' : 's'}:\n${warnings.map(formatProblem).join('\n')}`,
          );
        const problems = all.filter((problem) => !isWarning(problem));
        if (problems.length === 0) {
          logger.info('content OK');
          return;
        }
        const report = problems.map(formatProblem).join('\n');
        const headline = `${problems.length} content problem${problems.length === 1 ? '' : 's'} in ${options.contentRoot}/`;
        if (command === 'dev') {
          logger.error(`${headline}\n${report}`);
          return;
        }
        throw new Error(`${headline} (run \`npm run check\` for the same list):\n${report}`);
      },
    },
  };
}
