// @ts-check
import { createHash } from 'node:crypto';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { getContentRoot } from './src/lib/content-root.ts';
import { getRemarkPlugins } from './src/markdown/remark-plugins.ts';
import { SITE } from './src/site-config.ts';

process.env.TZ = 'UTC';
const contentRoot = getContentRoot();

export default defineConfig({
  site: SITE.url,
  // CHT_DIST_DIR lets several builds (benchmarks, parallel work) coexist; dist/ by default.
  outDir: process.env.CHT_DIST_DIR ?? './dist',
  // Astro caches loaded content in cacheDir; a different content root must not share that cache,
  // or entries from both roots mix (seen: duplicate-slug warnings after switching roots).
  cacheDir:
    contentRoot === 'content'
      ? './node_modules/.astro'
      : `./node_modules/.astro-content-${createHash('sha256').update(path.resolve(contentRoot)).digest('hex').slice(0, 12)}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Sätteri (the default processor) silently skips remark plugins; unified runs them.
  markdown: { processor: unified({ remarkPlugins: getRemarkPlugins(contentRoot) }) },
  integrations: [contentIntegrity({ contentRoot }), mdx(), pagefindIndex()],
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Harmless per-MDX-file noise from Rolldown (see shared notes §8.7).
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            String(warning.message).includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
});
