import { expect, test } from 'vitest';
import { buildTableOfContents, TOC_MIN_SECTIONS } from '../../../src/markdown/table-of-contents.ts';

const h = (depth: number, slug: string, text = slug) => ({ depth, slug, text });

test('buildTableOfContents nests h3 sections under the h2 before them', () => {
  expect(
    buildTableOfContents([h(2, 'a', 'A'), h(3, 'a-1', 'A.1'), h(2, 'b', 'B'), h(2, 'c', 'C'), h(4, 'deep')]),
  ).toEqual([
    { slug: 'a', text: 'A', children: [{ slug: 'a-1', text: 'A.1' }] },
    { slug: 'b', text: 'B', children: [] },
    { slug: 'c', text: 'C', children: [] },
  ]);
});

test(`buildTableOfContents returns nothing below ${TOC_MIN_SECTIONS} h2 sections`, () => {
  expect(buildTableOfContents([h(2, 'a'), h(3, 'a-1'), h(3, 'a-2'), h(2, 'b')])).toEqual([]);
});

test('buildTableOfContents ignores the footnotes heading and h3s before the first h2', () => {
  const toc = buildTableOfContents(
    [h(3, 'orphan'), h(2, 'a'), h(2, 'b'), h(2, 'footnote-label', 'Notes')],
    2,
  );
  expect(toc.map((entry) => entry.slug)).toEqual(['a', 'b']);
  expect(toc[0]?.children).toEqual([]);
});
