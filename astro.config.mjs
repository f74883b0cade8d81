// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { CSP_CONFIG, securityHeaders } from './src/integrations/security-headers.ts';
import { permanentLinks } from './src/integrations/permanent-links.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { getContentCacheDir, getContentRoot } from './src/lib/content-root.ts';
import { getDistDir } from './src/lib/dist-dir.ts';
import { getMarkdownOptions } from './src/markdown/remark-plugins.ts';
import { SITE } from './src/site-config.ts';

process.env.TZ = 'UTC';
const contentRoot = getContentRoot();

export default defineConfig({
  site: SITE.url,
  // BASE_PATH (src/site-config.ts): Astro prefixes its own assets; our links use sitePath().
  base: SITE.basePath,
  // CHT_DIST_DIR lets several builds (benchmarks, parallel work) coexist; dist/ by default.
  outDir: getDistDir(),
  // Astro caches loaded content in cacheDir; each content root has its own (src/lib/content-root.ts).
  cacheDir: getContentCacheDir(contentRoot),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Strict CSP: a meta tag per page with hashes of Astro's scripts and styles; the same policy is
  // written to <outDir>/_headers (plus frame-ancestors) by securityHeaders().
  security: { csp: CSP_CONFIG },
  // Sätteri (the default processor) silently skips remark plugins; unified runs them.
  markdown: {
    processor: unified(getMarkdownOptions(contentRoot)),
    // Prism marks code with classes; Shiki's inline style attributes would break the strict CSP.
    syntaxHighlight: 'prism',
  },
  // Pagefind indexes dist/ after this process exits: `npm run build` (src/search-index/).
  integrations: [
    contentIntegrity({ contentRoot }),
    // After the integrity check: cards start drawing on a worker while Astro builds (src/social-cards/).
    socialCards({ contentRoot }),
    mdx(),
    securityHeaders(),
    permanentLinks({ contentRoot }),
  ],
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
