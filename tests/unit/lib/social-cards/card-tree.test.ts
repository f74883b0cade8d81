import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { CardContent } from '../../../../src/lib/social-cards/card-content.ts';
import {
  CARD_HEIGHT,
  CARD_PALETTE,
  CARD_WIDTH,
  layoutCard,
  type CardElement,
} from '../../../../src/lib/social-cards/card-tree.ts';

const card: CardContent = {
  eyebrow: 'Incident · Heist',
  title: 'Ronin Network bridge theft',
  titleSize: 'large',
  figure: '$625M stolen',
  details: ['March 2022', 'Attributed to Lazarus Group'],
};

function texts(element: CardElement): string[] {
  const { children } = element.props;
  if (children === undefined) return [];
  if (typeof children === 'string') return [children];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

function styles(element: CardElement): Array<Record<string, string | number>> {
  const { children } = element.props;
  const nested = Array.isArray(children)
    ? children
    : children && typeof children !== 'string'
      ? [children]
      : [];
  return [element.props.style, ...nested.flatMap(styles)];
}

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

test('the card palette is the light palette of src/styles/tokens.css', () => {
  const tokens = readFileSync(new URL('../../../../src/styles/tokens.css', import.meta.url), 'utf8');
  const light = tokens.slice(0, tokens.indexOf('@media'));
  for (const [name, value] of Object.entries({
    bg: CARD_PALETTE.bg,
    text: CARD_PALETTE.text,
    accent: CARD_PALETTE.accent,
    muted: CARD_PALETTE.muted,
    border: CARD_PALETTE.border,
  }))
    expect(light, name).toContain(`--color-${name}: ${value};`);
});

test('every text colour on the card has at least 7:1 contrast with its background', () => {
  for (const colour of [CARD_PALETTE.text, CARD_PALETTE.accent, CARD_PALETTE.muted])
    expect(contrast(colour, CARD_PALETTE.bg)).toBeGreaterThanOrEqual(7);
});

test('layoutCard draws a 1200×630 card with its text in reading order and the site mark last', () => {
  const tree = layoutCard(card);
  expect(tree.props.style).toMatchObject({ width: CARD_WIDTH, height: CARD_HEIGHT });
  expect(texts(tree)).toEqual([
    'Incident · Heist',
    'Ronin Network bridge theft',
    '$625M stolen',
    'March 2022',
    'Attributed to Lazarus Group',
    'Cyber Heist Tracker',
  ]);
});

test('a card without a figure draws no empty figure line', () => {
  expect(texts(layoutCard({ ...card, figure: undefined }))).not.toContain('');
  expect(texts(layoutCard({ ...card, figure: undefined }))).toHaveLength(5);
});

test('smaller title sizes get smaller type, and the title never runs past three lines', () => {
  const titleStyle = (size: CardContent['titleSize']) =>
    styles(layoutCard({ ...card, titleSize: size })).find((style) => style['lineClamp'] !== undefined);
  expect(titleStyle('large')?.['lineClamp']).toBe(3);
  const px = (size: CardContent['titleSize']) => Number(titleStyle(size)?.['fontSize']);
  expect(px('large')).toBeGreaterThan(px('medium'));
  expect(px('medium')).toBeGreaterThan(px('small'));
  // At the ~500 px a feed shows a 1200 px card, 28 px type is still about 12 px tall.
  expect(
    Math.min(...styles(layoutCard(card)).map((s) => Number(s['fontSize'] ?? Infinity))),
  ).toBeGreaterThanOrEqual(28);
});
