import { describe, expect, test } from 'vitest';
import { computeHeadlineFigures } from '../../../../src/lib/aggregate.ts';
import { summarizeIncident } from '../../../../src/lib/incident-summary.ts';
import {
  CARD_MARK,
  MAX_DETAIL_CHARS,
  MAX_TITLE_CHARS,
  describeCardContent,
  formatDateSpan,
  formatNameList,
  getActorCardContent,
  getArticleCardContent,
  getIncidentCardContent,
  pickTitleSize,
  truncateText,
} from '../../../../src/lib/social-cards/card-content.ts';
import { actorSchema } from '../../../../src/schemas/actor.ts';
import { articleSchema } from '../../../../src/schemas/article.ts';
import { incidentSchema } from '../../../../src/schemas/incident.ts';

const source = { key: 's', title: 'T', publisher: 'p', date: '2016', url: 'https://example.com/' };

function makeIncident(overrides: Record<string, unknown> = {}) {
  return incidentSchema.parse({
    title: 'Bangladesh Bank heist',
    summary: 'A test.',
    status: 'completed',
    category: 'heist',
    dates: { start: '2016-02-04' },
    victims: [{ name: 'Bank', country: 'BD' }],
    attribution: [{ actor: 'lazarus-group', confidence: 'high', by: 'FBI', source: 's' }],
    losses: { attempted: { usd: 951_000_000, source: 's' }, stolen: { usd: 81_000_000, source: 's' } },
    sources: [source],
    ...overrides,
  });
}

const actorNames = new Map([
  ['lazarus-group', 'Lazarus Group'],
  ['apt38', 'APT38'],
  ['andariel', 'Andariel'],
  ['kimsuky', 'Kimsuky'],
]);

describe('truncateText', () => {
  test('leaves text within the limit as it is, with its spaces tidied', () => {
    expect(truncateText('  Ronin   bridge theft ', 40)).toBe('Ronin bridge theft');
  });

  test('cuts at the last word that fits and ends with an ellipsis', () => {
    expect(truncateText('The quick brown fox jumps over the lazy dog', 20)).toBe('The quick brown fox…');
    expect(truncateText('The quick brown fox jumps over the lazy dog', 20).length).toBeLessThanOrEqual(20);
  });

  test('drops punctuation left dangling before the ellipsis', () => {
    expect(truncateText('Bybit, the exchange, lost everything that day', 13)).toBe('Bybit, the…');
  });

  test('cuts inside a word longer than half the limit rather than leave the line short', () => {
    expect(truncateText('Supercalifragilisticexpialidocious heist', 12)).toBe('Supercalifr…');
  });
});

describe('pickTitleSize', () => {
  test('short titles are drawn large, longer ones smaller so three lines hold them', () => {
    expect(pickTitleSize('Ronin Network bridge theft')).toBe('large');
    expect(pickTitleSize('x'.repeat(44))).toBe('large');
    expect(pickTitleSize('x'.repeat(45))).toBe('medium');
    expect(pickTitleSize('x'.repeat(80))).toBe('medium');
    expect(pickTitleSize('x'.repeat(81))).toBe('small');
  });
});

test('formatDateSpan shows partial dates at their precision and a range only when the end differs', () => {
  expect(formatDateSpan('2022-03')).toBe('March 2022');
  expect(formatDateSpan('2016', '2016')).toBe('2016');
  expect(formatDateSpan('2016-02-04', '2016-02-05')).toBe('4 February 2016 – 5 February 2016');
});

test('formatNameList names two and counts the rest', () => {
  expect(formatNameList(['A'])).toBe('A');
  expect(formatNameList(['A', 'B'])).toBe('A and B');
  expect(formatNameList(['A', 'B', 'C'])).toBe('A, B and 1 other');
  expect(formatNameList(['A', 'B', 'C', 'D'])).toBe('A, B and 2 others');
});

describe('getIncidentCardContent', () => {
  test('shows category, title, the stolen amount, the date and the actor', () => {
    expect(getIncidentCardContent(makeIncident(), actorNames)).toEqual({
      eyebrow: 'Incident · Heist',
      title: 'Bangladesh Bank heist',
      titleSize: 'large',
      figure: '$81M stolen',
      details: ['4 February 2016', 'Attributed to Lazarus Group'],
    });
  });

  test('a range of sources gives a range of dollars, formatted as the pages format money', () => {
    const card = getIncidentCardContent(
      makeIncident({ losses: { stolen: { usd: 600_000_000, usd_high: 625_000_000, source: 's' } } }),
      actorNames,
    );
    expect(card.figure).toBe('$600M–$625M stolen');
  });

  test('an attempt with nothing stolen shows what was attempted', () => {
    const card = getIncidentCardContent(
      makeIncident({ status: 'attempted', losses: { attempted: { usd: 1_000_000_000, source: 's' } } }),
      actorNames,
    );
    expect(card.figure).toBe('$1B attempted');
  });

  test('with no amount recorded there is no figure, and the date line says so', () => {
    const card = getIncidentCardContent(makeIncident({ losses: {} }), actorNames);
    expect(card.figure).toBeUndefined();
    expect(card.details[0]).toBe('4 February 2016 · amount not known');
  });

  test('an incident nobody attributed says so', () => {
    expect(getIncidentCardContent(makeIncident({ attribution: [] }), actorNames).details[1]).toBe(
      'Not attributed',
    );
  });

  test('an actor id without a name is shown as the id rather than dropped', () => {
    const card = getIncidentCardContent(
      makeIncident({
        attribution: [{ actor: 'unknown-cluster', confidence: 'low', by: 'X', source: 's' }],
      }),
      actorNames,
    );
    expect(card.details[1]).toBe('Attributed to unknown-cluster');
  });

  test('each actor is named once, in attribution order, and more than two are counted', () => {
    const claim = (actor: string) => ({ actor, confidence: 'high', by: 'FBI', source: 's' });
    const card = getIncidentCardContent(
      makeIncident({
        attribution: ['apt38', 'lazarus-group', 'apt38', 'andariel', 'kimsuky'].map(claim),
      }),
      actorNames,
    );
    expect(card.details[1]).toBe('Attributed to APT38, Lazarus Group and 2 others');
  });

  test('a long title is cut to the character budget at a word, in the smallest size', () => {
    const title = `${'Exchange hot wallet drained through a compromised signing service '.repeat(3)}`;
    const card = getIncidentCardContent(makeIncident({ title }), actorNames);
    expect(card.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(card.title.endsWith('…')).toBe(true);
    expect(title.startsWith(card.title.slice(0, -1))).toBe(true);
    expect(card.titleSize).toBe('small');
  });

  test('a date range spans start to end', () => {
    const card = getIncidentCardContent(
      makeIncident({ dates: { start: '2017', end: '2019-06' } }),
      actorNames,
    );
    expect(card.details[0]).toBe('2017 – June 2019');
  });
});

describe('getActorCardContent', () => {
  const actor = actorSchema.parse({
    name: 'Lazarus Group',
    aliases: ['HIDDEN COBRA', 'Guardians of Peace', 'Zinc', 'Diamond Sleet'],
    sponsor: 'KP',
    summary: 'A test.',
    sources: [source],
  });

  test('shows the total stolen, the incidents and years, the sponsor and the aliases that fit', () => {
    const figures = computeHeadlineFigures([
      summarizeIncident('a', makeIncident()),
      summarizeIncident(
        'b',
        makeIncident({ dates: { start: '2022-03' }, losses: { stolen: { usd: 625_000_000, source: 's' } } }),
      ),
    ]);
    const card = getActorCardContent(actor, figures);
    expect(card.eyebrow).toBe('Threat actor');
    expect(card.title).toBe('Lazarus Group');
    expect(card.figure).toBe('$706M stolen');
    expect(card.details[0]).toBe('2 incidents, 2016–2022');
    expect(card.details[1]?.startsWith('Sponsor: North Korea · also HIDDEN COBRA')).toBe(true);
    expect(card.details[1]?.length).toBeLessThanOrEqual(MAX_DETAIL_CHARS);
  });

  test('an actor with no recorded incident has no figure', () => {
    const card = getActorCardContent({ ...actor, aliases: [] }, computeHeadlineFigures([]));
    expect(card.figure).toBeUndefined();
    expect(card.details).toEqual(['No incidents recorded', 'Sponsor: North Korea']);
  });

  test('one year of activity reads "in" that year', () => {
    const card = getActorCardContent(actor, computeHeadlineFigures([summarizeIncident('a', makeIncident())]));
    expect(card.details[0]).toBe('1 incident in 2016');
  });
});

describe('getArticleCardContent', () => {
  const article = articleSchema.parse({
    title: 'Anatomy of the Bangladesh Bank heist',
    description: 'A test.',
    published: '2026-11-02',
    authors: ['jane', 'someone-unlisted'],
  });

  test('shows the title, authors and publication day, and no amount', () => {
    expect(getArticleCardContent(article, new Map([['jane', 'Jane Doe']]))).toEqual({
      eyebrow: 'Analysis',
      title: 'Anatomy of the Bangladesh Bank heist',
      titleSize: 'large',
      figure: undefined,
      details: ['By Jane Doe and someone-unlisted', 'Published 2 November 2026'],
    });
  });
});

test('describeCardContent reads the card in order as sentences, ending with the site mark', () => {
  expect(describeCardContent(getIncidentCardContent(makeIncident(), actorNames))).toBe(
    `Incident · Heist. Bangladesh Bank heist. $81M stolen. 4 February 2016. Attributed to Lazarus Group. ${CARD_MARK}.`,
  );
  expect(describeCardContent(getIncidentCardContent(makeIncident({ losses: {} }), actorNames))).not.toContain(
    'undefined',
  );
});
