/** Renders Markdown fields from YAML (narratives, descriptions) with the articles' remark pipeline. */
import { createMarkdownProcessor, type MarkdownRenderer, type RehypePlugins } from '@astrojs/markdown-remark';
import { getContentRoot } from '../lib/content-root.ts';
import { getMarkdownOptions } from '../markdown/remark-plugins.ts';
import { sanitizeMarkdownHtml } from '../markdown/rehype-sanitize-fields.ts';

/** The shared options, which may one day carry rehype plugins of their own. */
type SharedMarkdownOptions = ReturnType<typeof getMarkdownOptions> & { rehypePlugins?: RehypePlugins };

let renderer: Promise<MarkdownRenderer> | undefined;

export async function renderMarkdownField(markdown: string, sourceFile: string): Promise<string> {
  if (!renderer) {
    const options: SharedMarkdownOptions = getMarkdownOptions(getContentRoot());
    // Fields get a sanitizing step articles do not: raw HTML in YAML must never reach the page.
    // It runs after the shared plugins, so it also vets what they add.
    renderer = createMarkdownProcessor({
      ...options,
      rehypePlugins: [...(options.rehypePlugins ?? []), sanitizeMarkdownHtml],
    });
  }
  const result = await (
    await renderer
  ).render(markdown, { fileURL: new URL(`file://${process.cwd()}/${sourceFile}`) });
  return result.code;
}
