/**
 * Puts every root-relative link and image in Markdown (`[the data](/data/)`, `[[incident-id]]`
 * links once resolved, reference definitions) under the site's base path, so authors write site
 * paths and the site can be served from `/<repo>/` on GitHub Pages. Absolute URLs, `#fragments`
 * and relative paths are left alone.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { joinBasePath } from '../lib/site-path.ts';

export interface RemarkBasePathOptions {
  /** `/` or `/<segment>/…/`, as normalizeBasePath returns it. */
  basePath: string;
}

export default function remarkBasePath(options: RemarkBasePathOptions) {
  return (tree: Root): void => {
    if (options.basePath === '/') return;
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition')
        node.url = joinBasePath(options.basePath, node.url);
    });
  };
}
