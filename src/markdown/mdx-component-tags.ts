/**
 * The component tags in an MDX article and their prop values, read with the MDX parser itself
 * (remark-mdx, as the build uses) so that code, comments and nesting are understood exactly as the
 * build will. Prop values are read as literals: strings, numbers, booleans and arrays of strings;
 * anything else is kept as an expression that a check cannot see into.
 */
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** JSX elements and their attributes, as remark-mdx adds them to the mdast node types. */
type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type JsxAttribute = JsxElement['attributes'][number];

export type PropValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'string-array'; value: string[] }
  | { kind: 'expression'; source: string };

export interface Located {
  /** 1-based line within the parsed text. */
  line: number;
  /** 1-based column within that line. */
  column: number;
}

export interface ComponentProp extends Located {
  /** Prop name; `...` for a spread (`{...props}`). */
  name: string;
  value: PropValue;
}

export interface ComponentTag extends Located {
  /** As written: `Timeline`, or `Charts.Timeline` for a member expression. */
  name: string;
  props: ComponentProp[];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

const STRING_LITERAL = /^(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')$/;

function readStringLiteral(source: string): string | undefined {
  const match = STRING_LITERAL.exec(source.trim());
  if (!match) return undefined;
  return (match[1] ?? match[2] ?? '').replace(/\\(.)/g, '$1');
}

/** `["a", 'b',]` → ['a', 'b']; undefined when any item is not a string literal. */
function readStringArray(source: string): string[] | undefined {
  const inner = /^\[([\s\S]*)\]$/.exec(source.trim())?.[1];
  if (inner === undefined) return undefined;
  const items: string[] = [];
  const item = /\s*("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')\s*(?:,|$)/y;
  while (inner.slice(item.lastIndex).trim() !== '') {
    const match = item.exec(inner);
    if (!match) return undefined;
    items.push(readStringLiteral(match[1] ?? '') ?? '');
  }
  return items;
}

/** The literal inside a prop's `{…}`, or the source kept as an expression. */
export function readExpressionValue(source: string): PropValue {
  const trimmed = source.trim();
  if (/^-?\d+(?:\.\d+)?$/.test(trimmed)) return { kind: 'number', value: Number(trimmed) };
  if (trimmed === 'true' || trimmed === 'false') return { kind: 'boolean', value: trimmed === 'true' };
  const text = readStringLiteral(trimmed);
  if (text !== undefined) return { kind: 'string', value: text };
  const list = readStringArray(trimmed);
  if (list !== undefined) return { kind: 'string-array', value: list };
  return { kind: 'expression', source: trimmed };
}

function readProp(attribute: JsxAttribute, fallback: Located): ComponentProp {
  const start = attribute.position?.start ?? fallback;
  const at = { line: start.line, column: start.column };
  if (attribute.type === 'mdxJsxExpressionAttribute')
    return { name: '...', value: { kind: 'expression', source: attribute.value }, ...at };
  const { value } = attribute;
  if (value === null || value === undefined)
    return { name: attribute.name, value: { kind: 'boolean', value: true }, ...at };
  if (typeof value === 'string') return { name: attribute.name, value: { kind: 'string', value }, ...at };
  return { name: attribute.name, value: readExpressionValue(value.value), ...at };
}

/**
 * Every capitalised (component) tag in an MDX text, in document order; lower-case HTML tags are
 * left to the Markdown safety check. Throws the parser's error, with its line, on invalid MDX.
 */
export function findComponentTags(mdx: string): ComponentTag[] {
  // Parsing MDX costs ~10 ms an article; most articles use no component, and a component tag
  // always contains "<" and a capital letter.
  if (!/<[A-Z]/.test(mdx)) return [];
  const tree = parser.parse(mdx) as Root;
  const tags: ComponentTag[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (!node.name || !/^[A-Z]/.test(node.name)) return;
    const start = node.position?.start ?? { line: 1, column: 1 };
    const at = { line: start.line, column: start.column };
    tags.push({ name: node.name, props: node.attributes.map((attribute) => readProp(attribute, at)), ...at });
  });
  return tags;
}
