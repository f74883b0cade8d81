import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/content-checks/check-content.ts';
import { formatProblem } from '../../../src/content-checks/problem.ts';

const FIXTURES = 'tests/fixtures';
const located = (root: string) =>
  checkContent(`${FIXTURES}/${root}`).problems.map(
    (p) => `${p.file.replace(`${FIXTURES}/${root}/`, '')}:${p.line}:${p.column} ${p.field}`,
  );

describe('checkContent', () => {
  test('checkContent finds no problem in a valid content folder', () => {
    const { problems, counts } = checkContent(`${FIXTURES}/content-valid`);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(counts).toEqual({
      incidents: 1,
      actors: 1,
      authors: 1,
      articles: 1,
      publishers: 2,
      estimates: 0,
      actions: 0,
      facilitators: 0,
      sectors: 1,
      methods: 1,
      topics: 1,
    });
  });

  test('checkContent reports five mistakes in five files as five located problems in one run', () => {
    expect(located('content-broken')).toEqual([
      'incidents/2016-02-bad-country.yaml:10:5 victims[0].country',
      'incidents/2016-02-date-order.yaml:7:3 dates.discovered',
      'incidents/2016-02-http-source.yaml:27:5 sources[0].url',
      'incidents/2016-02-loss-order.yaml:21:16 losses.recovered.usd',
      'incidents/2016-02-unknown-actor.yaml:13:5 attribution[0].actor',
    ]);
  });

  test('checkContent explains what was expected for each mistake', () => {
    const messages = checkContent(`${FIXTURES}/content-broken`).problems.map((p) => p.message);
    expect(messages).toEqual([
      expect.stringContaining('ISO 3166-1 alpha-2'),
      'discovered (December 2015) is before start (4 February 2016); expected discovered ≥ start',
      'expected an https:// URL',
      'recovered ($200,000,000) exceeds stolen ($101,000,000); expected recovered + frozen ≤ stolen ≤ attempted',
      'unknown actor id "no-such-group"; expected an id from content/actors/',
    ]);
  });

  test('checkContent locates every kind of mistake at the line of the offending key', () => {
    expect(located('content-every-error')).toEqual([
      'actions/2015-01-01-early-charge.yaml:3:1 date',
      'actions/2015-01-01-early-charge.yaml:9:18 targets.facilitators[0]',
      'actions/2015-01-01-early-charge.yaml:10:33 incidents[1]',
      'actions/2015-01-01-early-charge.yaml:14:5 amounts[0].source',
      'actors/broken-yaml.yaml:4:1 ',
      'actors/broken-yaml.yaml:4:2 ',
      'actors/test-group.yaml:13:14 former_ids[0]',
      'articles/2026-02-bad-ref.mdx:5:11 authors[0]',
      'articles/2026-02-bad-ref.mdx:12:12 body',
      'estimates/2016-unknown-publisher.yaml:1:1 publisher',
      'facilitators/unsourced-person.yaml:5:1 sources',
      'incidents/2016-02-attempted-with-stolen.yaml:23:13 losses.stolen.usd',
      'incidents/2016-02-bad-permalinks.yaml:17:14 former_ids[0]',
      'incidents/2016-02-bad-permalinks.yaml:17:52 former_ids[2]',
      'incidents/2016-02-bad-permalinks.yaml:19:3 withdrawn.date',
      'incidents/2016-02-bad-trail.yaml:16:5 trail[0].usd',
      'incidents/2016-02-bad-trail.yaml:17:5 trail[0].facilitator',
      'incidents/2016-02-bad-trail.yaml:19:5 trail[1].date',
      'incidents/2016-02-bad-trail.yaml:21:5 trail[1].from',
      'incidents/2016-02-bad-trail.yaml:27:5 trail[2].ends',
      'incidents/2016-02-duplicate-key.yaml:2:1 ',
      'incidents/2016-02-frozen-exceeds.yaml:14:13 losses.frozen.usd',
      'incidents/2016-02-missing-summary.yaml:1:1 summary',
      'incidents/2016-02-missing-summary.yaml:4:1 victim_count',
      'incidents/2016-02-missing-summary.yaml:6:3 dates.start',
      'incidents/2016-02-publisher-mistakes.yaml:21:5 sources[0].publisher',
      'incidents/2016-02-publisher-mistakes.yaml:23:5 sources[0].url',
      'incidents/2016-02-publisher-mistakes.yaml:25:7 sources[0].via.publisher',
      'incidents/2016-02-secondary-only.yaml:15:5 attribution[0].source',
      'incidents/2016-02-stray.yml:1:1 ',
      'incidents/2016-02-unknown-source.yaml:23:29 losses.stolen.source',
      'incidents/2017-05-wrong-prefix.yaml:6:3 dates.start',
      'taxonomy/methods.yaml:4:3 [1].id',
    ]);
  });

  test('checkContent ignores [[refs]] inside inline code but not in prose', () => {
    const bodyProblems = checkContent(`${FIXTURES}/content-every-error`).problems.filter(
      (p) => p.field === 'body',
    );
    expect(bodyProblems.map((p) => p.message)).toEqual([
      '[[no-such-incident]] does not match any incident; expected a file name from content/incidents/ without .yaml',
    ]);
  });

  test('formatProblem prints path:line:col, field and message separated by two spaces', () => {
    expect(
      formatProblem({ file: 'content/a.yaml', line: 3, column: 5, field: 'dates.start', message: 'bad' }),
    ).toBe('content/a.yaml:3:5  dates.start  bad');
  });
});
