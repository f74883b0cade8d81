/**
 * The remark plugin list shared by MDX articles (via astro.config.mjs) and Markdown fields in YAML
 * (incident narratives, actor descriptions), so both render identically.
 */
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import { createIncidentResolver } from './incident-resolver.ts';
import remarkIncidentLinks from './remark-incident-links.ts';

export function getRemarkPlugins(contentRoot: string): RemarkPlugins {
  return [[remarkIncidentLinks, { resolveIncident: createIncidentResolver(contentRoot) }]];
}
