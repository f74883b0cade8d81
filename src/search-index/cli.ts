// The second half of `npm run build`: indexes the site `astro build` just wrote (CHT_DIST_DIR, or
// dist/). Exit 1 with Pagefind's errors if indexing fails, so a build never ships without search.
import { existsSync } from 'node:fs';
import { getDistDir } from '../lib/dist-dir.ts';
import { indexSite } from './index-site.ts';

const outDir = getDistDir();
if (!existsSync(`${outDir}/index.html`)) {
  console.error(`✗ search index: ${outDir}/index.html does not exist; run \`astro build\` first`);
  process.exitCode = 1;
} else {
  try {
    const { pages, ms } = await indexSite(outDir);
    console.log(`[search-index] indexed ${pages} HTML files in ${ms} ms into ${outDir}/pagefind/`);
  } catch (error) {
    console.error(`✗ search index: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
