/**
 * The layout of a social card as the element tree satori takes (plain objects in the shape of React
 * elements, so no JSX runtime is needed). Pure: the renderer (src/social-cards/render-card.ts) turns
 * it into an SVG, then a PNG. Colours are the site's light palette (src/styles/tokens.css; a unit
 * test keeps them equal); every text colour has at least 7:1 contrast on the background.
 */
import { CARD_MARK, type CardContent, type CardTitleSize } from './card-content.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The family name the renderer registers the font under. */
export const CARD_FONT_FAMILY = 'Atkinson Hyperlegible';

/** tokens.css, light scheme: a shared image has no dark mode. */
export const CARD_PALETTE = {
  bg: '#fdfcfa',
  text: '#1c1b19',
  accent: '#a4161a',
  muted: '#55524b',
  border: '#d6d2c8',
} as const;

/** Pixel sizes. At the 500 px a feed shows, the smallest (28 px) is still 12 px tall. */
const TITLE_PX: Record<CardTitleSize, number> = { large: 76, medium: 64, small: 54 };
const FIGURE_PX = 64;
const DETAIL_PX = 32;
const EYEBROW_PX = 28;
const MARK_PX = 28;
const PADDING_X = 72;

export interface CardElement {
  type: 'div';
  props: {
    style: Record<string, string | number>;
    children?: string | CardElement | CardElement[];
  };
}

function div(style: Record<string, string | number>, children?: string | CardElement[]): CardElement {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/** The card: a band of accent colour, the eyebrow, the title, then the figure, details and the mark. */
export function layoutCard(card: CardContent): CardElement {
  const bottom: CardElement[] = [];
  if (card.figure)
    bottom.push(
      div(
        {
          display: 'flex',
          fontSize: FIGURE_PX,
          fontWeight: 700,
          color: CARD_PALETTE.accent,
          lineHeight: 1.1,
        },
        card.figure,
      ),
    );
  for (const line of card.details)
    bottom.push(
      div(
        { display: 'flex', fontSize: DETAIL_PX, color: CARD_PALETTE.muted, lineHeight: 1.3, marginTop: 8 },
        line,
      ),
    );
  const body = [
    div(
      {
        display: 'flex',
        fontSize: EYEBROW_PX,
        fontWeight: 700,
        color: CARD_PALETTE.accent,
        textTransform: 'uppercase',
        letterSpacing: 2,
      },
      card.eyebrow,
    ),
    div(
      {
        display: 'block',
        marginTop: 14,
        fontSize: TITLE_PX[card.titleSize],
        fontWeight: 700,
        lineHeight: 1.12,
        // A safety net behind card-content.ts's character budget: never a fourth line.
        lineClamp: 3,
      },
      card.title,
    ),
    div({ display: 'flex', flexDirection: 'column', marginTop: 'auto' }, bottom),
    div(
      {
        display: 'flex',
        alignItems: 'center',
        marginTop: 22,
        paddingTop: 16,
        borderTop: `2px solid ${CARD_PALETTE.border}`,
        fontSize: MARK_PX,
        fontWeight: 700,
      },
      [
        div({ width: 20, height: 20, backgroundColor: CARD_PALETTE.accent, marginRight: 14 }),
        div({ display: 'flex' }, CARD_MARK),
      ],
    ),
  ];
  // The band is a box of its own: on the root, satori would add a border to the height.
  return div(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: CARD_PALETTE.bg,
      color: CARD_PALETTE.text,
      fontFamily: CARD_FONT_FAMILY,
    },
    [
      div({ height: 14, backgroundColor: CARD_PALETTE.accent }),
      div(
        { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `44px ${PADDING_X}px 36px` },
        body,
      ),
    ],
  );
}
