// Social cards over the built site: every incident, actor and article page shares a 1200×630 PNG
// as og:image and twitter:image, at an absolute URL under SITE_URL and the base path, that exists
// in dist/ and is what its IHDR says. Other pages keep a summary card without an image.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/content-checks/load-content.ts';
import { validateRecords } from '../../src/content-checks/validate-records.ts';
import { getContentRoot } from '../../src/lib/content-root.ts';
import { listSocialCards, type SocialCard } from '../../src/lib/social-cards/card-list.ts';
import { readPngSize } from '../../src/lib/social-cards/encode-png.ts';
import { SITE, siteUrl } from '../../src/site-config.ts';
import { getDistDir, listFiles, toSitePath } from './support/dist.ts';

const DIST = getDistDir();
const cards = listSocialCards(validateRecords(loadContent(getContentRoot()).records).content);
const PAGE_FOLDER: Record<SocialCard['kind'], string> = {
  incidents: 'incidents',
  actors: 'actors',
  articles: 'articles',
};

/** `property`/`name` → content of every <meta> in the page head, entities decoded. */
function readMeta(html: string): Map<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  const meta = new Map<string, string>();
  for (const [, key, value] of head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g))
    if (key !== undefined && value !== undefined)
      meta.set(
        key,
        value
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      );
  return meta;
}

/** The dist/ file an absolute URL of this site is served from. */
function toDistFile(url: string): string | undefined {
  const base = new URL(siteUrl('/'));
  const parsed = new URL(url);
  if (parsed.origin !== base.origin || !parsed.pathname.startsWith(base.pathname)) return undefined;
  return path.join(DIST, decodeURIComponent(parsed.pathname.slice(base.pathname.length)));
}

describe('social cards', () => {
  let pages: Array<{ card: SocialCard; meta: Map<string, string> }>;

  beforeAll(() => {
    pages = cards.map((card) => {
      const file = path.join(DIST, PAGE_FOLDER[card.kind], card.id, 'index.html');
      return { card, meta: existsSync(file) ? readMeta(readFileSync(file, 'utf8')) : new Map() };
    });
  });

  test('every incident, actor and article has a card', () => {
    for (const kind of ['incidents', 'actors', 'articles'] as const)
      expect(cards.filter((card) => card.kind === kind).length, kind).toBeGreaterThan(0);
  });

  test('each of their pages has og:image and twitter:image at the absolute URL of its card', () => {
    const wrong = pages.flatMap(({ card, meta }) => {
      const expected = siteUrl(card.path);
      const problems = [];
      if (meta.get('og:image') !== expected) problems.push(`${card.path}: og:image ${meta.get('og:image')}`);
      if (meta.get('twitter:image') !== expected)
        problems.push(`${card.path}: twitter:image ${meta.get('twitter:image')}`);
      if (!expected.startsWith(new URL(SITE.basePath, SITE.url).href))
        problems.push(`${expected}: not under the site URL`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  test('each declares a 1200×630 PNG with a text alternative, and a large-image Twitter card', () => {
    const wrong = pages.filter(
      ({ meta }) =>
        meta.get('og:image:type') !== 'image/png' ||
        meta.get('og:image:width') !== '1200' ||
        meta.get('og:image:height') !== '630' ||
        (meta.get('og:image:alt') ?? '').length < 20 ||
        meta.get('twitter:image:alt') !== meta.get('og:image:alt') ||
        meta.get('twitter:card') !== 'summary_large_image',
    );
    expect(wrong.map(({ card }) => card.path)).toEqual([]);
  });

  test('the alt text names what the card shows: its title and the site', () => {
    for (const { card, meta } of pages) {
      expect(meta.get('og:image:alt')).toContain(card.content.title);
      expect(meta.get('og:image:alt')).toContain(SITE.name);
    }
  });

  test('every og:image is a file in dist/ whose PNG header says 1200×630', () => {
    const wrong = pages.flatMap(({ card, meta }) => {
      const file = toDistFile(meta.get('og:image') ?? '');
      if (!file || !existsSync(file)) return [`${card.path}: no file for ${meta.get('og:image')}`];
      const size = readPngSize(readFileSync(file));
      return size?.width === 1200 && size.height === 630 ? [] : [`${card.path}: ${JSON.stringify(size)}`];
    });
    expect(wrong).toEqual([]);
  });

  test('other pages share no image and keep a summary card; no card is published without its page', () => {
    const withCard = new Set(cards.map((card) => `/${PAGE_FOLDER[card.kind]}/${card.id}/`));
    const others = listFiles(DIST, '.html')
      .map((file) => ({
        page: toSitePath(file),
        meta: readMeta(readFileSync(path.join(DIST, file), 'utf8')),
      }))
      .filter(({ page }) => !withCard.has(page));
    expect(others.filter(({ meta }) => meta.has('og:image')).map(({ page }) => page)).toEqual([]);
    expect(
      others.filter(({ meta }) => meta.has('twitter:card') && meta.get('twitter:card') !== 'summary'),
    ).toEqual([]);
    const published = listFiles(path.join(DIST, 'cards'), '.png').map((file) => `/cards/${file}`);
    expect(published).toEqual(cards.map((card) => card.path).sort());
  });
});
