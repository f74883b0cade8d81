/**
 * Legend classes for the world map. Incident counts and dollar sums are both heavily skewed (one
 * country with many incidents, most with one or two), so class bounds grow geometrically from the
 * smallest to the largest value instead of in equal steps that would put nearly every country in
 * the first class. Bounds are rounded so the legend reads "$3M–$40M", not "$3.17M–$41.6M".
 */
import { formatUsd } from '../lib/money.ts';
import { getSequentialClass, SEQUENTIAL_CLASS_COUNT } from './palette.ts';

export type ChoroplethValueKind = 'count' | 'usd';

export interface ChoroplethStep {
  /** Smallest value in the class (inclusive). */
  min: number;
  /** Start of the next class (exclusive); Infinity for the last class. */
  max: number;
  label: string;
  className: string;
}

/** Rounds down to one significant digit (3_170_000 → 3_000_000), so bounds are readable. */
function floorToOneSignificant(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return Math.floor(value / magnitude) * magnitude;
}

function getLowerBounds(min: number, max: number, stepCount: number, kind: ChoroplethValueKind): number[] {
  if (kind === 'count' && max <= stepCount) return Array.from({ length: max }, (_, index) => index + 1);
  const start = kind === 'count' ? 1 : floorToOneSignificant(min);
  const ratio = max / start;
  const bounds = Array.from({ length: stepCount }, (_, index) => {
    const raw = start * ratio ** (index / stepCount);
    return kind === 'count' ? Math.round(raw) : floorToOneSignificant(raw);
  });
  // Rounding can merge neighbouring bounds; a class must not be empty by construction.
  return [...new Set(bounds)];
}

function labelCountStep(lower: number, upper: number | undefined, max: number): string {
  const last = upper === undefined ? max : upper - 1;
  return lower === last ? String(lower) : `${lower}–${last}`;
}

function labelUsdStep(lower: number, upper: number | undefined, isFirst: boolean): string {
  if (upper === undefined) return `${formatUsd(lower)} or more`;
  if (isFirst) return `Under ${formatUsd(upper)}`;
  return `${formatUsd(lower)}–${formatUsd(upper)}`;
}

/**
 * Up to `stepCount` classes covering every positive value; an empty list when there is none.
 * Classes spread over the whole palette, so two classes are light and dark, not two light shades.
 */
export function getChoroplethSteps(
  values: readonly number[],
  kind: ChoroplethValueKind,
  stepCount: number = SEQUENTIAL_CLASS_COUNT,
): ChoroplethStep[] {
  const positive = values.filter((value) => value > 0);
  if (positive.length === 0) return [];
  const min = Math.min(...positive);
  const max = Math.max(...positive);
  const bounds = getLowerBounds(min, max, Math.min(stepCount, SEQUENTIAL_CLASS_COUNT), kind);
  const last = bounds.length - 1;
  return bounds.map((lower, index) => {
    const upper = bounds[index + 1];
    const paletteIndex =
      last === 0 ? SEQUENTIAL_CLASS_COUNT - 2 : Math.round((index * (SEQUENTIAL_CLASS_COUNT - 1)) / last);
    return {
      // The first class also takes anything below its rounded bound.
      min: index === 0 ? 0 : lower,
      max: upper ?? Number.POSITIVE_INFINITY,
      label: kind === 'count' ? labelCountStep(lower, upper, max) : labelUsdStep(lower, upper, index === 0),
      className: getSequentialClass(paletteIndex),
    };
  });
}

/** The class a positive value falls in, or undefined for zero (drawn as neutral). */
export function findChoroplethStep(
  steps: readonly ChoroplethStep[],
  value: number,
): ChoroplethStep | undefined {
  if (value <= 0) return undefined;
  return steps.find((step) => value >= step.min && value < step.max);
}
