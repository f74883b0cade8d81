/**
 * Markdown that authors write (incident narratives, actor descriptions, article bodies) may not
 * carry raw HTML or link targets a browser would execute or that leave the site insecurely.
 * Astro's Markdown pipeline passes raw HTML through, and MDX turns lower-case tags into real
 * elements, so `<script>` or `<img onerror>` would reach readers; `[x](javascript:…)` would run on
 * click. The renderer sanitizes too (src/markdown/rehype-sanitize-fields.ts), but an author should
 * hear about it here, with the line, rather than see their text silently dropped.
 */
import { readFileSync } from 'node:fs';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isHttpsUrl } from '../../lib/urls.ts';
import type { ContentProblem } from '../problem.ts';
import type { Position } from '../yaml-source.ts';
import { problemAt, type ValidatedContent, type ValidRecord } from '../validate-records.ts';

/** A problem inside a Markdown text, at its 1-based line and column in that text. */
export interface MarkdownFinding {
  line: number;
  column: number;
  message: string;
}

const markdownParser = unified().use(remarkParse).use(remarkGfm);
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Where author components live; the only modules an article may import. */
const AUTHOR_COMPONENTS = /(?:^|\/)src\/components\/mdx\/[A-Za-z0-9-]+\.(?:astro|ts)$/;

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 50 ? `${flat.slice(0, 50)}…` : flat;
}

/**
 * Why `url` may not be a link target, or undefined when it may: an https:// URL with a real host,
 * a `mailto:` address, a path on this site (`/incidents/…/`), or a `#fragment`. Control characters
 * and spaces are removed first, as browsers do (`java\tscript:` is `javascript:` to them).
 */
export function describeUnsafeLinkUrl(url: string): string | undefined {
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (squeezed.startsWith('#')) return undefined;
  if (squeezed.startsWith('/') && !squeezed.startsWith('//') && !squeezed.startsWith('/\\')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
  if (scheme === 'https' && isHttpsUrl(url.trim())) return undefined;
  if (scheme === 'mailto' && /^mailto:[^\s<>"]+@[^\s<>"]+$/i.test(squeezed)) return undefined;
  const expected = 'use an https:// URL, a site path starting with "/", or a #fragment';
  if (scheme === 'https') return `link "${snippet(url)}" is not a valid https:// URL with a host name`;
  if (scheme) return `link to "${snippet(url)}" is not allowed (${scheme}: URL); ${expected}`;
  return `relative link "${snippet(url)}" would break when the page moves; ${expected}`;
}

/** Images must be files on this site: the Content-Security-Policy blocks every other origin. */
function describeUnsafeImageUrl(url: string): string | undefined {
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (squeezed.startsWith('/') && !squeezed.startsWith('//') && !squeezed.startsWith('/\\')) return undefined;
  return `image "${snippet(url)}" is not allowed; images must be files on this site (a path starting with "/")`;
}

function describeNode(node: Nodes): string | undefined {
  switch (node.type) {
    case 'html':
      return `raw HTML is not allowed in Markdown: "${snippet(node.value)}"; use Markdown syntax (links, emphasis, lists), or put it in \`code\` to show it as text`;
    case 'link':
    case 'definition':
      return describeUnsafeLinkUrl(node.url);
    case 'image':
      return describeUnsafeImageUrl(node.url);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      if (!node.name || /^[a-z]/.test(node.name))
        return `HTML element <${node.name ?? ''}> is not allowed in an article; use Markdown, or a component from src/components/mdx/`;
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute') continue;
        if (/^on/i.test(attribute.name))
          return `event handler attribute ${attribute.name} on <${node.name}> is not allowed`;
        if (/^(href|src|url)$/i.test(attribute.name) && typeof attribute.value === 'string') {
          const problem = describeUnsafeLinkUrl(attribute.value);
          if (problem) return `<${node.name} ${attribute.name}>: ${problem}`;
        }
      }
      return undefined;
    }
    case 'mdxjsEsm': {
      const sources = [...node.value.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
      const onlyImports = /^\s*(?:import\s[^;]+?\sfrom\s+['"][^'"]+['"];?\s*)+$/.test(node.value);
      if (onlyImports && sources.every((source) => AUTHOR_COMPONENTS.test(source))) return undefined;
      return `only imports of author components from src/components/mdx/ are allowed in an article, not "${snippet(node.value)}"`;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // `{/* comment */}` is the one expression an author needs; anything else runs code at build time.
      if (/^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/.test(node.value)) return undefined;
      return `JavaScript expression {${snippet(node.value)}} is not allowed in an article; write \\{ for a literal brace`;
    default:
      return undefined;
  }
}

/**
 * Text that could produce a finding, and so is parsed; everything else is not (parsing every
 * narrative was a third of `npm run check` at 10,000 records). Each construct describeNode reports
 * needs one of: `<` (raw HTML, autolinks), `![` (images), `]:` (definitions, which reference links
 * also need), a GFM literal link (`www.`, any `://` URL, `xmpp:`), or
 * an inline link `](…`. Inline links and `https://` URLs are let through unparsed when their
 * target is plainly allowed: a site path, a #fragment, or an https:// URL with a real host that
 * ends in a space, `/`, `?` or `#` (entities, escapes and angle brackets always parse). In
 * MDX, JSX needs `<`, expressions `{` or `}`, imports or exports a line starting with `import` or
 * `export`; no other text makes MDX fail to parse.
 */
const ALWAYS_PARSE = /<|!\[|\]:|xmpp:/i;
const MDX_TRIGGERS = /[{}]|^[ \t]*(?:import|export)\b/m;
const PLAIN_TARGET = /^[^\s()<>\\&]*/;

function isPlainlyAllowedTarget(target: string): boolean {
  if (target.startsWith('#')) return true;
  if (target.startsWith('/')) return !target.startsWith('//');
  return target.startsWith('https://') && isHttpsUrl(target);
}

export function mayHoldUnsafeMarkdown(markdown: string, mdx: boolean): boolean {
  if (ALWAYS_PARSE.test(markdown) || (mdx && MDX_TRIGGERS.test(markdown))) return true;
  for (const match of markdown.matchAll(/\]\(/g)) {
    const target = PLAIN_TARGET.exec(markdown.slice(match.index + 2))?.[0] ?? '';
    // A space, newline or parenthesis cut the target short of what the parser would read.
    const next = markdown[match.index + 2 + target.length];
    if (next !== undefined && next !== ')' && next !== ' ' && next !== '\n') return true;
    if (!isPlainlyAllowedTarget(target)) return true;
  }
  // `www` may start a GFM link to http://www…, unless it begins the host of an https:// URL.
  for (const match of markdown.matchAll(/www/gi)) {
    if (!/(?:^|[\s(])https:\/\/$/.test(markdown.slice(Math.max(0, match.index - 9), match.index)))
      return true;
  }
  // A URL in text becomes a link (GFM); its host must be one isHttpsUrl accepts, and must end where
  // every reading of the text ends it (at a space, `/`, `?` or `#`).
  for (const match of markdown.matchAll(/:\/\//g)) {
    if (markdown.slice(match.index - 5, match.index) !== 'https') return true;
    const host = /^[\w.-]*/.exec(markdown.slice(match.index + 3))?.[0] ?? '';
    const after = markdown[match.index + 3 + host.length];
    if (!/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i.test(host)) return true;
    if (after !== undefined && !/[\s/?#]/.test(after)) return true;
  }
  return false;
}

/**
 * Every unsafe construct in `markdown`, in document order. `mdx` parses it as MDX (articles),
 * where a syntax error is itself reported (the build would fail on it anyway).
 */
export function findUnsafeMarkdown(markdown: string, options: { mdx: boolean }): MarkdownFinding[] {
  if (!mayHoldUnsafeMarkdown(markdown, options.mdx)) return [];
  let tree: Root;
  try {
    tree = (options.mdx ? mdxParser : markdownParser).parse(markdown);
  } catch (error) {
    const place = (error as { line?: number; column?: number }) ?? {};
    return [
      {
        line: place.line ?? 1,
        column: place.column ?? 1,
        message: `could not parse as MDX: ${(error as Error).message}`,
      },
    ];
  }
  const findings: MarkdownFinding[] = [];
  visit(tree, (node: Nodes) => {
    const message = describeNode(node);
    if (message)
      findings.push({
        line: node.position?.start.line ?? 1,
        column: node.position?.start.column ?? 1,
        message,
      });
  });
  return findings;
}

/**
 * Maps a finding inside a literal block scalar (`narrative: |`, the form the templates use) to its
 * line and column in the file: content line k sits k lines below the key, indented. Any other
 * form (quoted, folded) returns undefined, and the problem is reported at the key instead.
 */
function locateInLiteralBlock(file: string, key: Position, finding: MarkdownFinding): Position | undefined {
  let lines: string[];
  try {
    lines = readFileSync(file, 'utf8').split(/\r?\n/);
  } catch {
    return undefined;
  }
  if (!/:\s*\|[-+0-9]*\s*(?:#.*)?$/.test(lines[key.line - 1] ?? '')) return undefined;
  const line = key.line + finding.line;
  const indent = /^ */.exec(lines[line - 1] ?? '')?.[0].length ?? 0;
  return { line, column: indent + finding.column };
}

function checkMarkdownField(
  record: ValidRecord<unknown>,
  field: string,
  markdown: string | undefined,
): ContentProblem[] {
  if (!markdown) return [];
  return findUnsafeMarkdown(markdown, { mdx: false }).map((finding) => {
    const atKey = problemAt(record, [field], finding.message);
    const exact = locateInLiteralBlock(record.file, atKey, finding);
    if (exact) return { ...atKey, ...exact };
    const multiline = markdown.includes('\n');
    return multiline ? { ...atKey, message: `${finding.message} (line ${finding.line} of ${field})` } : atKey;
  });
}

export function checkMarkdownSafety(content: ValidatedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const incident of content.incidents)
    problems.push(...checkMarkdownField(incident, 'narrative', incident.data.narrative));
  for (const actor of content.actors)
    problems.push(...checkMarkdownField(actor, 'description', actor.data.description));
  for (const article of content.articles) {
    if (!article.body) continue;
    for (const finding of findUnsafeMarkdown(article.body.text, { mdx: true })) {
      problems.push({
        file: article.file,
        line: article.body.firstLine + finding.line - 1,
        column: finding.column,
        field: 'body',
        message: finding.message,
      });
    }
  }
  return problems;
}
