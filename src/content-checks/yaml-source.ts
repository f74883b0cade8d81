/**
 * Parses YAML while keeping where every key sits, so a problem found in the parsed data can be
 * reported at the line of the offending key. Astro's own loader reports schema errors at `:0:0`.
 * Positions are only needed when something is wrong, so plain files are read with the fast reader
 * (yaml-plain-reader.ts) and the positioned parse runs on the first locate(): at 10,000 records
 * that took `npm run check` from 16 s to a few seconds.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { FieldPath } from './problem.ts';
import { readPlainYaml } from './yaml-plain-reader.ts';

export interface Position {
  line: number;
  column: number;
}

export interface ParsedYaml {
  /** The plain data, or undefined when the text could not be parsed. */
  data: unknown;
  /** Syntax errors (bad indentation, duplicate keys, alias abuse) with their positions. */
  errors: Array<Position & { message: string }>;
  /** Position of the key at `path`, or of its nearest existing ancestor. */
  locate: (path: FieldPath) => Position;
}

/** Aliases are rarely needed in content; a low cap defuses "billion laughs" alias bombs. */
const MAX_ALIAS_COUNT = 50;

/**
 * @param lineOffset lines before the YAML text in its file (front matter starts after `---`).
 */
export function parseYamlWithPositions(text: string, lineOffset = 0): ParsedYaml {
  const plain = readPlainYaml(text);
  if (!plain) return parseYamlDocument(text, lineOffset);
  let positioned: ParsedYaml | undefined;
  return {
    data: plain.data,
    errors: [],
    locate: (path) => (positioned ??= parseYamlDocument(text, lineOffset)).locate(path),
  };
}

/** The full parse with the `yaml` library: syntax errors with lines, alias limits, positions. */
function parseYamlDocument(text: string, lineOffset: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };

  const errors = doc.errors.map((error) => ({
    ...toPosition(error.pos[0]),
    message: error.message.split('\n')[0] ?? error.message,
  }));

  let data: unknown;
  if (errors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      errors.push({ ...toPosition(0), message: `could not read YAML: ${(error as Error).message}` });
    }
  }

  const locate = (path: FieldPath): Position => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else {
        break;
      }
    }
    return toPosition(offset);
  };

  return { data, errors, locate };
}
