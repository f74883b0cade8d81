import { expect, test } from 'vitest';
import {
  escapeBibtex,
  formatBibtex,
  formatCslJson,
  formatPlainCitation,
  type CitationInput,
} from '../../../../src/lib/export/citation.ts';

const incident: CitationInput = {
  id: '2016-02-bangladesh-bank',
  kind: 'incident',
  title: 'Bangladesh Bank heist via the New York Fed',
  authors: ['Cyber Heist Tracker'],
  siteName: 'Cyber Heist Tracker',
  issued: '2025-09-21',
  url: 'https://cyberheisttracker.org/incidents/2016-02-bangladesh-bank/',
};

const article: CitationInput = {
  id: '2026-01-test',
  kind: 'article',
  title: 'Costs & $ of 100% {lost} funds_#1 ~ ^ \\ done',
  authors: ['Jane Doe', 'Cyber Heist Tracker editors'],
  siteName: 'Cyber Heist Tracker',
  issued: '2026-01',
  url: 'https://cyberheisttracker.org/articles/2026-01-test/?a=1&b=%20',
};

test('escapeBibtex escapes every TeX special character exactly once', () => {
  expect(escapeBibtex('a & b % c $ d # e _ f { g } h ~ i ^ j \\ k')).toBe(
    'a \\& b \\% c \\$ d \\# e \\_ f \\{ g \\} h \\textasciitilde{} i \\textasciicircum{} j \\textbackslash{} k',
  );
  expect(escapeBibtex('Bancomext — “quoted”')).toBe('Bancomext — “quoted”');
});

test('formatBibtex writes a @misc entry with escaped text, a verbatim URL and the date’s precision', () => {
  expect(formatBibtex(article)).toBe(
    [
      '@misc{cht-2026-01-test,',
      '  author = {{Jane Doe} and {Cyber Heist Tracker editors}},',
      '  title = {{Costs \\& \\$ of 100\\% \\{lost\\} funds\\_\\#1 \\textasciitilde{} \\textasciicircum{} \\textbackslash{} done}},',
      '  howpublished = {Analysis, Cyber Heist Tracker},',
      '  year = {2026},',
      '  month = jan,',
      '  url = {https://cyberheisttracker.org/articles/2026-01-test/?a=1&b=%20}',
      '}',
    ].join('\n'),
  );
});

test('formatBibtex keeps braces balanced whatever the title holds', () => {
  const text = formatBibtex({ ...article, title: '}}{{ unbalanced {' });
  const depth = [...text.replace(/\\[{}]/g, '')].reduce(
    (d, c) => d + (c === '{' ? 1 : c === '}' ? -1 : 0),
    0,
  );
  expect(depth).toBe(0);
});

test('formatCslJson gives one CSL item with literal authors, date parts at the date’s precision and the permalink', () => {
  const items = JSON.parse(formatCslJson(incident)) as unknown[];
  expect(items).toEqual([
    {
      id: 'cht-2016-02-bangladesh-bank',
      type: 'webpage',
      title: 'Bangladesh Bank heist via the New York Fed',
      author: [{ literal: 'Cyber Heist Tracker' }],
      'container-title': 'Cyber Heist Tracker',
      publisher: 'Cyber Heist Tracker',
      genre: 'Incident record',
      issued: { 'date-parts': [[2025, 9, 21]] },
      URL: 'https://cyberheisttracker.org/incidents/2016-02-bangladesh-bank/',
    },
  ]);
  const [articleItem] = JSON.parse(formatCslJson(article)) as Array<{ type: string; issued: unknown }>;
  expect(articleItem).toMatchObject({ type: 'post-weblog', issued: { 'date-parts': [[2026, 1]] } });
  const [dataset] = JSON.parse(
    formatCslJson({ ...incident, id: 'dataset', kind: 'dataset', version: 'abc1234' }),
  ) as Array<Record<string, unknown>>;
  expect(dataset).toMatchObject({ type: 'dataset', version: 'abc1234', id: 'cht-dataset' });
});

test('formatCslJson keeps date parts on one line without touching number lists inside strings', () => {
  const text = formatCslJson({ ...incident, title: 'Lists [1,2] and [3, 4]' });
  expect(text).toContain('"date-parts": [\n        [2025, 9, 21]\n      ]');
  expect(text).toContain('"title": "Lists [1,2] and [3, 4]"');
});

test('formatPlainCitation names authors, date, title, kind and permalink', () => {
  expect(formatPlainCitation(incident)).toBe(
    'Cyber Heist Tracker (2025, September 21). Bangladesh Bank heist via the New York Fed [Incident record]. https://cyberheisttracker.org/incidents/2016-02-bangladesh-bank/',
  );
  expect(formatPlainCitation({ ...article, title: 'Title' })).toBe(
    'Jane Doe and Cyber Heist Tracker editors (2026, January). Title [Analysis]. Cyber Heist Tracker. https://cyberheisttracker.org/articles/2026-01-test/?a=1&b=%20',
  );
  expect(formatPlainCitation({ ...incident, kind: 'dataset', issued: '2026', version: 'abc1234' })).toContain(
    '(2026). Bangladesh Bank heist via the New York Fed [Data set, version abc1234].',
  );
});
