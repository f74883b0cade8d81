// The fast YAML path must read exactly what `yaml` reads, and must never accept a file `yaml`
// rejects: otherwise `npm run check` would pass a mistake it used to report with its line.
import { createRandom } from '../../support/seeded-random.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { readPlainYaml } from '../../../src/content-checks/yaml-plain-reader.ts';
import { parseYamlWithPositions } from '../../../src/content-checks/yaml-source.ts';

type Reading = { data: unknown } | { errors: string[] };

/** What the positioned parser (the reference) makes of `text`. */
function readWithYaml(text: string): Reading {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) return { errors: doc.errors.map((error) => error.code) };
  try {
    return { data: doc.toJS({ maxAliasCount: 50 }) };
  } catch (error) {
    return { errors: [(error as Error).message] };
  }
}

/** undefined when the fast path agrees with `yaml` (or declines); otherwise what went wrong. */
function describeDisagreement(text: string): string | undefined {
  const fast = readPlainYaml(text);
  if (!fast) return undefined;
  const reference = readWithYaml(text);
  if ('errors' in reference) return `accepted text yaml rejects (${reference.errors.join(', ')})`;
  if (!isDeepStrictEqual(fast.data, reference.data))
    return `read ${JSON.stringify(fast.data)}, yaml reads ${JSON.stringify(reference.data)}`;
  return undefined;
}

function listYamlTexts(dir: string): Array<[string, string]> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => path.join(dir, entry))
    .filter((file) => statSync(file).isFile() && /\.(?:ya?ml|mdx)$/.test(file))
    .map((file): [string, string] => {
      const text = readFileSync(file, 'utf8');
      if (!file.endsWith('.mdx')) return [file, text];
      return [file, /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? ''];
    });
}

// Scalars where YAML 1.1, YAML 1.2 core and js-yaml's defaults disagree, and YAML indicators.
const ATOMS = [
  ...[
    '1',
    '-1',
    '+1',
    '0',
    '00',
    '-0',
    '0o7',
    '0x1F',
    '1_0',
    '0b1',
    '1,000',
    '1.5',
    '.5',
    '-.5',
    '1e3',
    '1E-3',
  ],
  ...['.inf', '-.Inf', '.nan', 'NaN', 'true', 'True', 'tRue', 'yes', 'no', 'NO', 'on', 'null', 'Null', '~'],
  ...['', '2016', '2016-02', '2016-02-04', '2016-02-04T10:00:00Z', '12:30', 'a', 'x y', 'a#b', 'a #b', 'a:b'],
  ...['a: b', 'http://x', '[[id]]', '[x](y)', '<b>', 'é', 'a,b', 'a]b', 'a}b', '-a', '- a', '?a', '%a', '@a'],
  ...['`a', '|', '>', "it's", '"q"', '\\', '=', '<<', '$1', '#', ' lead', 'trail ', '---', '...', '\t'],
  ...['*a', '&a x', '!t x', '*em*', 'a & b', '? a', '%x'],
];

function generateDocument(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const scalar = (indent: number): string => {
    const atom = pick(ATOMS);
    const roll = random();
    if (roll < 0.45) return atom;
    if (roll < 0.6) return JSON.stringify(atom);
    if (roll < 0.7) return `'${atom.replace(/'/g, "''")}'`;
    if (roll < 0.85) {
      const pad = ' '.repeat(indent + 2);
      const lines = Array.from({ length: 1 + Math.floor(random() * 4) }, () =>
        pick(['', ` ${pick(ATOMS)}`, pick(ATOMS), `${pick(ATOMS)} ${pick(ATOMS)}`]),
      );
      const header = pick(['|', '>', '|-', '>-', '|+', '>+', '|2', '>1']);
      return `${header}\n${lines.map((line) => (line === '' ? '' : pad + line)).join('\n')}`;
    }
    return `${pick(ATOMS)}\n${' '.repeat(indent + 2)}${pick(ATOMS)}`;
  };
  const node = (indent: number, depth: number): string => {
    const roll = random();
    if (depth > 2 || roll < 0.5) return ` ${scalar(indent)}`;
    if (roll < 0.6)
      return ` [${Array.from({ length: Math.floor(random() * 3) }, () => pick(ATOMS)).join(', ')}]`;
    if (roll < 0.8) return `\n${map(indent + 2, depth + 1)}`;
    const items = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
      return `${' '.repeat(indent + pick([0, 2]))}-${node(indent + 2, depth + 1)}`;
    });
    return `\n${items.join('\n')}`;
  };
  const map = (indent: number, depth: number): string =>
    Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
      const key = pick(['a', 'b', 'key', '1', '"k"', 'x y', pick(ATOMS)]);
      return `${' '.repeat(indent)}${key}:${node(indent, depth)}${random() < 0.1 ? ' # c' : ''}`;
    }).join('\n');

  let text = `${map(0, 0)}\n`;
  for (let i = 0; i < 3; i += 1) {
    if (random() >= 0.4) continue;
    const at = Math.floor(random() * text.length);
    const insert = pick([' ', '\n', ':', '-', '"', "'", '\t', '#', '  ', '[', ']']);
    text = text.slice(0, at) + insert + text.slice(at + (random() < 0.5 ? 1 : 0));
  }
  if (random() < 0.5) {
    const lines = text.split('\n');
    for (let i = 0; i < 2; i += 1) {
      const at = Math.floor(random() * lines.length);
      const roll = random();
      if (roll < 0.3) lines[at] = ` ${lines[at] ?? ''}`;
      else if (roll < 0.6) lines[at] = (lines[at] ?? '').replace(/^ /, '');
      else if (roll < 0.7) lines.splice(at, 1);
      else lines.splice(at, 0, pick(['', '# c', '  # c', '-', '  -', ' ', '---', '...']));
    }
    text = lines.join('\n');
  }
  return text;
}

describe('readPlainYaml', () => {
  test('readPlainYaml reads every YAML file in content/ and tests/fixtures/ as yaml does, or declines it', () => {
    const texts = [...listYamlTexts('content'), ...listYamlTexts('tests/fixtures')];
    expect(texts.length).toBeGreaterThan(50);
    const disagreements = texts.flatMap(([file, text]) => {
      const problem = describeDisagreement(text);
      return problem ? [`${file}: ${problem}`] : [];
    });
    expect(disagreements).toEqual([]);
  });

  test('readPlainYaml takes the fast path for the published incidents and actors', () => {
    const records = [...listYamlTexts('content/incidents'), ...listYamlTexts('content/actors')].filter(
      ([file]) => !path.basename(file).startsWith('_'),
    );
    const fast = records.filter(([, text]) => readPlainYaml(text) !== undefined);
    expect(fast.length / records.length).toBeGreaterThan(0.8);
  });

  test.each([
    'a: 1',
    'a: 1_000',
    'a: 0b101',
    'a: -.5',
    'a: +.inf',
    'a: .NaN',
    'a: 0o17',
    'a: 0x1F',
    'a: 012',
    'a: -0',
    'a: 1.50',
    'a: 2016-02-04',
    'a: NO',
    'a: yes',
    'a: ~',
    '~: a',
    'null: a',
    '"1": a\n1: b',
    'a: "x"#c',
    'a: []#',
    'a: "x\ny"',
    'a:\n  - b\n -\n  - c',
    'a:\n  -\n - b',
    'a:\n- -\n-\n- b',
    'a: # c\n# d\n  x',
    'a: |2\n\n   x\n   \n',
    '  |\n#: x',
    '---# x',
    'a: [:]',
    'a: {b: 1}',
    '__proto__: 1',
    '\ta: 1',
    'a: 1\na: 2',
    '',
  ])('readPlainYaml(%j) agrees with yaml or declines', (text) => {
    expect(describeDisagreement(text)).toBeUndefined();
  });

  test('readPlainYaml agrees with yaml on 3,000 generated and mangled documents', () => {
    const random = createRandom(20261124);
    const disagreements: string[] = [];
    let accepted = 0;
    for (let i = 0; i < 3_000; i += 1) {
      const text = generateDocument(random);
      if (readPlainYaml(text)) accepted += 1;
      const problem = describeDisagreement(text);
      if (problem) disagreements.push(`${JSON.stringify(text)}: ${problem}`);
    }
    expect(disagreements).toEqual([]);
    expect(accepted).toBeGreaterThan(200);
  });
});

describe('parseYamlWithPositions on the fast path', () => {
  test('parseYamlWithPositions locates a key in a plain file at its line, parsing positions on demand', () => {
    const parsed = parseYamlWithPositions('title: A\nvictims:\n  - name: B\n    country: XX\n', 2);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual({ title: 'A', victims: [{ name: 'B', country: 'XX' }] });
    expect(parsed.locate(['victims', 0, 'country'])).toEqual({ line: 6, column: 5 });
  });
});
