/**
 * Runs the W3C Nu Html Checker (`vnu-jar` from npm) over many files in one Java process and sorts its
 * messages: real problems (every error, every warning) from the artefacts of checking files rather
 * than a served site, which are named exactly here and nowhere else.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** The path of vnu.jar inside the `vnu-jar` package (its main export is that path as a String). */
export const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** One message of `vnu --format json`. */
export interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  hiliteStart?: number;
  hiliteLength?: number;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
}

/**
 * - `problem`: an error, a warning, or the checker failing to read a document: the test fails on it.
 * - `file-url-csp`: the checker applies each page's CSP `<meta>` to the page's own `/_astro/…` files
 *   and reports them blocked, because a `file:` document has an opaque origin that `'self'` never
 *   matches. Served over HTTP(S) they are same-origin; tests/e2e/csp.spec.ts proves that Chromium
 *   reports no violation on the served site.
 * - `json-ld-csp`: the checker treats `<script type="application/ld+json">` as an inline script under
 *   `script-src`. It is a data block, which browsers never execute, so CSP does not apply to it (and
 *   the same e2e test sees no violation). This one is the checker's, not the file: URL's.
 * - `info`: an informative note attached to a problem ("The first occurrence … was here").
 */
export type NuVerdict = 'problem' | 'file-url-csp' | 'json-ld-csp' | 'info';

const SAME_ORIGIN_RESOURCE_BLOCKED =
  /^Resource violates Content Security Policy \(meta tag\): external (?:stylesheet|script) “\/(?!\/)[^”]*” blocked by “(?:style|script)-src” directive\.$/;
const INLINE_SCRIPT_BLOCKED =
  'Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive (missing “‘unsafe-inline’” or nonce/hash).';
const JSON_LD_START_TAG = '<script type="application/ld+json">';

/** The text the checker highlights in its extract (the element or attribute it reports on). */
function highlighted(message: NuMessage): string | undefined {
  if (
    message.extract === undefined ||
    message.hiliteStart === undefined ||
    message.hiliteLength === undefined
  )
    return undefined;
  return message.extract.slice(message.hiliteStart, message.hiliteStart + message.hiliteLength);
}

export function classifyNuMessage(message: NuMessage): NuVerdict {
  if (message.type !== 'info') return 'problem';
  if (message.subType !== 'warning') return 'info';
  if (message.url?.startsWith('file:') && SAME_ORIGIN_RESOURCE_BLOCKED.test(message.message))
    return 'file-url-csp';
  if (message.message === INLINE_SCRIPT_BLOCKED && highlighted(message) === JSON_LD_START_TAG)
    return 'json-ld-csp';
  return 'problem';
}

/**
 * Checks `files` (paths relative to `cwd`) in one Java process and returns every message.
 * Throws when the checker itself fails (no JSON on stdout).
 */
export function runNuChecker(java: string, files: readonly string[], cwd: string): NuMessage[] {
  const result = spawnSync(
    java,
    ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', '--', ...files],
    { cwd, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, timeout: 600_000 },
  );
  if (result.error) throw result.error;
  let parsed: { messages?: NuMessage[] };
  try {
    parsed = JSON.parse(result.stdout) as { messages?: NuMessage[] };
  } catch {
    throw new Error(
      `The Nu Html Checker exited with ${result.status} without a JSON report:\n${result.stderr}${result.stdout}`,
    );
  }
  if (!Array.isArray(parsed.messages)) throw new Error('The Nu Html Checker report has no messages list');
  return parsed.messages;
}
