// MDX articles go through Astro's unified MDX processor; the same options must reach it.
import { unified } from '@astrojs/markdown-remark';
import { expect, test } from 'vitest';
import { getMarkdownOptions } from '../../../src/markdown/remark-plugins.ts';
import { FIXTURE_ROOT } from './golden-cases.ts';

test('the MDX processor built from getMarkdownOptions links techniques and incidents and labels footnotes "Notes"', async () => {
  const processor = unified(getMarkdownOptions(FIXTURE_ROOT));
  if (!processor.createMdxRenderer) throw new Error('the unified processor no longer renders MDX');
  const renderer = await processor.createMdxRenderer(
    { syntaxHighlight: false },
    { optimize: false, srcDir: new URL('../../../src/', import.meta.url) },
  );
  const { code } = await renderer.process(
    '## Initial access\n\nA claim.[^1] It used T1566.001 in the [[2016-02-test-heist]].\n\n[^1]: A note.\n',
    'content/articles/2026-01-example.mdx',
    {},
  );
  for (const expected of [
    '"https://attack.mitre.org/techniques/T1566/001/"',
    '"/incidents/2016-02-test-heist/"',
    '"footnotes-label"',
    '"Notes"',
    '"initial-access"',
  ]) {
    expect(code).toContain(expected);
  }
});
