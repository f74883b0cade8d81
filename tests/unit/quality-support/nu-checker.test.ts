import { describe, expect, test } from 'vitest';
import { classifyNuMessage, type NuMessage } from '../../quality/support/nu-checker.ts';

const PAGE = 'file:/site/dist/incidents/index.html';
const warning = (message: string, rest: Partial<NuMessage> = {}): NuMessage => ({
  type: 'info',
  subType: 'warning',
  url: PAGE,
  message,
  ...rest,
});
const BLOCKED_CSS =
  'Resource violates Content Security Policy (meta tag): external stylesheet “/_astro/BaseLayout.wzBDTrE8.css” blocked by “style-src” directive.';
const BLOCKED_SCRIPT =
  'Resource violates Content Security Policy (meta tag): external script “/_astro/SiteHeader.astro_astro_type_script_inde...” blocked by “script-src” directive.';
const INLINE =
  'Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive (missing “‘unsafe-inline’” or nonce/hash).';

describe('classifyNuMessage', () => {
  test('an error is a problem, fatal or not', () => {
    expect(classifyNuMessage({ type: 'error', url: PAGE, message: 'Stray start tag “script”.' })).toBe(
      'problem',
    );
    expect(classifyNuMessage({ type: 'error', subType: 'fatal', message: 'Cannot recover' })).toBe('problem');
  });

  test('a document the checker could not read is a problem', () => {
    expect(classifyNuMessage({ type: 'non-document-error', subType: 'io', message: 'File not found' })).toBe(
      'problem',
    );
  });

  test('a warning is a problem unless it is a named artefact', () => {
    expect(classifyNuMessage(warning('Section lacks heading.'))).toBe('problem');
  });

  test('an informative note without a subtype is not a problem on its own', () => {
    expect(
      classifyNuMessage({ type: 'info', url: PAGE, message: 'The first occurrence of “dt” name was here.' }),
    ).toBe('info');
  });

  test('CSP blocking a same-origin stylesheet or script is an artefact of a file: URL only', () => {
    expect(classifyNuMessage(warning(BLOCKED_CSS))).toBe('file-url-csp');
    expect(classifyNuMessage(warning(BLOCKED_SCRIPT))).toBe('file-url-csp');
    expect(classifyNuMessage(warning(BLOCKED_CSS, { url: 'https://example.org/incidents/' }))).toBe(
      'problem',
    );
  });

  test('CSP blocking another origin’s resource is a problem, even on a file: URL', () => {
    expect(
      classifyNuMessage(
        warning(
          'Resource violates Content Security Policy (meta tag): external script “//cdn.example/x.js” blocked by “script-src” directive.',
        ),
      ),
    ).toBe('problem');
    expect(
      classifyNuMessage(
        warning(
          'Resource violates Content Security Policy (meta tag): external script “https://cdn.example/x.js” blocked by “script-src” directive.',
        ),
      ),
    ).toBe('problem');
  });

  test('an "inline script" warning is an artefact only on a JSON-LD data block', () => {
    const jsonLd = '></footer><script type="application/ld+json">{"@con';
    expect(classifyNuMessage(warning(INLINE, { extract: jsonLd, hiliteStart: 10, hiliteLength: 35 }))).toBe(
      'json-ld-csp',
    );
    const executable = '></footer><script>alert(1)</script>';
    expect(
      classifyNuMessage(warning(INLINE, { extract: executable, hiliteStart: 10, hiliteLength: 8 })),
    ).toBe('problem');
    expect(classifyNuMessage(warning(INLINE))).toBe('problem');
  });
});
