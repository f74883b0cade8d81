/**
 * Reading time for an article: words in the MDX body at 230 words a minute, rounded up. Counted
 * from the source text (not rendered HTML) so listings can show it without rendering each article.
 */

export const WORDS_PER_MINUTE = 230;

const FENCE = /^\s*(```|~~~)/;
const ESM_LINE = /^(?:import|export)\s/;

/** Strips the syntax that is not read aloud: ESM lines, JSX tags, URLs, Markdown punctuation. */
function toReadableText(markdown: string): string {
  let inFence = false;
  const kept: string[] = [];
  for (const line of markdown.split('\n')) {
    // Code is read too, so fenced lines count; only the fence markers themselves are dropped.
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (!inFence && ESM_LINE.test(line)) continue;
    kept.push(line);
  }
  return kept
    .join('\n')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ') // MDX comments
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // JSX and HTML tags (their content stays)
    .replace(/\[\[[^\]|]*\|([^\]]*)\]\]/g, '$1') // [[id|label]] reads as its label
    .replace(/\[\[[^\]]*\]\]/g, ' incident ') // [[id]] reads as the incident's title: count one word
    .replace(/\[\^[^\]\s]+\]/g, ' ') // footnote marks [^1] (the notes themselves are read)
    .replace(/\]\([^)]*\)/g, ']') // link and image URLs
    .replace(/^\[[^\]]+\]:\s+\S+.*$/gm, ' '); // link reference definitions
}

/** Words a reader reads: runs of letters or digits, joined by inner apostrophes, hyphens or dots. */
export function countWords(markdown: string): number {
  return toReadableText(markdown).match(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes, rounded up, at least 1 for any non-empty text. */
export function getReadingMinutes(words: number, wordsPerMinute: number = WORDS_PER_MINUTE): number {
  return Math.ceil(Math.max(0, words) / wordsPerMinute);
}

/** "6 min read". */
export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}
