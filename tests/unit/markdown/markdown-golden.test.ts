import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { getMarkdownOptions } from '../../../src/markdown/remark-plugins.ts';
import { FIXTURE_ROOT, goldenCases, renderGoldenCase } from './golden-cases.ts';
import { expectMatchesGolden } from './golden.ts';

describe('the shared Markdown pipeline', () => {
  for (const goldenCase of goldenCases) {
    test(`renders the "${goldenCase.name}" case exactly as tests/golden/markdown/${goldenCase.name}.html`, async () => {
      expectMatchesGolden(goldenCase.name, await renderGoldenCase(goldenCase));
    });
  }

  test('fails on an unknown [[id]] with the file path and the line', async () => {
    const processor = await createMarkdownProcessor(getMarkdownOptions(FIXTURE_ROOT));
    await expect(
      processor.render('Intro.\n\nSee [[2016-02-no-such-heist]].', {
        fileURL: new URL('file:///site/content/articles/2026-01-example.mdx'),
      }),
    ).rejects.toThrow(
      /\[\[2016-02-no-such-heist\]\] does not match any incident \(\/site\/content\/articles\/2026-01-example\.mdx:3\)/,
    );
  });

  test('labels the GFM footnotes section "Notes" with a visible heading', async () => {
    const processor = await createMarkdownProcessor(getMarkdownOptions(FIXTURE_ROOT));
    const { code, metadata } = await processor.render('Claim.[^1]\n\n[^1]: Source.\n');
    expect(code).toContain('<h2 class="footnotes-label" id="footnote-label">Notes</h2>');
    expect(code).not.toContain('sr-only');
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'footnote-label', text: 'Notes' }]);
  });
});
