/**
 * MITRE ATT&CK technique ids as they appear in prose: `T1566` (technique) and `T1566.001`
 * (sub-technique). Shared by the remark plugin that links them and anything else that needs the
 * technique page URL.
 */

/**
 * A technique id standing on its own: not part of a longer word, number, path or version
 * (`XT1566`, `T15660`, `/T1566/`, `T1566-b`), and not a malformed sub-technique (`T1566.1`,
 * `T1566.0011`). A sentence-ending period after the id is fine. Group 1 is the technique, group 2
 * the optional sub-technique number.
 */
export const ATTACK_TECHNIQUE_PATTERN =
  /(?<![\p{L}\p{N}_./\\-])T(\d{4})(?:\.(\d{3}))?(?![\p{L}\p{N}_]|[.-][\p{L}\p{N}_])/gu;

/** `T1566.001` → `https://attack.mitre.org/techniques/T1566/001/`. */
export function getAttackTechniqueUrl(id: string): string {
  return `https://attack.mitre.org/techniques/${id.replace('.', '/')}/`;
}

export interface AttackTechniqueMatch {
  id: string;
  /** Offset of the id within the scanned text. */
  index: number;
}

/** Every well-formed technique id in plain text, in order. */
export function findAttackTechniques(text: string): AttackTechniqueMatch[] {
  return [...text.matchAll(new RegExp(ATTACK_TECHNIQUE_PATTERN.source, 'gu'))].map((match) => ({
    id: match[0],
    index: match.index ?? 0,
  }));
}
