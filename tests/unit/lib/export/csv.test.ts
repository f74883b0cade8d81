import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { formatCsv, formatCsvField } from '../../../../src/lib/export/csv.ts';

const HOSTILE = [
  'plain',
  'comma, inside',
  'a "quoted" word',
  '"starts and ends with quotes"',
  'line one\nline two',
  'windows\r\nline',
  'carriage\rreturn',
  '  leading and trailing spaces  ',
  '',
  'semi;colons;stay',
  '=HYPERLINK("https://example.com")',
  'unicode: Bancomext — “quoted” ₿ 北朝鮮',
  ',',
  '"',
  '""',
];

test('formatCsvField quotes only what needs quoting and doubles inner quotes', () => {
  expect(formatCsvField('plain')).toBe('plain');
  expect(formatCsvField('a,b')).toBe('"a,b"');
  expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
  expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
  expect(formatCsvField(' padded')).toBe('" padded"');
  expect(formatCsvField(undefined)).toBe('');
  expect(formatCsvField(101_000_000)).toBe('101000000');
});

test('formatCsv output parses back to exactly the values written, hostile ones included', () => {
  const rows = HOSTILE.map((value, index) => [String(index), value, index]);
  const csv = formatCsv(['n', 'value', 'number'], rows);
  const parsed: string[][] = parse(csv, { relax_column_count: false });
  expect(parsed).toEqual([
    ['n', 'value', 'number'],
    ...HOSTILE.map((value, index) => [String(index), value, String(index)]),
  ]);
});

test('formatCsv ends every record with CRLF, as RFC 4180 asks', () => {
  expect(formatCsv(['a', 'b'], [['1', '2']])).toBe('a,b\r\n1,2\r\n');
});

test('formatCsv refuses a row whose width differs from the header', () => {
  expect(() => formatCsv(['a', 'b'], [['1']])).toThrow(/row 1 has 1 fields, expected 2/);
});
