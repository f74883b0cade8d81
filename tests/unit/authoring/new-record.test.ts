// Runs the real CLI (`npm run new`) against a temporary content folder holding the real templates.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';

let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cht-new-'));
  for (const [folder, file] of [
    ['incidents', '_template.yaml'],
    ['articles', '_template.mdx'],
    ['actors', '_template.yaml'],
    ['actions', '_template.yaml'],
    ['facilitators', '_template.yaml'],
  ] as const) {
    cpSync(`content/${folder}/${file}`, path.join(root, folder, file));
  }
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['src/authoring/new-record.ts', ...args], {
    env: { ...process.env, CHT_CONTENT_DIR: root },
    encoding: 'utf8',
  });

const today = () => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

test('new-record writes an article dated today from the template and prints the path and next step', () => {
  const result = run('article', 'The return of Lazarus');
  const file = path.join(root, 'articles', `${today().slice(0, 7)}-the-return-of-lazarus.mdx`);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain(`created ${file}`);
  expect(result.stdout).toContain('npm run check');
  expect(readFileSync(file, 'utf8')).toContain(`published: '${today()}'`);
});

test('new-record files an incident under the --date it is given', () => {
  const result = run('incident', 'Bangladesh Bank heist', '--date', '2016-02-04');
  const file = path.join(root, 'incidents', '2016-02-bangladesh-bank-heist.yaml');
  expect(result.status).toBe(0);
  expect(readFileSync(file, 'utf8')).toContain("start: '2016-02-04'");
});

test('new-record starts an action under its date and a facilitator under its name, from their templates', () => {
  const action = run('action', 'Treasury sanctions two launderers', '--date', '2020-03-02');
  expect(action.status).toBe(0);
  const actionFile = path.join(root, 'actions', '2020-03-02-treasury-sanctions-two-launderers.yaml');
  expect(readFileSync(actionFile, 'utf8')).toContain("date: '2020-03-02'");
  expect(readFileSync(actionFile, 'utf8')).toContain('title: Treasury sanctions two launderers');
  const facilitator = run('facilitator', 'Tian Yinyin');
  expect(facilitator.status).toBe(0);
  expect(readFileSync(path.join(root, 'facilitators', 'tian-yinyin.yaml'), 'utf8')).toContain(
    'name: Tian Yinyin',
  );
});

test('new-record refuses to overwrite an existing record and leaves it untouched', () => {
  const file = path.join(root, 'actors', 'lazarus-group.yaml');
  writeFileSync(file, 'name: Existing\n');
  const result = run('actor', 'Lazarus Group');
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('already exists');
  expect(readFileSync(file, 'utf8')).toBe('name: Existing\n');
});

test('new-record explains its usage for an unknown kind, a missing title or a bad date', () => {
  for (const args of [['author', 'X'], ['incident'], ['article', 'X', '--date', '2026-11']]) {
    const result = run(...args);
    expect(result.status, args.join(' ')).toBe(1);
    expect(result.stderr).toContain('Usage: npm run new --');
  }
  expect(existsSync(path.join(root, 'articles', '2026-11-x.mdx'))).toBe(false);
});
