import { describe, expect, test } from 'vitest';
import { incidentSchema } from '../../../src/schemas/incident.ts';

const valid = {
  title: 'Test heist',
  summary: 'A test.',
  status: 'completed',
  category: 'heist',
  dates: { start: '2016-02' },
  victims: [{ name: 'Bank', country: 'BD', sector: 'banking' }],
  sources: [{ key: 'a', title: 'T', publisher: 'p', date: '2016', url: 'https://example.com/' }],
};

const issuesOf = (input: unknown) => {
  const result = incidentSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('incidentSchema', () => {
  test('incidentSchema accepts a minimal record and fills list defaults', () => {
    const parsed = incidentSchema.parse(valid);
    expect(parsed.attribution).toEqual([]);
    expect(parsed.methods).toEqual([]);
    expect(parsed.losses).toEqual({});
  });

  test('incidentSchema keeps dates at their precision whether YAML gave a string, a number or a Date', () => {
    const parsed = incidentSchema.parse({
      ...valid,
      dates: { start: 2016, discovered: new Date(Date.UTC(2016, 1, 5)), disclosed: '2016-05' },
    });
    expect(parsed.dates).toEqual({ start: '2016', discovered: '2016-02-05', disclosed: '2016-05' });
  });

  test('incidentSchema rejects an impossible date with the expected format in the message', () => {
    expect(issuesOf({ ...valid, dates: { start: '2016-02-30' } })).toEqual([
      'dates.start: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  test('incidentSchema refuses http, javascript: and data: source URLs', () => {
    for (const url of ['http://example.com/', 'javascript:alert(1)', 'data:text/html,hi']) {
      expect(issuesOf({ ...valid, sources: [{ ...valid.sources[0], url }] })).toEqual([
        'sources.0.url: expected an https:// URL',
      ]);
    }
  });

  test('incidentSchema accepts "NO" as Norway and rejects unassigned or lower-case codes', () => {
    expect(issuesOf({ ...valid, victims: [{ ...valid.victims[0], country: 'NO' }] })).toEqual([]);
    expect(issuesOf({ ...valid, victims: [{ ...valid.victims[0], country: 'XX' }] })).toHaveLength(1);
    expect(issuesOf({ ...valid, victims: [{ ...valid.victims[0], country: 'bd' }] })).toHaveLength(1);
    expect(issuesOf({ ...valid, victims: [{ ...valid.victims[0], country: false }] })).toHaveLength(1);
  });

  test('incidentSchema lists the allowed values when status is unknown', () => {
    expect(issuesOf({ ...valid, status: 'stolen' })).toEqual([
      'status: expected one of: completed, attempted, disrupted',
    ]);
  });

  test('incidentSchema requires amount and currency together', () => {
    const losses = { stolen: { usd: 1, amount: 5, source: 'a' } };
    expect(issuesOf({ ...valid, losses })).toEqual([
      'losses.stolen.currency: give amount and currency together, or neither',
    ]);
  });

  test('incidentSchema validates ATT&CK technique ids', () => {
    expect(issuesOf({ ...valid, techniques: ['T1566.001', 'T1190'] })).toEqual([]);
    expect(issuesOf({ ...valid, techniques: ['T15'] })).toEqual([
      'techniques.0: expected a MITRE ATT&CK technique id such as T1566 or T1566.001',
    ]);
  });

  test('incidentSchema rejects unknown fields instead of dropping them', () => {
    expect(issuesOf({ ...valid, titel: 'typo' })).toHaveLength(1);
  });

  test('incidentSchema requires at least one source', () => {
    expect(issuesOf({ ...valid, sources: [] })).toEqual(['sources: cite at least one source']);
  });
});
