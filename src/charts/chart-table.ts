/**
 * The data table every chart returns beside its SVG. It is the accessible, copyable form of the
 * chart: already formatted strings, in reading order, so the figure component only lays it out.
 */
export interface ChartTable {
  /** Column headings; the first column holds row headers (`<th scope="row">`). */
  columns: string[];
  /** One array of cells per row, as long as `columns`. */
  rows: string[][];
  /** Indexes of columns holding numbers, right-aligned with tabular figures. */
  numericColumns: number[];
}

/** Em dash for a figure the records do not give; "$0" would claim a known zero. */
export const MISSING_VALUE = '—';
