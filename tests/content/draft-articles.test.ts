// A draft article (draft: true) must not reach any production output: no page, no listing, no
// feed or export, no search index entry. Builds content-valid plus one draft into a temp folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const DRAFT_ID = '2026-03-unpublished-draft';
const PUBLISHED_ID = '2026-01-test-article';
/** A word only the draft contains, to look for in the search index. */
const DRAFT_WORD = 'quetzalcoatl';
const CONTENT_DIR = 'node_modules/.cache/cht-draft-articles-test/content';

let contentDir: string;
let outDir: string;
let build: ReturnType<typeof spawnSync>;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((entry) => path.join(dir, entry))
    .filter((file) => statSync(file).isFile());
}

/** File text, unzipped first for Pagefind's gzip-compressed index and fragments. */
function readText(file: string): string {
  const bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('latin1');
  return bytes.toString('utf8');
}

beforeAll(() => {
  // A fixed folder that outlives the test: Astro's content cache (.astro/content-modules.mjs)
  // keeps the previous build's MDX paths, and the next build fails if those files are gone.
  contentDir = CONTENT_DIR;
  rmSync(contentDir, { recursive: true, force: true });
  outDir = mkdtempSync(path.join(tmpdir(), 'cht-draft-dist-'));
  cpSync('tests/fixtures/content-valid', contentDir, { recursive: true });
  cpSync('tests/fixtures/draft-article', contentDir, { recursive: true });
  build = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, CHT_CONTENT_DIR: contentDir, CHT_DIST_DIR: outDir },
    encoding: 'utf8',
    timeout: 180_000,
  });
}, 180_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('draft articles in a production build', () => {
  test('the build succeeds and publishes the non-draft article', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    expect(existsSync(path.join(outDir, 'articles', PUBLISHED_ID, 'index.html'))).toBe(true);
  });

  test('the draft has no page', () => {
    expect(existsSync(path.join(outDir, 'articles', DRAFT_ID))).toBe(false);
  });

  test('no built file names the draft or holds its text: listings, feeds, exports, sitemap', () => {
    const mentions = listFiles(outDir).filter((file) => {
      const text = readText(file).toLowerCase();
      return text.includes(DRAFT_ID) || text.includes(DRAFT_WORD);
    });
    expect(mentions.map((file) => path.relative(outDir, file))).toEqual([]);
  });

  test('the Pagefind index holds the published article but not the draft', () => {
    const pagefind = listFiles(path.join(outDir, 'pagefind')).map(readText).join('\n');
    expect(pagefind).toContain(`/articles/${PUBLISHED_ID}/`);
    expect(pagefind.toLowerCase()).not.toContain(DRAFT_WORD);
    expect(pagefind).not.toContain(DRAFT_ID);
  });
});
