/**
 * ATT&CK technique ids in prose (`T1566`, `T1566.001`) → links to the technique page on
 * attack.mitre.org. Malformed ids (`T15`, `T1566.1`), ids inside words, inline code, code blocks
 * and existing links stay plain text.
 */
import type { Link, Nodes, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { findAttackTechniques, getAttackTechniqueUrl } from './attack-technique.ts';

function buildLink(id: string): Link {
  return {
    type: 'link',
    url: getAttackTechniqueUrl(id),
    children: [{ type: 'text', value: id }],
    data: { hProperties: { className: ['attack-technique'], dataTechnique: id } },
  };
}

/** Splits one text node around its technique ids; undefined when it holds none. */
function linkTechniques(node: Text): PhrasingContent[] | undefined {
  const matches = findAttackTechniques(node.value);
  if (matches.length === 0) return undefined;
  const replacement: PhrasingContent[] = [];
  let cursor = 0;
  for (const { id, index } of matches) {
    if (index > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, index) });
    replacement.push(buildLink(id));
    cursor = index + id.length;
  }
  if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
  return replacement;
}

export default function remarkAttackLinks() {
  return (tree: Root): void => {
    visit(tree, (node: Nodes, index, parent) => {
      // Text already inside a link (including [[incident]] links) is left alone, however deep.
      if (node.type === 'link' || node.type === 'linkReference') return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return undefined;
      const replacement = linkTechniques(node);
      if (!replacement) return undefined;
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      return [SKIP, index + replacement.length];
    });
  };
}
