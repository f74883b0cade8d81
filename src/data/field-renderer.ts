/**
 * The Markdown renderer for fields in YAML (narratives, descriptions): the articles' remark
 * pipeline plus a sanitizing step. One definition, used in the build process and in the
 * rendering worker (markdown-worker.ts), so both produce the same HTML.
 */
import { createMarkdownProcessor, type MarkdownRenderer, type RehypePlugins } from '@astrojs/markdown-remark';
import { getMarkdownOptions } from '../markdown/remark-plugins.ts';
import { sanitizeMarkdownHtml } from '../markdown/rehype-sanitize-fields.ts';

/** The shared options, which may one day carry rehype plugins of their own. */
type SharedMarkdownOptions = ReturnType<typeof getMarkdownOptions> & { rehypePlugins?: RehypePlugins };

export function createFieldRenderer(contentRoot: string): Promise<MarkdownRenderer> {
  const options: SharedMarkdownOptions = getMarkdownOptions(contentRoot);
  // Fields get a sanitizing step articles do not: raw HTML in YAML must never reach the page.
  // It runs after the shared plugins, so it also vets what they add.
  return createMarkdownProcessor({
    ...options,
    rehypePlugins: [...(options.rehypePlugins ?? []), sanitizeMarkdownHtml],
  });
}

/** The file URL a field is rendered as (plugins read it for messages). */
export function getFieldFileUrl(sourceFile: string, cwd: string): URL {
  return new URL(`file://${cwd}/${sourceFile}`);
}
