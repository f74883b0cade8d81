/**
 * Draws a card: satori lays out the element tree (src/lib/social-cards/card-tree.ts) and writes an
 * SVG with every glyph as a path, resvg rasterizes it with no fonts of its own (loading the system's
 * would cost more than the drawing), and encode-png.ts stores the pixels. The font comes from an npm
 * package (Atkinson Hyperlegible, SIL Open Font License 1.1, in .woff: satori cannot read woff2) and
 * is parsed once per renderer, not once per card. Nothing touches the network.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import type { CardContent } from '../lib/social-cards/card-content.ts';
import { CARD_FONT_FAMILY, CARD_HEIGHT, CARD_WIDTH, layoutCard } from '../lib/social-cards/card-tree.ts';
import { encodePng } from '../lib/social-cards/encode-png.ts';

const require = createRequire(import.meta.url);

/** Latin and Latin Extended (accented names), regular and bold. */
const FONT_FILES = ['latin-400', 'latin-700', 'latin-ext-400', 'latin-ext-700'].map((name) =>
  require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${name}-normal.woff`),
);

/**
 * Everything besides the card's text that decides its pixels: this renderer's and the layout's
 * source, the font files and the library versions. It is part of every cache key (card-cache.ts),
 * so changing any of them draws every card anew, without anyone remembering to bump a version.
 */
export function getRendererDigest(): string {
  const hash = createHash('sha256');
  const sources = [
    new URL('./render-card.ts', import.meta.url),
    new URL('../lib/social-cards/card-tree.ts', import.meta.url),
    new URL('../lib/social-cards/encode-png.ts', import.meta.url),
  ];
  for (const file of [...sources, ...FONT_FILES]) hash.update(readFileSync(file));
  for (const name of ['satori', '@resvg/resvg-js']) {
    const { version } = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as {
      version: string;
    };
    hash.update(`${name}@${version}`);
  }
  return hash.digest('hex').slice(0, 16);
}

export interface RenderedCard {
  png: Buffer;
  /** Milliseconds spent in each step, for the build log and the benchmark. */
  satoriMs: number;
  resvgMs: number;
  encodeMs: number;
}

export interface CardRenderer {
  render(content: CardContent): Promise<RenderedCard>;
}

export function createCardRenderer(): CardRenderer {
  // One array for every call: satori keeps the parsed fonts per array it is given.
  const fonts: Font[] = FONT_FILES.map((file) => ({
    // satori takes a glyph from the first font of a family and does not look further within it;
    // named apart, the Latin Extended files are a fallback it does search (Ł, ő, ș…).
    name: file.includes('-latin-ext-') ? `${CARD_FONT_FAMILY} Extended` : CARD_FONT_FAMILY,
    data: readFileSync(file),
    weight: file.includes('-700-') ? 700 : 400,
    style: 'normal',
  }));
  return {
    async render(content) {
      const started = performance.now();
      const svg = await satori(layoutCard(content) as Parameters<typeof satori>[0], {
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        fonts,
      });
      const laidOut = performance.now();
      const image = new Resvg(svg, {
        font: { loadSystemFonts: false },
        fitTo: { mode: 'original' },
      }).render();
      const pixels = image.pixels;
      const rasterized = performance.now();
      const png = encodePng(pixels, image.width, image.height);
      return {
        png,
        satoriMs: laidOut - started,
        resvgMs: rasterized - laidOut,
        encodeMs: performance.now() - rasterized,
      };
    },
  };
}
