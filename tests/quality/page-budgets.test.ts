// Page budgets over the built site, gzip-compressed: what a reader downloads stays small as the
// record grows. `npm run budgets` prints the largest pages against each budget.
import { beforeAll, describe, expect, test } from 'vitest';
import {
  BUDGETS,
  findBlockingFonts,
  isIncidentPage,
  measureSite,
  type PageWeight,
} from '../bench/page-weights.ts';
import { getDistDir } from './support/dist.ts';

let distDir: string;
let pages: PageWeight[];

beforeAll(() => {
  distDir = getDistDir();
  pages = measureSite(distDir);
});

const over = (size: (page: PageWeight) => number, limit: number, among = pages) =>
  among.filter((page) => size(page) > limit).map((page) => `${page.page}: ${size(page)} bytes`);

describe('page budgets', () => {
  test('every incident page is at most 30 KB of gzip-compressed HTML', () => {
    const incidents = pages.filter((page) => isIncidentPage(page.page));
    expect(incidents.length).toBeGreaterThan(0);
    expect(over((page) => page.htmlGzip, BUDGETS.incidentHtml, incidents)).toEqual([]);
  });

  test('every page links at most 12 KB of gzip-compressed CSS in all', () => {
    expect(pages.every((page) => page.stylesheets.length > 0)).toBe(true);
    expect(over((page) => page.cssGzip, BUDGETS.css)).toEqual([]);
  });

  test('every page loads at most 10 KB of gzip-compressed JavaScript before the reader asks for search', () => {
    expect(pages.some((page) => page.jsGzip > 0)).toBe(true);
    expect(over((page) => page.jsGzip, BUDGETS.js)).toEqual([]);
  });

  test('no page loads Pagefind until the reader asks for search', () => {
    expect(pages.filter((page) => page.scripts.some((script) => script.startsWith('/pagefind/')))).toEqual(
      [],
    );
  });

  test('no web font can block rendering: no font-display other than swap or optional, no font preload', () => {
    const { problems, fontFiles } = findBlockingFonts(distDir);
    expect(problems).toEqual([]);
    // The site uses the reader's system fonts.
    expect(fontFiles).toEqual([]);
  });
});
