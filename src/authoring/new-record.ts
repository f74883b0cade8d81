// `npm run new -- <incident|article|actor|action|facilitator> "Title" [--date YYYY-MM[-DD]]`: starts a record from its
// template with an id made from the title and, for incidents and articles, a date from the clock
// (the one place the project reads it: output never depends on when it was built).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { getContentRoot } from '../lib/content-root.ts';
import { isPartialDate } from '../lib/partial-date.ts';
import { getRecordId, getRecordPath, isRecordKind, RECORD_KINDS, type RecordKind } from '../lib/slug.ts';
import { fillTemplate } from './fill-template.ts';

const USAGE = `Usage: npm run new -- <${RECORD_KINDS.join('|')}> "Title" [--date YYYY-MM-DD]

  incident  content/incidents/YYYY-MM-slug.yaml; --date is the first known hostile activity
            (YYYY, YYYY-MM or YYYY-MM-DD; default: today's month)
  article   content/articles/YYYY-MM-slug.mdx, published today (or --date YYYY-MM-DD) as a draft
  actor     content/actors/slug.yaml
  action    content/actions/YYYY-MM-DD-slug.yaml; --date is the action's date (default: today)
  facilitator  content/facilitators/slug.yaml`;

/** Today on the author's clock, as YYYY-MM-DD. */
function getToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function fail(message: string): never {
  console.error(`✗ ${message}\n\n${USAGE}`);
  process.exit(1);
}

function parseArguments(argv: readonly string[]): { kind: RecordKind; title: string; date?: string } {
  const positional: string[] = [];
  let date: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--date') date = argv[++index];
    else if (argument.startsWith('--date=')) date = argument.slice('--date='.length);
    else if (argument === '--help' || argument === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else positional.push(argument);
  }
  const [kind, ...titleWords] = positional;
  if (!kind || !isRecordKind(kind)) fail(`expected the kind of record first: ${RECORD_KINDS.join(', ')}`);
  const title = titleWords.join(' ').trim();
  if (!title) fail(`expected a title after "${kind}", in quotes`);
  return date === undefined ? { kind, title } : { kind, title, date };
}

/** The date the record is filed under, checked against what each kind accepts. */
function resolveDate(kind: RecordKind, given: string | undefined): string {
  const today = getToday();
  if (kind === 'actor' || kind === 'facilitator') {
    if (given !== undefined) fail(`${kind}s have no date in their id; leave out --date`);
    return today;
  }
  if (kind === 'action') {
    const date = given ?? today;
    if (!isPartialDate(date))
      fail(`expected the action's date as YYYY, YYYY-MM or YYYY-MM-DD; got "${date}"`);
    return date;
  }
  if (kind === 'article') {
    const date = given ?? today;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isPartialDate(date))
      fail(`an article's publication date is a day, YYYY-MM-DD; got "${date}"`);
    return date;
  }
  const date = given ?? today.slice(0, 7);
  if (!isPartialDate(date))
    fail(`expected the incident's start as YYYY, YYYY-MM or YYYY-MM-DD; got "${date}"`);
  return date;
}

const { kind, title, date: givenDate } = parseArguments(process.argv.slice(2));
const date = resolveDate(kind, givenDate);
const root = getContentRoot();
const id = getRecordId(kind, title, date);
const target = getRecordPath(root, kind, id);
const template = getRecordPath(root, kind, '_template');

if (existsSync(target)) fail(`${target} already exists; it is left untouched. Pick another title.`);
if (!existsSync(template)) fail(`the template ${template} is missing`);

try {
  const text = fillTemplate(kind, readFileSync(template, 'utf8'), { title, date });
  // `wx`: never overwrite, even if the file appeared since the check above.
  writeFileSync(target, text, { flag: 'wx' });
} catch (error) {
  fail((error as Error).message);
}

console.log(`✓ created ${target}`);
if (kind === 'incident' && givenDate === undefined) {
  console.log(
    `  Its id starts with this month because dates.start is '${date}'. If the incident began earlier,\n` +
      `  delete the file and run again with --date YYYY-MM (the id must match dates.start).`,
  );
}
if (kind === 'article')
  console.log('  It is a draft (draft: true): visible in `npm run dev`, never published.');
console.log(`\nNext: fill in the fields, then run \`npm run check\`.`);
