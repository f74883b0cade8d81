import { describe, expect, test } from 'vitest';
import { getRecordId, getRecordPath, isRecordKind, MAX_SLUG_LENGTH, slugify } from '../../../src/lib/slug.ts';

describe('slugify', () => {
  test('slugify("Bangladesh Bank heist") returns "bangladesh-bank-heist"', () => {
    expect(slugify('Bangladesh Bank heist')).toBe('bangladesh-bank-heist');
  });

  test('slugify folds accents, joins apostrophes, reads & as "and" and splits on other punctuation', () => {
    expect(slugify('Banco de Crédito del Perú')).toBe('banco-de-credito-del-peru');
    expect(slugify('Bybit’s $1.5 billion: cold-wallet theft')).toBe('bybits-1-5-billion-cold-wallet-theft');
    expect(slugify('Lazarus & APT38\'s  "FASTCash" (2016–2018)')).toBe(
      'lazarus-and-apt38s-fastcash-2016-2018',
    );
  });

  test('slugify returns an id the content schema accepts, or an empty string for a title without letters', () => {
    for (const title of ['  --Hello--  ', 'Ünïcödé', 'A/B\\C', 'The return of Lazarus']) {
      expect(slugify(title)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
    expect(slugify('—?!')).toBe('');
  });

  test(`slugify cuts long titles at a word boundary within ${MAX_SLUG_LENGTH} characters`, () => {
    const slug = slugify(
      'How a hacked Polish regulator website exposed a North Korean target list of central banks',
    );
    expect(slug).toBe('how-a-hacked-polish-regulator-website-exposed-a-north-korean');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slugify('x'.repeat(80))).toBe('x'.repeat(MAX_SLUG_LENGTH));
  });
});

describe('record ids and paths', () => {
  test('getRecordId prefixes incidents and articles with the YYYY-MM of the date, actors with nothing', () => {
    expect(getRecordId('incident', 'Bangladesh Bank heist', '2016-02-04')).toBe(
      '2016-02-bangladesh-bank-heist',
    );
    expect(getRecordId('article', 'The return of Lazarus', '2026-11-24')).toBe(
      '2026-11-the-return-of-lazarus',
    );
    expect(getRecordId('actor', 'Lazarus Group', '2026-11-24')).toBe('lazarus-group');
    expect(getRecordId('facilitator', 'Tian Yinyin', '2026-11-24')).toBe('tian-yinyin');
  });

  test('getRecordId files an action under its whole date, at the precision given', () => {
    expect(getRecordId('action', 'DOJ charges Park Jin Hyok', '2018-09-06')).toBe(
      '2018-09-06-doj-charges-park-jin-hyok',
    );
    expect(getRecordId('action', 'Ronin funds seized', '2022-09')).toBe('2022-09-ronin-funds-seized');
    expect(() => getRecordId('action', 'X', 'Sept 2022')).toThrow(/expected a date/);
  });

  test('getRecordId uses a year-only prefix when only the year is known', () => {
    expect(getRecordId('incident', 'FASTCash ATM cash-outs', '2016')).toBe('2016-fastcash-atm-cash-outs');
  });

  test('getRecordId refuses a title without letters or digits and a malformed date', () => {
    expect(() => getRecordId('actor', '???', '2026-11-24')).toThrow(/no letters or digits/);
    expect(() => getRecordId('incident', 'Heist', 'Feb 2016')).toThrow(/expected a date/);
  });

  test('getRecordPath puts each kind in its folder with its extension', () => {
    expect(getRecordPath('content', 'incident', '2016-02-x')).toBe('content/incidents/2016-02-x.yaml');
    expect(getRecordPath('content/', 'article', '2026-11-y')).toBe('content/articles/2026-11-y.mdx');
    expect(getRecordPath('/tmp/c', 'actor', 'z')).toBe('/tmp/c/actors/z.yaml');
  });

  test('isRecordKind accepts the kinds `npm run new` can start, and nothing else', () => {
    expect(['incident', 'article', 'actor', 'action', 'facilitator', 'author', ''].map(isRecordKind)).toEqual(
      [true, true, true, true, true, false, false],
    );
  });
});
