/**
 * Defence in depth for Markdown fields from YAML (incident narratives, actor descriptions): the
 * integrity checks already refuse raw HTML and unsafe link targets
 * (src/content-checks/rules/check-markdown-safety.ts), but should something slip through, it must
 * reach the page inert. Astro's Markdown pipeline passes raw HTML straight to the page; this
 * rehype step runs before that happens and
 *   - turns every raw HTML fragment into visible text (escaped, never parsed into elements), and
 *   - sanitizes the rest with hast-util-sanitize's GitHub-style allow-list, extended with the
 *     classes and data attributes our own remark plugins add, and restricted to https/mailto and
 *     site-relative link targets.
 * Used only by src/data/markdown.ts; MDX articles are code and are vetted by the integrity rule.
 */
import type { Root } from 'hast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import { visit } from 'unist-util-visit';

const defaultAttributes = defaultSchema.attributes ?? {};

/** The default allow-list of an element without its className rule (the first rule for a name wins). */
function withoutClassName(tagName: string) {
  return (defaultAttributes[tagName] ?? []).filter(
    (definition) => !(Array.isArray(definition) && definition[0] === 'className'),
  );
}

/** The allow-list: GitHub's, plus what src/markdown/ and GFM footnotes legitimately produce. */
export const FIELD_SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  // Ids come only from Markdown syntax here (footnotes are already prefixed by remark-rehype),
  // since raw HTML never becomes elements; prefixing again would break footnote links.
  clobber: [],
  attributes: {
    ...defaultAttributes,
    a: [
      ...withoutClassName('a'),
      ['className', 'incident-ref', 'attack-technique', 'data-footnote-backref'],
      'dataIncident',
      'dataTechnique',
    ],
    span: [...withoutClassName('span'), ['className', 'visually-hidden']],
    h2: [['className', 'sr-only', 'footnotes-label']],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['https', 'mailto'],
    src: ['https'],
    cite: ['https'],
    longDesc: ['https'],
  },
};

const sanitizeTree = rehypeSanitize(FIELD_SANITIZE_SCHEMA);

/** Rehype plugin: raw HTML → text, then the allow-list (see the module comment). */
export function sanitizeMarkdownHtml() {
  return (tree: Root): Root => {
    // `raw` nodes (HTML passed through by remark-rehype) are not in hast's own node types.
    visit(tree, (node, index, parent) => {
      const raw = node as unknown as { type: string; value?: unknown };
      if (raw.type !== 'raw' || !parent || index === undefined) return;
      parent.children[index] = { type: 'text', value: String(raw.value ?? '') };
    });
    return sanitizeTree(tree) as Root;
  };
}
