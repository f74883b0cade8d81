/**
 * The Markdown pipeline shared by MDX articles (via astro.config.mjs) and Markdown fields in YAML
 * (incident narratives, actor descriptions, via src/data/markdown.ts), so both render identically.
 * Astro adds GFM (tables, footnotes) and stable github-slugger heading ids itself.
 */
import type { RemarkPlugins, RemarkRehype } from '@astrojs/markdown-remark';
import { createIncidentResolver } from './incident-resolver.ts';
import { SITE } from '../site-config.ts';
import remarkAttackLinks from './remark-attack-links.ts';
import remarkBasePath from './remark-base-path.ts';
import remarkIncidentLinks from './remark-incident-links.ts';

export function getRemarkPlugins(contentRoot: string, basePath: string = SITE.basePath): RemarkPlugins {
  return [
    // Incident links first: technique ids inside their labels then count as "inside a link".
    [remarkIncidentLinks, { resolveIncident: createIncidentResolver(contentRoot) }],
    remarkAttackLinks,
    // Last, so the links the plugins above made are based too.
    [remarkBasePath, { basePath }],
  ];
}

/**
 * mdast → hast options. GFM footnotes become a numbered "Notes" section with a visible heading
 * (the default label "Footnotes" carries a `sr-only` class this site does not define).
 */
export const REMARK_REHYPE_OPTIONS: RemarkRehype = {
  footnoteLabel: 'Notes',
  footnoteLabelTagName: 'h2',
  footnoteLabelProperties: { className: ['footnotes-label'] },
};

/** Everything a Markdown processor needs, for `unified(...)` and `createMarkdownProcessor(...)`. */
export function getMarkdownOptions(
  contentRoot: string,
  basePath: string = SITE.basePath,
): {
  remarkPlugins: RemarkPlugins;
  remarkRehype: RemarkRehype;
} {
  return { remarkPlugins: getRemarkPlugins(contentRoot, basePath), remarkRehype: REMARK_REHYPE_OPTIONS };
}
