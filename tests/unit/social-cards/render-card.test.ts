import { expect, test } from 'vitest';
import type { CardContent } from '../../../src/lib/social-cards/card-content.ts';
import { readPngSize } from '../../../src/lib/social-cards/encode-png.ts';
import { createCardRenderer, getRendererDigest } from '../../../src/social-cards/render-card.ts';

const card: CardContent = {
  eyebrow: 'Incident · Heist',
  title: 'Łódź exchange drained through a bridge',
  titleSize: 'large',
  figure: '$625M stolen',
  details: ['March 2022', 'Attributed to Lazarus Group'],
};

test('a card renders as a 1200×630 PNG, byte for byte the same each time', async () => {
  const renderer = createCardRenderer();
  const first = await renderer.render(card);
  const second = await createCardRenderer().render(card);
  expect(readPngSize(first.png)).toEqual({ width: 1200, height: 630 });
  expect(second.png.equals(first.png)).toBe(true);
  expect(first.png.length).toBeLessThan(60_000);
  for (const ms of [first.satoriMs, first.resvgMs, first.encodeMs]) expect(ms).toBeGreaterThan(0);
});

test('different text draws a different card', async () => {
  const renderer = createCardRenderer();
  const a = await renderer.render(card);
  const b = await renderer.render({ ...card, figure: '$626M stolen' });
  expect(b.png.equals(a.png)).toBe(false);
});

test('the renderer digest is stable within a checkout', () => {
  expect(getRendererDigest()).toMatch(/^[0-9a-f]{16}$/);
  expect(getRendererDigest()).toBe(getRendererDigest());
});
