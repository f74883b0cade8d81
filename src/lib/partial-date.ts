/**
 * Partial dates: `2016`, `2016-02` or `2016-02-04`.
 *
 * Sources often know only the year or the month of an event. We keep that precision all the way
 * from YAML to the page: a year-precision date is never padded to 1 January, and comparisons
 * treat a partial date as the whole span of days it covers.
 */

export type DatePrecision = 'year' | 'month' | 'day';

/** A validated partial date string: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** English month names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export interface PartialDateParts {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

/**
 * Turns what a YAML parser may produce into the canonical string form. js-yaml (used by Astro)
 * reads an unquoted `2016-02-04` as a Date at UTC midnight and `2016` as a number; the `yaml`
 * package keeps the former a string. Both must mean the same partial date.
 */
export function normalizePartialDateInput(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits a partial date into its parts, or returns undefined if it is not a real calendar date. */
export function parsePartialDate(value: string): PartialDateParts | undefined {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { year, precision: 'year' };
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { year, month, precision: 'month' };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== undefined;
}

function mustParse(value: PartialDate): PartialDateParts {
  const parts = parsePartialDate(value);
  if (!parts) throw new Error(`Not a partial date (expected YYYY, YYYY-MM or YYYY-MM-DD): "${value}"`);
  return parts;
}

export function getPrecision(value: PartialDate): DatePrecision {
  return mustParse(value).precision;
}

export function getYear(value: PartialDate): number {
  return mustParse(value).year;
}

/** First day the partial date can mean, as `YYYY-MM-DD`. */
export function getEarliestDay(value: PartialDate): string {
  const { year, month = 1, day = 1 } = mustParse(value);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Last day the partial date can mean, as `YYYY-MM-DD`. */
export function getLatestDay(value: PartialDate): string {
  const { year, month = 12, day } = mustParse(value);
  const lastDay = day ?? daysInMonth(year, month);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/**
 * True only when `a` is certainly earlier than `b`: every day `a` can mean falls before every day
 * `b` can mean. `2016` is not before `2016-02`, and neither is after the other.
 */
export function isDefinitelyBefore(a: PartialDate, b: PartialDate): boolean {
  return getLatestDay(a) < getEarliestDay(b);
}

/**
 * Orders partial dates chronologically by their earliest day; at a tie the less precise date comes
 * first, so "2016" sorts before "2016-01" and "2016-01-01".
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byDay = getEarliestDay(a).localeCompare(getEarliestDay(b));
  if (byDay !== 0) return byDay;
  return a.length - b.length;
}

/** Human form at the date's own precision: "2016", "February 2016", "4 February 2016". */
export function formatPartialDate(value: PartialDate): string {
  const { year, month, day } = mustParse(value);
  if (month === undefined) return String(year);
  const monthName = MONTH_NAMES[month - 1] ?? '';
  if (day === undefined) return `${monthName} ${year}`;
  return `${day} ${monthName} ${year}`;
}

/** Compact form for tables: "2016", "Feb 2016", "4 Feb 2016". */
export function formatPartialDateShort(value: PartialDate): string {
  const { year, month, day } = mustParse(value);
  if (month === undefined) return String(year);
  const monthName = (MONTH_NAMES[month - 1] ?? '').slice(0, 3);
  if (day === undefined) return `${monthName} ${year}`;
  return `${day} ${monthName} ${year}`;
}
