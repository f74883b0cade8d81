import { describe, expect, test } from 'vitest';
import { findComponentTags, readExpressionValue } from '../../../src/markdown/mdx-component-tags.ts';

describe('readExpressionValue', () => {
  test('readExpressionValue reads numbers, booleans, strings and arrays of strings', () => {
    expect(readExpressionValue(' 2015 ')).toEqual({ kind: 'number', value: 2015 });
    expect(readExpressionValue('false')).toEqual({ kind: 'boolean', value: false });
    expect(readExpressionValue(`'it\\'s'`)).toEqual({ kind: 'string', value: "it's" });
    expect(readExpressionValue(`["a", 'b',\n ]`)).toEqual({ kind: 'string-array', value: ['a', 'b'] });
    expect(readExpressionValue('[]')).toEqual({ kind: 'string-array', value: [] });
  });

  test('readExpressionValue keeps anything else as an expression', () => {
    expect(readExpressionValue('["a", b]')).toEqual({ kind: 'expression', source: '["a", b]' });
    expect(readExpressionValue('frontmatter.actor')).toEqual({
      kind: 'expression',
      source: 'frontmatter.actor',
    });
    expect(readExpressionValue('[1, 2]')).toEqual({ kind: 'expression', source: '[1, 2]' });
  });
});

describe('findComponentTags', () => {
  test('findComponentTags returns capitalised tags with their props and positions, block or inline', () => {
    const tags = findComponentTags(
      'Intro.\n\n<IncidentMap\n  incidents={["2016-02-x"]}\n  wide\n/>\n\nText <Timeline actor="a" /> here.\n',
    );
    expect(tags).toEqual([
      {
        name: 'IncidentMap',
        line: 3,
        column: 1,
        props: [
          { name: 'incidents', value: { kind: 'string-array', value: ['2016-02-x'] }, line: 4, column: 3 },
          { name: 'wide', value: { kind: 'boolean', value: true }, line: 5, column: 3 },
        ],
      },
      {
        name: 'Timeline',
        line: 8,
        column: 6,
        props: [{ name: 'actor', value: { kind: 'string', value: 'a' }, line: 8, column: 16 }],
      },
    ]);
  });

  test('findComponentTags ignores HTML tags, code spans, code blocks and MDX comments', () => {
    expect(
      findComponentTags('<abbr title="x">Y</abbr> `<Chart />`\n\n```\n<Chart />\n```\n\n{/* <Chart /> */}\n'),
    ).toEqual([]);
  });

  test('findComponentTags reports spread props as "..." and nested components too', () => {
    const tags = findComponentTags('<Timeline {...props}>\n\n<Chart />\n\n</Timeline>\n');
    expect(tags.map((tag) => tag.name)).toEqual(['Timeline', 'Chart']);
    expect(tags[0]?.props).toEqual([
      { name: '...', value: { kind: 'expression', source: '...props' }, line: 1, column: 11 },
    ]);
  });

  test('findComponentTags throws the parser error on invalid MDX', () => {
    expect(() => findComponentTags('<Timeline actor="a">\n\nno closing tag\n')).toThrow(
      /Expected a closing tag/,
    );
  });
});
