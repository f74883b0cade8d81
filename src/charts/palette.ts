/**
 * Colour is named, never written, in chart SVG: marks carry classes and the values live in
 * src/styles/charts.css as `--chart-*` custom properties, so dark mode and print can swap them.
 * The hatch pattern gives a second, non-colour channel for "partly" states (recovered, disrupted).
 */
import { renderElement } from './svg.ts';

/** Okabe-Ito has eight colours that stay distinct for the common colour-vision deficiencies. */
export const CATEGORY_CLASS_COUNT = 8;

/** Sequential steps available for choropleths (`--chart-seq-1` … `--chart-seq-5`). */
export const SEQUENTIAL_CLASS_COUNT = 5;

/** `chart-cat-1` … `chart-cat-8`, cycling; the caller keeps the index stable (e.g. lane order). */
export function getCategoryClass(index: number): string {
  return `chart-cat-${(index % CATEGORY_CLASS_COUNT) + 1}`;
}

/** `chart-seq-1` (lightest) … `chart-seq-5` (strongest) for a step index counted from 0. */
export function getSequentialClass(step: number): string {
  const clamped = Math.min(Math.max(step, 0), SEQUENTIAL_CLASS_COUNT - 1);
  return `chart-seq-${clamped + 1}`;
}

/** The id the hatch pattern gets under a chart's prefix. */
export function getHatchPatternId(idPrefix: string): string {
  return `${idPrefix}-hatch`;
}

/**
 * Diagonal stripes drawn in the background colour, laid over a filled mark: the mark keeps its
 * own colour and gains stripes, so the pattern works for every category colour at once.
 */
export function renderHatchPattern(idPrefix: string): string {
  return renderElement(
    'pattern',
    {
      id: getHatchPatternId(idPrefix),
      width: 5,
      height: 5,
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    },
    renderElement('line', { class: 'chart-hatch-line', x1: 0, y1: 0, x2: 0, y2: 5 }),
  );
}
