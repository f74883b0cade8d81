// Every page of the built site passes the W3C Nu Html Checker (vnu-jar from npm, in one Java
// process): no error and no warning, apart from the artefacts of checking files rather than a served
// site, which tests/quality/support/nu-checker.ts names exactly (CSP `'self'` on `file:` URLs, and
// JSON-LD data blocks counted as inline scripts). html-validate (html-validity.test.ts) stays: the two
// checkers catch different things.
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { getDistDir, listFiles } from './support/dist.ts';
import { findJava } from './support/find-java.ts';
import { classifyNuMessage, runNuChecker, type NuMessage } from './support/nu-checker.ts';

const DIST = getDistDir();
const KNOWN_DEFECTS = path.resolve('tests/fixtures/nu-checker/known-defects.html');
const EXAMPLES_PER_PROBLEM = 3;

let pages: string[];
let messages: NuMessage[];

beforeAll(() => {
  pages = listFiles(DIST, '.html').filter((file) => !file.startsWith('pagefind/'));
  // The fixture rides along in the same run, so the test also proves the checker still reports.
  messages = runNuChecker(findJava(), [...pages, KNOWN_DEFECTS], DIST);
}, 600_000);

const isFixture = (message: NuMessage) => message.url?.endsWith('/nu-checker/known-defects.html') ?? false;

test('the checker, run this way, reports the defects planted in a fixture page', () => {
  const reported = messages.filter(isFixture).filter((message) => classifyNuMessage(message) === 'problem');
  expect(reported.map((message) => message.message)).toEqual(
    expect.arrayContaining([
      'Bad value “combobox” for attribute “role” on element “input”.',
      expect.stringMatching(/^The heading “h3” \(with computed level 3\) follows the heading “h1”/),
      expect.stringMatching(/^Duplicate “dt” name “Overlaps with”/),
    ]),
  );
});

test('the W3C Nu Html Checker finds no error or warning in any page of the built site', () => {
  expect(pages.length).toBeGreaterThan(0);
  const site = messages.filter((message) => !isFixture(message));
  // Every page was read: a file the checker could not open is a `non-document-error`, a problem.
  const places = new Map<string, string[]>();
  const artefacts = { 'file-url-csp': 0, 'json-ld-csp': 0 };
  for (const message of site) {
    const verdict = classifyNuMessage(message);
    if (verdict === 'file-url-csp' || verdict === 'json-ld-csp') artefacts[verdict] += 1;
    if (verdict !== 'problem') continue;
    const key = `${message.type}${message.subType ? `/${message.subType}` : ''}  ${message.message}`;
    const where = `${path.relative(DIST, (message.url ?? '').replace(/^file:/, ''))}:${message.lastLine ?? '?'}:${message.firstColumn ?? message.lastColumn ?? '?'}`;
    places.set(key, [...(places.get(key) ?? []), where]);
  }
  const summary = [...places].map(
    ([problem, where]) =>
      `${problem}  (${where.length}×: ${where.slice(0, EXAMPLES_PER_PROBLEM).join(', ')}${where.length > EXAMPLES_PER_PROBLEM ? ', …' : ''})`,
  );
  console.log(
    `Nu Html Checker: ${pages.length} pages, ${summary.length} distinct problems; filtered as artefacts: ` +
      `${artefacts['file-url-csp']} CSP warnings on file: URLs, ${artefacts['json-ld-csp']} on JSON-LD data blocks`,
  );
  expect(summary).toEqual([]);
});
