/**
 * A fast path for reading YAML data without positions. The `yaml` library, which the checks need
 * for exact lines and for its guards against alias abuse, is about ten times slower than js-yaml;
 * at 10,000 records that was most of `npm run check`. Plain files (no anchors, aliases, tags,
 * directives or complex keys: the way every record is written) are read here with js-yaml under a
 * schema that resolves scalars exactly as `yaml`'s YAML 1.2 core schema does. Anything else, and
 * anything js-yaml rejects, returns undefined: the caller then parses with `yaml`, so errors, their
 * lines and every unusual construct keep the behaviour they always had.
 * tests/unit/content-checks/yaml-plain-reader.test.ts compares both readers on every YAML file in
 * the repository and on the constructs where YAML parsers are known to differ.
 */
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';

/** `yaml` (core schema) tests a plain scalar against these, in this order; the first match wins. */
const CORE_TYPES = [
  new Type('tag:yaml.org,2002:null', {
    kind: 'scalar',
    resolve: (text: string) => /^(?:~|[Nn]ull|NULL)?$/.test(text),
    construct: () => null,
  }),
  new Type('tag:yaml.org,2002:bool', {
    kind: 'scalar',
    resolve: (text: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text),
    construct: (text: string) => text[0] === 't' || text[0] === 'T',
  }),
  // js-yaml keeps one implicit type per tag, so each tag's variants share one type; the variants
  // cannot match the same text, and no int text is also a float text, so the order still holds.
  new Type('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: (text: string) =>
      /^0o[0-7]+$/.test(text) || /^[-+]?[0-9]+$/.test(text) || /^0x[0-9a-fA-F]+$/.test(text),
    construct: (text: string) =>
      text.startsWith('0o')
        ? parseInt(text.substring(2), 8)
        : text.startsWith('0x')
          ? parseInt(text.substring(2), 16)
          : parseInt(text, 10),
  }),
  new Type('tag:yaml.org,2002:float', {
    kind: 'scalar',
    resolve: (text: string) =>
      /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text),
    construct: (text: string) =>
      /^[-+]?\.(?:inf|Inf|INF)$/.test(text)
        ? text[0] === '-'
          ? Number.NEGATIVE_INFINITY
          : Number.POSITIVE_INFINITY
        : /^\.(?:nan|NaN|NAN)$/.test(text)
          ? NaN
          : parseFloat(text),
  }),
];

const CORE_SCHEMA_LIKE_YAML = FAILSAFE_SCHEMA.extend({ implicit: CORE_TYPES });

/** Tabs and lone carriage returns, anywhere: js-yaml is laxer about both than `yaml`. */
const NEEDS_FULL_PARSER = /\t|\r(?!\n)/;

/**
 * Lines outside block scalars that send the file to `yaml`: anchors, aliases and tags (`&a`, `*a`,
 * `!t`), directives (`%YAML`), explicit keys (`? key`), collections used as keys (`[a]: b`), a key
 * that reads as null (`yaml` names it "", js-yaml "null"), a comment glued to a quoted scalar or a
 * collection (an error to `yaml` only), and lines long enough to hold an over-long implicit key
 * (`yaml` allows 1024 characters). The patterns also match harmless text (`*emphasis*` in a plain
 * multi-line scalar); that only costs speed. Block scalar lines (`narrative: |`) are content.
 */
const NEEDS_FULL_PARSER_LINE = [
  /(?:^|[\s,[\]{}:])[&*!]/,
  /^%/,
  /(?:^|[\s,[{])\?(?:\s|$)/,
  /[\]}][ \t]*:/,
  /(?:^|[\s,[{])(?:~|[Nn]ull|NULL)?[ \t]*:(?:\s|$)/,
  /["'\]}]#/,
  /^.{1000}/,
];

/**
 * A block scalar header ending a line, as a key's value (`key: |`) or a sequence item (`- >-`).
 * Any other header (a whole document that is a block scalar, explicit indentation, `+`) is left
 * to `yaml`.
 */
const BLOCK_SCALAR_HEADER = /(?:: |^ *(?:- +)*- )[ ]*[|>]-?[ ]*(?:#.*)?$/;
const ANY_BLOCK_SCALAR_HEADER = /(?:^|[ ])[|>][-+0-9]*[ ]*(?:#.*)?$/;

/**
 * Whether every line has the plain block shape records are written in, where js-yaml and `yaml`
 * read the same data and reject the same mistakes. Outside block scalars it refuses flow mappings,
 * nested or multi-line flow sequences, empty or nested-compact sequence items (`-` alone, `- -`),
 * document markers after the first line, whitespace-only lines, comments between a key and its
 * value, and the constructs above; inside a block scalar, a line indented less than the scalar's
 * first line, or blank with spaces, where the parsers differ.
 */
function hasPlainBlockShape(text: string): boolean {
  const lines = text.split(/\r?\n/);
  let parentIndent = -1; // inside a block scalar whose header line is indented this much
  let contentIndent = -1; // indentation of that scalar's first non-blank line
  let awaitsValue = false; // the last line was a key whose value starts on a later line
  for (const [index, line] of lines.entries()) {
    const indent = line.length - line.trimStart().length;
    const blank = indent === line.length;
    if (blank && line.length > 0) return false;
    if (parentIndent >= 0) {
      if (blank) continue;
      if (indent > parentIndent) {
        if (contentIndent < 0) contentIndent = indent;
        else if (indent < contentIndent) return false;
        continue;
      }
      parentIndent = -1;
    }
    if (blank) continue;
    if (line[indent] === '#') {
      if (awaitsValue) return false;
      continue;
    }
    if (/^(?:---|\.\.\.)/.test(line) && !(index === 0 && line === '---')) return false;
    if (NEEDS_FULL_PARSER_LINE.some((pattern) => pattern.test(line))) return false;
    if (/^ *-(?: +-)*(?: *(?:#.*)?$| +-(?: |$))/.test(line)) return false;
    awaitsValue = /:(?: +#.*)? *$/.test(line);
    if (line.includes('{')) return false;
    const flow = line.indexOf('[');
    if (flow >= 0 && !/\[[^[\]{}:#"']*\] *$/.test(line.slice(flow))) return false;
    if (ANY_BLOCK_SCALAR_HEADER.test(line)) {
      if (!BLOCK_SCALAR_HEADER.test(line)) return false;
      // The scalar's lines must be indented past its key (`- key: |`) or its dash (`- |`).
      const dashes = /^ *(?:- +)*/.exec(line)?.[0] ?? '';
      parentIndent = /^ *(?:- +)*- +[|>]/.test(line) ? dashes.trimEnd().length - 1 : dashes.length;
      contentIndent = -1;
    }
  }
  return true;
}

/**
 * The data in `text`, read the way `yaml`'s parseDocument(text).toJS() would, or undefined when
 * the text is not plain enough for the fast path or js-yaml finds a problem in it.
 */
export function readPlainYaml(text: string): { data: unknown } | undefined {
  if (NEEDS_FULL_PARSER.test(text) || !hasPlainBlockShape(text)) return undefined;
  let data: unknown;
  let warned = false;
  try {
    // js-yaml's warnings (such as under-indented lines of a quoted scalar) are errors to `yaml`.
    data = load(text, { schema: CORE_SCHEMA_LIKE_YAML, onWarning: () => (warned = true) });
  } catch {
    return undefined;
  }
  if (warned) return undefined;
  // An empty document: js-yaml says undefined, `yaml` says null; let `yaml` answer.
  return data === undefined ? undefined : { data };
}
