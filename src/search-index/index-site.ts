/**
 * Indexes a built site with Pagefind into <outDir>/pagefind/ and fails on any indexing error.
 *
 * It runs as its own process after `astro build` has exited (`npm run build` chains the two), not
 * in the astro:build:done hook: at 10,000 incidents Pagefind's indexer needs about 1.7 GB and the
 * finished Astro process still held about 1.8 GB, so indexing inside the build doubled its peak
 * memory (tests/bench/run-bench.ts measures both).
 */
import * as pagefind from 'pagefind';

export interface IndexSummary {
  pages: number;
  ms: number;
}

function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

export async function indexSite(outDir: string): Promise<IndexSummary> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    assertNoErrors('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: outDir });
    assertNoErrors('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no HTML page to index in ${outDir}`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    assertNoErrors('writeFiles', written.errors);
    return { pages: added.page_count, ms: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}
