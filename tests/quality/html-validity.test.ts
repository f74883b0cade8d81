// Every page in the built site is valid HTML under html-validate's recommended rules, with the
// few justified exceptions configured in tests/html-validate.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import { getDistDir, listFiles } from './support/dist.ts';

const DIST = getDistDir();
const config = JSON.parse(readFileSync('tests/html-validate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);
const EXAMPLES_PER_PROBLEM = 3;

test('html-validate finds no error in any HTML page of the built site', async () => {
  const files = listFiles(DIST, '.html').filter((file) => !file.startsWith('pagefind/'));
  expect(files.length).toBeGreaterThan(0);
  // One line per distinct problem, with how many places have it and a few of them: a mistake in
  // the layout then reads as one line, not one per page.
  const places = new Map<string, string[]>();
  for (const file of files) {
    const report = await validator.validateString(readFileSync(path.join(DIST, file), 'utf8'), file);
    for (const result of report.results)
      for (const message of result.messages) {
        const key = `${message.ruleId}  ${message.message}`;
        places.set(key, [...(places.get(key) ?? []), `${file}:${message.line}:${message.column}`]);
      }
  }
  const summary = [...places].map(
    ([problem, where]) =>
      `${problem}  (${where.length}×: ${where.slice(0, EXAMPLES_PER_PROBLEM).join(', ')}${where.length > EXAMPLES_PER_PROBLEM ? ', …' : ''})`,
  );
  expect(summary).toEqual([]);
});
