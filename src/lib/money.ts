/** Money formatting. Amounts are stored as plain numbers of units; nothing is converted here. */

const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

// One formatter per precision: toLocaleString() builds a new Intl.NumberFormat on every call,
// which was seconds of a 10,000-incident build.
const formatters = new Map<number, Intl.NumberFormat>();

function trimNumber(value: number, maximumFractionDigits: number): string {
  let formatter = formatters.get(maximumFractionDigits);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { maximumFractionDigits, minimumFractionDigits: 0 });
    formatters.set(maximumFractionDigits, formatter);
  }
  return formatter.format(value);
}

/**
 * Compact US dollars for headlines and tables: 81_000_000 → "$81M", 1_460_000_000 → "$1.46B",
 * 950 → "$950". Keeps up to three significant digits so "$12.2M" stays distinct from "$12M".
 */
export function formatUsd(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (const [scale, suffix] of SCALES) {
    if (abs >= scale) {
      const scaled = abs / scale;
      const digits = scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2;
      return `${sign}$${trimNumber(Number(scaled.toFixed(digits)), digits)}${suffix}`;
    }
  }
  return `${sign}$${trimNumber(abs, 0)}`;
}

/** A USD range as sources give it: "$600M–$625M"; a single value when both ends agree. */
export function formatUsdRange(low: number, high?: number): string {
  if (high === undefined || high === low) return formatUsd(low);
  return `${formatUsd(low)}–${formatUsd(high)}`;
}

/** Full amount in its own unit: 1_200_000 EUR → "1,200,000 EUR"; 173600 ETH → "173,600 ETH". */
export function formatAmount(amount: number, currency: string): string {
  return `${amount.toLocaleString('en-US', { maximumFractionDigits: 8 })} ${currency}`;
}

/** Exact US dollars with thousands separators for data tables: "$81,000,000". */
export function formatUsdExact(value: number): string {
  return `$${value.toLocaleString('en-US', { maximumFractionDigits: 0 })}`;
}
