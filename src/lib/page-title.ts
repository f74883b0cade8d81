/**
 * The document <title>: the page's own title, then the site name, kept within what search engines
 * and browser tabs show (and html-validate's long-title rule: 120 characters). A long record title
 * drops the site name first, then is cut at a word boundary with an ellipsis; the <h1> keeps it whole.
 * Length is measured as serialized in the HTML, where Astro writes ' and " as entities, because that
 * is what validators count.
 */
export const MAX_TITLE_LENGTH = 120;

const ENTITY_LENGTH: Readonly<Record<string, number>> = { "'": 5, '"': 6, '&': 5, '<': 4, '>': 4 };

/** Characters the title takes in the serialized HTML. */
export function getSerializedLength(text: string): number {
  let length = 0;
  for (const character of text) length += ENTITY_LENGTH[character] ?? 1;
  return length;
}

export function formatDocumentTitle(title: string, siteName: string): string {
  if (title === siteName) return title;
  const full = `${title} · ${siteName}`;
  if (getSerializedLength(full) <= MAX_TITLE_LENGTH) return full;
  if (getSerializedLength(title) <= MAX_TITLE_LENGTH) return title;
  let cut = title;
  while (getSerializedLength(cut) > MAX_TITLE_LENGTH - 1) cut = cut.slice(0, -1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 60 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
