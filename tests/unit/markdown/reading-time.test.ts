import { expect, test } from 'vitest';
import {
  countWords,
  formatReadingTime,
  getReadingMinutes,
  WORDS_PER_MINUTE,
} from '../../../src/markdown/reading-time.ts';

test('countWords counts prose words, keeping contractions, hyphenated words and numbers whole', () => {
  expect(countWords("The Fed's staff blocked thirty-five orders worth $951 million (2016).")).toBe(10);
});

test('countWords skips imports, JSX tags, URLs and link definitions but keeps what they wrap', () => {
  const mdx = [
    "import LossesByYear from '../../src/components/mdx/LossesByYear.astro';",
    '',
    'Read [the report](https://example.org/a/very/long/path) now.',
    '',
    '<LossesByYear actor="lazarus-group" from={2015} to={2018} />',
    '<abbr title="Society for Worldwide Interbank Financial Telecommunication">SWIFT</abbr> messages.',
    '{/* an editor note */}',
    '[ref]: https://example.org/',
    'A claim.[^1]',
    '[^1]: The footnote is read.',
  ].join('\n');
  expect(countWords(mdx)).toBe(12);
});

test('countWords counts [[id]] as one word and [[id|label]] as its label', () => {
  expect(countWords('See [[2016-02-bangladesh-bank]] and [[2016-02-bangladesh-bank|the 2016 theft]].')).toBe(
    6,
  );
});

test(`getReadingMinutes rounds up at ${WORDS_PER_MINUTE} words a minute`, () => {
  expect(getReadingMinutes(0)).toBe(0);
  expect(getReadingMinutes(1)).toBe(1);
  expect(getReadingMinutes(230)).toBe(1);
  expect(getReadingMinutes(231)).toBe(2);
  expect(getReadingMinutes(1170)).toBe(6);
});

test('formatReadingTime writes minutes as "N min read"', () => {
  expect(formatReadingTime(6)).toBe('6 min read');
});
