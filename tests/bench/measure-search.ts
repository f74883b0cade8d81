/**
 * What a typical search costs a reader at scale: loads /search/?q=<word> in Chromium against a
 * built site and sums the bytes of every /pagefind/ response (the engine, its WebAssembly, the
 * index chunks and filters the query needed, and the result fragments shown). Reported as sent by
 * `astro preview` (no compression) and gzip-compressed, as a static host would send it (Pagefind's
 * index files are compressed already; its scripts are not).
 */
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../quality/support/browser.ts';
import { startPreview } from './preview-server.ts';

export interface SearchTransfer {
  query: string;
  requests: number;
  bytes: number;
  gzipBytes: number;
  results: string;
  /** The largest responses, `path: bytes`, for seeing where the bytes go. */
  largest: string[];
}

export async function measureSearchTransfer(
  repoRoot: string,
  distDir: string,
  query: string,
): Promise<SearchTransfer> {
  const server = await startPreview(repoRoot, distDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const bodies: Array<Promise<{ path: string; body: Buffer } | undefined>> = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.startsWith('/pagefind/'))
        bodies.push(
          response
            .body()
            .then((body) => ({ path: pathname, body }))
            .catch(() => undefined),
        );
    });
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    // The first results are rendered once their fragments arrived.
    await page.locator('.search-results li').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const results = (await page.locator('.search-status').textContent())?.trim() ?? '';
    const loaded = (await Promise.all(bodies)).filter((entry) => entry !== undefined);
    return {
      query,
      requests: loaded.length,
      bytes: loaded.reduce((sum, { body }) => sum + body.length, 0),
      gzipBytes: loaded.reduce((sum, { body }) => sum + Math.min(body.length, gzipSync(body).length), 0),
      results,
      largest: [...loaded]
        .sort((a, b) => b.body.length - a.body.length)
        .slice(0, 5)
        .map(
          ({ path, body }) => `${path.replace(/^\/pagefind\//, '')}: ${(body.length / 1024).toFixed(0)} KB`,
        ),
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
