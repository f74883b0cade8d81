import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { expect, test } from 'vitest';
import remarkAttackLinks from '../../../src/markdown/remark-attack-links.ts';

const render = async (markdown: string) => {
  const processor = await createMarkdownProcessor({ remarkPlugins: [remarkAttackLinks] });
  return (await processor.render(markdown)).code;
};

test('remarkAttackLinks links a sub-technique id to its page on attack.mitre.org', async () => {
  expect(await render('Phishing (T1566.001).')).toBe(
    '<p>Phishing (<a href="https://attack.mitre.org/techniques/T1566/001/" class="attack-technique" data-technique="T1566.001">T1566.001</a>).</p>',
  );
});

test('remarkAttackLinks leaves ids in inline code, code blocks and existing links as they are', async () => {
  const html = await render(
    '`T1566` and [see **T1078** here](https://example.org/)\n\n```\nT1190\n```\n\n[T1105][ref]\n\n[ref]: https://example.org/',
  );
  expect(html).not.toContain('attack.mitre.org');
  expect(html).toContain('<strong>T1078</strong>');
});

test('remarkAttackLinks links ids in headings, lists and emphasis', async () => {
  const html = await render('## Initial access: T1566\n\n- *T1078* and T1190');
  expect(html.match(/class="attack-technique"/g)).toHaveLength(3);
});
