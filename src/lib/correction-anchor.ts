/**
 * The fragment id of one correction on its record's page: `correction-<date>-<n>`, n counting the
 * record's corrections of that day in order. Where several records share one page (the estimates on
 * /coverage/), `scope`, the record's own anchor, goes in front: `estimate-x-correction-<date>-<n>`.
 * The corrections feed links to it and the page renders it, from this one function.
 */
export function getCorrectionAnchor(
  corrections: ReadonlyArray<{ date: string }>,
  index: number,
  scope?: string,
): string {
  const date = corrections[index]?.date ?? '';
  const n = corrections.slice(0, index).filter((other) => other.date === date).length + 1;
  return `${scope ? `${scope}-` : ''}correction-${date}-${n}`;
}
