import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/content-checks/load-content.ts';
import { validateRecords } from '../../../src/content-checks/validate-records.ts';
import { renderMarkdownField } from '../../../src/data/markdown.ts';
import { getMarkdownOptions } from '../../../src/markdown/remark-plugins.ts';

const render = (markdown: string) => renderMarkdownField(markdown, 'content/incidents/test.yaml');

describe('renderMarkdownField with sanitizeMarkdownHtml', () => {
  test('a raw <script> block becomes visible escaped text, not an element', async () => {
    const html = await render('Before.\n\n<script>window.__xss=1</script>\n\nAfter.');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&#x3C;script>window.__xss=1&#x3C;/script>');
  });

  test('inline raw HTML with an event handler becomes text', async () => {
    const html = await render('A <img src=x onerror="window.__xss=1"> and <svg onload=alert(1)>.');
    expect(html).not.toMatch(/<img|<svg/i);
    expect(html).toContain('&#x3C;img src=x onerror="window.__xss=1">');
  });

  test('javascript:, data: and vbscript: link targets lose their href; https and site paths keep it', async () => {
    const html = await render(
      '[a](javascript:window.__xss=1) [b](data:text/html,<b>x</b>) [c](vbscript:msgbox) [d](https://example.com/) [e](/about/) [f](#sources)',
    );
    expect(html).toContain('<a>a</a>');
    expect(html).toContain('<a>b</a>');
    expect(html).toContain('<a>c</a>');
    expect(html).toContain('<a href="https://example.com/">d</a>');
    expect(html).toContain('<a href="/about/">e</a>');
    expect(html).toContain('<a href="#sources">f</a>');
  });

  test('a data: image loses its src', async () => {
    const html = await render('![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)');
    expect(html).toMatch(/<img alt="x">/);
  });

  test('[[incident]] links keep their class, data attribute and visually hidden date', async () => {
    const html = await render('See [[2016-02-bangladesh-bank]].');
    expect(html).toMatch(
      /<a href="\/incidents\/2016-02-bangladesh-bank\/" class="incident-ref" data-incident="2016-02-bangladesh-bank">/,
    );
    expect(html).toContain('<span class="visually-hidden">');
  });

  test('footnote ids and their links still match (no second id prefix)', async () => {
    const html = await render('A claim.[^1]\n\n[^1]: The source.');
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
    expect(html).not.toContain('user-content-user-content');
  });
});

describe('sanitizeMarkdownHtml on the real content', () => {
  test('sanitizing changes nothing in any real narrative or actor description', async () => {
    const { content } = validateRecords(loadContent('content').records);
    const plain = await createMarkdownProcessor(getMarkdownOptions('content'));
    const fields = [
      ...content.incidents.map((r) => [r.file, r.data.narrative] as const),
      ...content.actors.map((r) => [r.file, r.data.description] as const),
    ].filter((entry): entry is readonly [string, string] => Boolean(entry[1]));
    expect(fields.length).toBeGreaterThan(0);
    for (const [file, markdown] of fields) {
      const expected = (await plain.render(markdown)).code;
      expect(await renderMarkdownField(markdown, file), file).toBe(expected);
    }
  }, 30_000); // renders every field twice; slow on a busy machine
});
