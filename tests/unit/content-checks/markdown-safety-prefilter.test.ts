// findUnsafeMarkdown skips the parser for text without any trigger character sequence; that
// shortcut must never hide a finding the parser would have made.
import { createRandom } from '../../support/seeded-random.ts';
import { describe, expect, test } from 'vitest';
import {
  findUnsafeMarkdown,
  mayHoldUnsafeMarkdown,
} from '../../../src/content-checks/rules/check-markdown-safety.ts';

/** A safe definition: appended, it makes the text match a trigger, so the parser really runs. */
const PROBE = '\n\n[prefilter-probe]: https://example.com/probe';

// Markdown and MDX syntax that can form links, images, HTML, code and expressions around them.
const TOKENS = [
  ...['[', ']', '(', ')', '!', '![', '[x]', '[x][y]', '[y]', '[^1]', '[^1]: note', '`', '```', '~~~'],
  ...['*', '_', '**', '\n', '\n\n', ' ', '  ', '# ', '- ', '1. ', '> ', '|', '| --- |', '    '],
  ...['http', 'https', 'www', 'WWW', 'javascript', 'mailto', 'xmpp', 'data', ':', '/', '//', '.'],
  ...['@', 'a@b.co', 'user@example.org', '&lt;', '&#60;', '&#x5D;(', '\\', '\\[', 'word', 'T1566'],
  ...['[[2016-02-bank]]', '[[a|b]]', 'import', 'export', 'from', "'x'", '"y"', '=', ';', 'onerror'],
  ...['](', '](https://example.com/a)', '](https://example.com)', '](https://www.example.com/x?y#z)'],
  ...['](http://example.com/)', '](/incidents/x/)', '](#notes)', '](//evil.example/)', '](javascript:x)'],
  ...['](https://localhost/)', '](mailto:a@b.co)', 'https://example.com/p', 'https://localhost/', ','],
  ...['https://www.example.org/', 'www.example.com', 'https://x.com.', 'https://x.com,y', '&', '#'],
  ...['https://user@x.com/', 'https://x.com:8080/', 'https://a.com&b', 'https://x_y.com/', '"t"', '<'],
];

describe('mayHoldUnsafeMarkdown', () => {
  test.each([
    ['<script>x</script>', false],
    ['[x](javascript:alert(1))', false],
    ['![x](data:image/png;base64,AA)', false],
    ['[x][r]\n\n[r]: javascript:alert(1)', false],
    ['see http://example.com/ now', false],
    ['see www.example.com now', false],
    ['see xmpp:user@example.com now', false],
    ['[x](https://localhost/)', false],
    ['[x](https://example.com.) and more', false],
    ['see https://a.com&b now', false],
    ['see https://x.com,y now', false],
    ['see HTTP://example.com/ now', false],
    ['{globalThis.x = 1}', true],
    ['import fs from "node:fs"', true],
    ['  export const a = 1', true],
  ])('mayHoldUnsafeMarkdown(%j) is true (mdx: %s)', (text, mdx) => {
    expect(mayHoldUnsafeMarkdown(text, mdx)).toBe(true);
  });

  test('a narrative with prose, emphasis, [[incident]] citations and links to sources is not parsed', () => {
    const text =
      'The *attackers* sent `35` orders. See [[2016-02-bangladesh-bank]] and [[a|b]]; per ' +
      '[Reuters](https://www.reuters.com/world/x-2016/), [notes](#notes) and [Ronin](/incidents/ronin/).';
    expect(mayHoldUnsafeMarkdown(text, false)).toBe(false);
    expect(mayHoldUnsafeMarkdown(text, true)).toBe(false);
  });

  test.each([false, true])(
    'the parser finds nothing in the generated texts the prefilter skips (mdx: %s)',
    (mdx) => {
      const random = createRandom(mdx ? 2 : 1);
      const missed: string[] = [];
      let skipped = 0;
      for (let i = 0; i < 12_000; i += 1) {
        const length = 3 + Math.floor(random() * 16);
        const text = Array.from(
          { length },
          () => TOKENS[Math.floor(random() * TOKENS.length)] as string,
        ).join('');
        if (mayHoldUnsafeMarkdown(text, mdx)) continue;
        skipped += 1;
        const findings = findUnsafeMarkdown(text + PROBE, { mdx });
        if (findings.length > 0) missed.push(`${JSON.stringify(text)}: ${findings[0]?.message}`);
      }
      expect(missed).toEqual([]);
      expect(skipped).toBeGreaterThan(1_000);
    },
  );
});
