/** Renders Markdown fields from YAML (narratives, descriptions) with the articles' remark pipeline. */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { getContentRoot } from '../lib/content-root.ts';
import { getRemarkPlugins } from '../markdown/remark-plugins.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

export async function renderMarkdownField(markdown: string, sourceFile: string): Promise<string> {
  renderer ??= createMarkdownProcessor({ remarkPlugins: getRemarkPlugins(getContentRoot()) });
  const result = await (
    await renderer
  ).render(markdown, { fileURL: new URL(`file://${process.cwd()}/${sourceFile}`) });
  return result.code;
}
