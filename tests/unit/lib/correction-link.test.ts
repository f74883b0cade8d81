import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { CORRECTION_FORM, getCorrectionFormUrl } from '../../../src/lib/correction-link.ts';

const form = parse(readFileSync(`.github/ISSUE_TEMPLATE/${CORRECTION_FORM}`, 'utf8')) as {
  body: Array<{ type: string; id?: string }>;
};

test('getCorrectionFormUrl opens the correction form with the record and its page filled in', () => {
  const url = new URL(
    getCorrectionFormUrl('https://github.com/org/repo/', {
      kind: 'incident',
      id: '2016-02-bangladesh-bank',
      title: 'Bangladesh Bank heist & more',
      pageUrl: 'https://example.org/incidents/2016-02-bangladesh-bank/',
    }),
  );
  expect(url.origin + url.pathname).toBe('https://github.com/org/repo/issues/new');
  expect(url.searchParams.get('template')).toBe('correction.yml');
  expect(url.searchParams.get('record')).toBe('incident/2016-02-bangladesh-bank');
  expect(url.searchParams.get('page')).toBe('https://example.org/incidents/2016-02-bangladesh-bank/');
  expect(url.searchParams.get('title')).toBe('Correction: Bangladesh Bank heist & more');
});

test('every query parameter the link fills is a field of the correction form', () => {
  const ids = new Set(form.body.flatMap((field) => (field.id ? [field.id] : [])));
  const url = new URL(
    getCorrectionFormUrl('https://github.com/o/r', {
      kind: 'a',
      id: 'b',
      title: 'c',
      pageUrl: 'https://x.org/',
    }),
  );
  for (const key of url.searchParams.keys())
    if (key !== 'template' && key !== 'title') expect(ids.has(key), key).toBe(true);
});

test('the issue forms parse and name a title, a description and required fields', () => {
  for (const file of ['correction.yml', 'new-incident.yml']) {
    const parsed = parse(readFileSync(`.github/ISSUE_TEMPLATE/${file}`, 'utf8')) as {
      name: string;
      description: string;
      body: Array<{ type: string; validations?: { required?: boolean } }>;
    };
    expect(parsed.name, file).toBeTruthy();
    expect(parsed.description, file).toBeTruthy();
    expect(parsed.body.filter((field) => field.validations?.required).length, file).toBeGreaterThan(2);
  }
});
