/**
 * A table of contents for long articles, built from the headings Astro collects while rendering
 * (their ids come from the same github-slugger pass that sets the anchors, so links always match).
 */

export interface HeadingInfo {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  /** h3 sections under this h2. */
  children: Array<{ slug: string; text: string }>;
}

/** Articles with fewer top-level sections than this read fine without a contents list. */
export const TOC_MIN_SECTIONS = 3;

/** The GFM footnotes heading ("Notes") is page furniture, not a section of the argument. */
const FOOTNOTES_HEADING_SLUG = 'footnote-label';

/**
 * h2 sections with their h3 subsections, or an empty list when the article has fewer than
 * `minSections` h2 headings. An h3 before the first h2 has no section to belong to and is dropped.
 */
export function buildTableOfContents(
  headings: readonly HeadingInfo[],
  minSections: number = TOC_MIN_SECTIONS,
): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.slug === FOOTNOTES_HEADING_SLUG) continue;
    const text = heading.text.trim();
    if (heading.depth === 2) entries.push({ slug: heading.slug, text, children: [] });
    else if (heading.depth === 3) entries.at(-1)?.children.push({ slug: heading.slug, text });
  }
  return entries.length >= minSections ? entries : [];
}
