// @ts-check
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
