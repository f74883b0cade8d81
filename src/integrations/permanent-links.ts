/** Writes `_redirects` after the build: permanent redirects from renamed records' former ids. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadContent } from '../content-checks/load-content.ts';
import { validateRecords } from '../content-checks/validate-records.ts';
import { listRedirectRules, renderRedirectsFile } from '../lib/export/redirects.ts';
import { SITE } from '../site-config.ts';

export function permanentLinks(options: { contentRoot: string }): AstroIntegration {
  return {
    name: 'cyber-heist-tracker:permanent-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { content } = validateRecords(loadContent(options.contentRoot).records);
        // Drafts are not published, so they have no old address to keep.
        const rules = listRedirectRules({
          incidents: content.incidents,
          actors: content.actors,
          articles: content.articles.filter((article) => !article.data.draft),
          actions: content.actions,
          facilitators: content.facilitators,
        });
        writeFileSync(path.join(fileURLToPath(dir), '_redirects'), renderRedirectsFile(rules, SITE.basePath));
        logger.info(`wrote _redirects with ${rules.length} rule${rules.length === 1 ? '' : 's'}`);
      },
    },
  };
}
