/** Human file sizes in SI units: 950 → "950 B", 84_210 → "84.2 kB", 1_234_567 → "1.23 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit: string = 'B';
  for (const next of units) {
    if (value < 1000) break;
    value /= 1000;
    unit = next;
  }
  return `${Number(value.toPrecision(3))} ${unit}`;
}
