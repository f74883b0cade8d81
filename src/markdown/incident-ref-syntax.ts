/**
 * The `[[incident-id]]` / `[[incident-id|label]]` citation syntax, shared by the remark plugin that
 * renders it and the integrity check that verifies every id exists.
 */

/** Matches `[[id]]` and `[[id|label]]`; group 1 is the id, group 2 the optional label. */
export const INCIDENT_REF_PATTERN = /\[\[([^\][|\n]+?)(?:\|([^\][\n]+?))?\]\]/g;

export interface IncidentRefMatch {
  id: string;
  label: string | undefined;
  /** 1-based line within the scanned text. */
  line: number;
  /** 1-based column within that line. */
  column: number;
}

/**
 * Every `[[…]]` citation in Markdown text, skipping fenced code blocks and inline code, where the
 * syntax is meant literally.
 */
export function findIncidentRefs(markdown: string): IncidentRefMatch[] {
  const found: IncidentRefMatch[] = [];
  let inFence = false;
  markdown.split('\n').forEach((rawLine, index) => {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    const line = rawLine.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    for (const match of line.matchAll(INCIDENT_REF_PATTERN)) {
      found.push({
        id: (match[1] ?? '').trim(),
        label: match[2]?.trim(),
        line: index + 1,
        column: (match.index ?? 0) + 1,
      });
    }
  });
  return found;
}
