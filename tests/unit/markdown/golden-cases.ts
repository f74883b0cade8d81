/**
 * Markdown inputs whose rendered HTML is committed under tests/golden/markdown/. Each runs through
 * the site's own pipeline (src/markdown/remark-plugins.ts) with Astro's processor, exactly as a
 * Markdown field does at build time; MDX articles share the same plugin list.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { getMarkdownOptions } from '../../../src/markdown/remark-plugins.ts';

export const GOLDEN_DIR = fileURLToPath(new URL('../../golden/markdown/', import.meta.url));
/** Content root whose incidents/ the `[[id]]` links resolve against. */
export const FIXTURE_ROOT = 'tests/fixtures/markdown-incidents';

export interface MarkdownGoldenCase {
  name: string;
  markdown: string;
}

export const goldenCases: MarkdownGoldenCase[] = [
  {
    name: 'incident-links',
    markdown: [
      'The [[2016-02-test-heist]] used forged SWIFT messages.',
      '',
      'Compare [[2016-02-test-heist|the February theft]] with *[[2016-02-test-heist]]* in emphasis.',
      '',
      'Written literally: `[[2016-02-test-heist]]`.',
      '',
    ].join('\n'),
  },
  {
    name: 'attack-techniques',
    markdown: [
      'Spearphishing attachments (T1566.001) and phishing in general (T1566). Valid accounts: T1078.',
      '',
      'Left alone: T15, T1566.1, T1566.0011, T15660, XT1566, T1566x, `T1566.001` in code,',
      '[T1566 in a link](https://example.org/) and [[2016-02-test-heist|T1190 in a citation]].',
      '',
      '```',
      'T1566.001 in a code block',
      '```',
      '',
    ].join('\n'),
  },
  {
    name: 'footnotes',
    markdown: [
      'The Fed blocked most transfers.[^fed] A spelling mistake stopped one.[^typo]',
      '',
      '[^fed]: Thirty of thirty-five payment orders were stopped.',
      '[^typo]: "Fandation" for "Foundation", per the [[2016-02-test-heist]] record.',
      '',
    ].join('\n'),
  },
  {
    name: 'heading-ids',
    markdown: [
      '## Step 1: a long approach',
      '',
      '## What the three numbers teach',
      '',
      '### Attempted, stolen & recovered',
      '',
      '## What the three numbers teach',
      '',
      '## Banco del Austro (Ecuador)',
      '',
    ].join('\n'),
  },
];

export async function renderGoldenCase(goldenCase: MarkdownGoldenCase): Promise<string> {
  const processor = await createMarkdownProcessor(getMarkdownOptions(FIXTURE_ROOT));
  const { code } = await processor.render(goldenCase.markdown);
  return `${code}\n`;
}
