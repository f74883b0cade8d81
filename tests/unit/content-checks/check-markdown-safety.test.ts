// Hostile content that the integrity checks must refuse, each with its file, line, field and message.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/content-checks/check-content.ts';
import { loadContent } from '../../../src/content-checks/load-content.ts';
import { formatProblem } from '../../../src/content-checks/problem.ts';
import {
  describeUnsafeLinkUrl,
  findUnsafeMarkdown,
} from '../../../src/content-checks/rules/check-markdown-safety.ts';
import { validateRecords } from '../../../src/content-checks/validate-records.ts';
import { parseYamlWithPositions } from '../../../src/content-checks/yaml-source.ts';

const HOSTILE = 'tests/fixtures/content-hostile';
const LINK_HINT = 'use an https:// URL, a site path starting with "/", or a #fragment';
const HTML_HINT = 'use Markdown syntax (links, emphasis, lists), or put it in `code` to show it as text';
const ELEMENT_HINT = 'use Markdown, or a component from src/components/mdx/';

describe('checkContent on hostile content', () => {
  test('checkContent refuses every hostile file in content-hostile/rejected with its line, field and message', () => {
    const reported = checkContent(`${HOSTILE}/rejected`).problems.map((problem) =>
      formatProblem(problem).replace(`${HOSTILE}/rejected/`, ''),
    );
    expect(reported).toEqual([
      `actors/raw-html-actor.yaml:6:3  description  raw HTML is not allowed in Markdown: "<iframe src="javascript:window.__xss=1"></iframe>"; ${HTML_HINT}`,
      `articles/2026-02-hostile-article.mdx:7:1  body  only imports of author components from src/components/mdx/ are allowed in an article, not "import fs from 'node:fs';"`,
      `articles/2026-02-hostile-article.mdx:9:1  body  only imports of author components from src/components/mdx/ are allowed in an article, not "export const leaked = 1;"`,
      `articles/2026-02-hostile-article.mdx:13:1  body  HTML element <script> is not allowed in an article; ${ELEMENT_HINT}`,
      `articles/2026-02-hostile-article.mdx:15:10  body  HTML element <img> is not allowed in an article; ${ELEMENT_HINT}`,
      `articles/2026-02-hostile-article.mdx:17:3  body  link to "javascript:window.__xss=1" is not allowed (javascript: URL); ${LINK_HINT}`,
      'articles/2026-02-hostile-article.mdx:17:43  body  JavaScript expression {globalThis.__xss = 1} is not allowed in an article; write \\{ for a literal brace',
      'authors/unsafe-url-author.yaml:3:1  url  expected an https:// URL',
      'incidents/2016-02-alias-bomb.yaml:1:1  (file)  could not read YAML: Excessive alias count indicates a resource exhaustion attack',
      'incidents/2016-02-duplicate-title.yaml:5:1  (file)  Map keys must be unique',
      'incidents/2016-02-proto-key.yaml:5:1  __proto__  unknown field; check its spelling against the schema',
      `incidents/2016-02-raw-html-narrative.yaml:6:3  narrative  raw HTML is not allowed in Markdown: "<script>window.__xss=1</script>"; ${HTML_HINT}`,
      `incidents/2016-02-raw-html-narrative.yaml:8:17  narrative  raw HTML is not allowed in Markdown: "<img src=x onerror="window.__xss=1">"; ${HTML_HINT}`,
      `incidents/2016-02-unsafe-markdown-links.yaml:4:3  narrative  link to "javascript:window.__xss=1" is not allowed (javascript: URL); ${LINK_HINT}`,
      `incidents/2016-02-unsafe-markdown-links.yaml:4:41  narrative  link to "JaVaScRiPt:window.__xss=1" is not allowed (javascript: URL); ${LINK_HINT}`,
      'incidents/2016-02-unsafe-markdown-links.yaml:5:3  narrative  image "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRv…" is not allowed; images must be files on this site (a path starting with "/")',
      `incidents/2016-02-unsafe-markdown-links.yaml:6:3  narrative  link to "vbscript:msgbox(1)" is not allowed (vbscript: URL); ${LINK_HINT}`,
      `incidents/2016-02-unsafe-markdown-links.yaml:6:33  narrative  link to "javascript:window.__xss=1" is not allowed (javascript: URL); ${LINK_HINT}`,
      `incidents/2016-02-unsafe-markdown-links.yaml:7:30  narrative  link to "http://example.com/" is not allowed (http: URL); ${LINK_HINT}`,
      `incidents/2016-02-unsafe-markdown-links.yaml:9:3  narrative  link to "data:text/html,<script>window.__xss=1</script>" is not allowed (data: URL); ${LINK_HINT}`,
      'incidents/2016-02-unsafe-source-urls.yaml:16:5  sources[0].url  expected an https:// URL',
      'incidents/2016-02-unsafe-source-urls.yaml:17:5  sources[0].archived_url  expected an https:// URL',
      'incidents/2016-02-unsafe-source-urls.yaml:22:5  sources[1].url  expected an https:// URL',
    ]);
  });

  test('checkContent accepts content-hostile/inert: its payloads are text to escape, not mistakes', () => {
    expect(checkContent(`${HOSTILE}/inert`).problems.map(formatProblem)).toEqual([]);
  });

  test('an unquoted NO country code is read as the string "NO" (Norway), not as false', () => {
    const { content } = validateRecords(loadContent(`${HOSTILE}/inert`).records);
    expect(content.incidents[0]?.data.victims.map((victim) => victim.country)).toEqual(['BD', 'NO']);
    expect(parseYamlWithPositions('a: NO\nb: no\nc: off\nd: yes\n').data).toEqual({
      a: 'NO',
      b: 'no',
      c: 'off',
      d: 'yes',
    });
  });

  test('a 5 MB record is refused unread with "file too large (5.0 MB > 1 MB limit)"', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cht-huge-'));
    try {
      cpSync('tests/fixtures/content-valid', root, { recursive: true });
      const head = 'title: Huge\nsummary: ';
      writeFileSync(
        path.join(root, 'incidents/2016-02-huge.yaml'),
        head + 'a'.repeat(5_000_000 - head.length),
      );
      const started = performance.now();
      const problems = checkContent(root).problems;
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.file).toMatch(/incidents\/2016-02-huge\.yaml$/);
      expect(problems[0]).toMatchObject({
        line: 1,
        column: 1,
        field: '',
        message: 'file too large (5.0 MB > 1 MB limit); split it, or shorten its text',
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a YAML alias bomb is refused quickly instead of being expanded', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(', ')}]`,
      );
    }
    const started = performance.now();
    const parsed = parseYamlWithPositions(levels.join('\n'));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(parsed.data).toBeUndefined();
    expect(parsed.errors.map((error) => error.message)).toEqual([
      'could not read YAML: Excessive alias count indicates a resource exhaustion attack',
    ]);
  });
});

describe('describeUnsafeLinkUrl', () => {
  test.each([
    'https://example.com/report',
    '/incidents/2016-02-bangladesh-bank/',
    '#sources',
    'mailto:editors@example.org',
  ])('describeUnsafeLinkUrl(%j) allows the link', (url) => {
    expect(describeUnsafeLinkUrl(url)).toBeUndefined();
  });

  test.each([
    ['javascript:alert(1)', 'javascript: URL'],
    ['  JavaScript:alert(1)', 'javascript: URL'],
    ['java\tscript:alert(1)', 'javascript: URL'],
    ['data:text/html,<script>alert(1)</script>', 'data: URL'],
    ['vbscript:msgbox(1)', 'vbscript: URL'],
    ['http://example.com/', 'http: URL'],
    ['file:///etc/passwd', 'file: URL'],
    ['//evil.example/', 'relative link'],
    ['/\\evil.example/', 'relative link'],
    ['incidents/x/', 'relative link'],
    ['https://localhost/', 'not a valid https:// URL'],
  ])('describeUnsafeLinkUrl(%j) refuses it (%s)', (url, reason) => {
    expect(describeUnsafeLinkUrl(url)).toContain(reason);
  });
});

describe('findUnsafeMarkdown', () => {
  test('findUnsafeMarkdown leaves markup in code and escaped entities alone', () => {
    const markdown =
      'Code `<script>x</script>` and &lt;img onerror=x&gt; text.\n\n```html\n<script>x</script>\n```';
    expect(findUnsafeMarkdown(markdown, { mdx: false })).toEqual([]);
    expect(findUnsafeMarkdown(markdown, { mdx: true })).toEqual([]);
  });

  test('findUnsafeMarkdown allows author components and comments in MDX but not their event handlers', () => {
    const mdx = [
      "import Callout from '../../src/components/mdx/Callout.astro';",
      '',
      '{/* a note to editors */}',
      '',
      '<Callout kind="note">Text.</Callout>',
      '',
      '<Callout onClick="alert(1)">Text.</Callout>',
    ].join('\n');
    expect(findUnsafeMarkdown(mdx, { mdx: true })).toEqual([
      { line: 7, column: 1, message: 'event handler attribute onClick on <Callout> is not allowed' },
    ]);
  });

  test('findUnsafeMarkdown reports an MDX syntax error with its line instead of throwing', () => {
    const [finding] = findUnsafeMarkdown('Text\n\n<Callout>unclosed', { mdx: true });
    expect(finding?.line).toBe(3);
    expect(finding?.message).toMatch(/^could not parse as MDX: /);
  });
});
