/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted when it holds a comma, a double
 * quote, a line break or leading/trailing spaces, and quotes inside doubled. Nothing else is
 * changed, so what a spreadsheet or parser reads back is exactly what we wrote.
 */

export type CsvValue = string | number | undefined;

function needsQuotes(field: string): boolean {
  return /[",\r\n]/.test(field) || field !== field.trim();
}

export function formatCsvField(value: CsvValue): string {
  if (value === undefined) return '';
  const field = typeof value === 'number' ? String(value) : value;
  return needsQuotes(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** One header row and the data rows, each line ended with CRLF. */
export function formatCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  const width = header.length;
  const lines = [header, ...rows].map((row, index) => {
    if (row.length !== width) throw new Error(`CSV row ${index} has ${row.length} fields, expected ${width}`);
    return row.map(formatCsvField).join(',');
  });
  return lines.map((line) => `${line}\r\n`).join('');
}
