// Words must not run into links: Astro's HTML compression drops a line break between text and a
// following tag ("sector or<a …>method"), and Prettier wraps lines exactly there. Templates put an
// explicit {' '} at such breaks; this test finds any that are missing, on every built page.
// (Citation superscripts are meant to touch the word before them, so <sup> is not checked.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { getDistDir, listFiles } from './support/dist.ts';

/** A letter or closing punctuation glued to the start of an inline element. */
const GLUED = /[A-Za-z0-9,;:.)]<(a|time|strong|em|b|i|data|code|abbr)[\s>]/g;

test('no built page glues a word to the inline element that follows it', () => {
  const dist = getDistDir();
  const offenders: string[] = [];
  for (const file of listFiles(dist, '.html')) {
    const html = readFileSync(path.join(dist, file), 'utf8')
      // Inside SVG, scripts and styles, adjacency is markup, not prose.
      .replace(/<(svg|script|style)\b[\s\S]*?<\/\1>/g, '');
    for (const match of html.matchAll(GLUED)) {
      const index = match.index ?? 0;
      offenders.push(`${file}: …${html.slice(Math.max(0, index - 30), index + 20).replace(/\s+/g, ' ')}…`);
    }
  }
  expect(offenders).toEqual([]);
});
