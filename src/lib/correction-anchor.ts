/**
 * The fragment id of one correction on its record's page: `correction-<date>-<n>`, n counting the
 * record's corrections of that day in order. The corrections feed links to it and the page renders
 * it, from this one function.
 */
export function getCorrectionAnchor(corrections: ReadonlyArray<{ date: string }>, index: number): string {
  const date = corrections[index]?.date ?? '';
  return `correction-${date}-${corrections.slice(0, index).filter((other) => other.date === date).length + 1}`;
}
