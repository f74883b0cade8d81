/**
 * Runs the content integrity checks before Astro loads any collection. A build with problems fails
 * listing all of them (Astro's own schema error would stop at the first file, without a line, and
 * would let an unknown reference through). The dev server reports them and keeps running.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../content-checks/check-content.ts';
import { formatProblem } from '../content-checks/problem.ts';

export function contentIntegrity(options: { contentRoot: string }): AstroIntegration {
  return {
    name: 'cyber-heist-tracker:content-integrity',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // preview serves an existing dist/ and sync only generates types: neither reads content.
        if (command !== 'build' && command !== 'dev') return;
        const { problems } = checkContent(options.contentRoot);
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
