/**
 * Indexes the built site with Pagefind at the end of every build, into <outDir>/pagefind/, and
 * fails the build on any indexing error. Running it inside the build (rather than a second CLI
 * step) means `astro build` alone always leaves a searchable dist/, whatever its outDir.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'cyber-heist-tracker:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          assertNoErrors('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: outDir });
          assertNoErrors('addDirectory', added.errors);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          assertNoErrors('writeFiles', written.errors);
          logger.info(
            `indexed ${added.page_count} HTML files in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
