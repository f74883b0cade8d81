import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { expect, test } from 'vitest';
import { getMarkdownOptions } from '../../../src/markdown/remark-plugins.ts';

import { FIXTURE_ROOT } from './golden-cases.ts';

async function render(markdown: string, basePath: string): Promise<string> {
  const processor = await createMarkdownProcessor(getMarkdownOptions(FIXTURE_ROOT, basePath));
  return (await processor.render(markdown)).code;
}

const MARKDOWN = [
  'See [the data](/data/), ![a map](/maps/x.svg), [a source](https://example.org/a/),',
  '[a note](#sources), [a sibling](other/), [by reference][ref] and [[2016-02-test-heist]].',
  '',
  '[ref]: /coverage/',
].join('\n');

test('under a base path, root-relative links, images and definitions move under it', async () => {
  const html = await render(MARKDOWN, '/tracker/');
  expect(html).toContain('href="/tracker/data/"');
  expect(html).toContain('src="/tracker/maps/x.svg"');
  expect(html).toContain('href="/tracker/coverage/"');
  expect(html).toContain('href="https://example.org/a/"');
  expect(html).toContain('href="#sources"');
  expect(html).toContain('href="other/"');
  expect(html).toContain('href="/tracker/incidents/2016-02-test-heist/"');
});

test('at the root nothing changes', async () => {
  const html = await render(MARKDOWN, '/');
  expect(html).toContain('href="/data/"');
  expect(html).toContain('href="/coverage/"');
});
