import { expect, test } from 'vitest';
import { listSocialCards } from '../../../../src/lib/social-cards/card-list.ts';
import { actorSchema } from '../../../../src/schemas/actor.ts';
import { articleSchema } from '../../../../src/schemas/article.ts';
import { authorSchema } from '../../../../src/schemas/author.ts';
import { incidentSchema } from '../../../../src/schemas/incident.ts';

const source = { key: 's', title: 'T', publisher: 'p', date: '2016', url: 'https://example.com/' };
const incident = (title: string, extra: Record<string, unknown> = {}) =>
  incidentSchema.parse({
    title,
    summary: 'A test.',
    status: 'completed',
    category: 'heist',
    dates: { start: '2016-02' },
    victims: [{ name: 'Bank', country: 'BD' }],
    attribution: [{ actor: 'group', confidence: 'high', by: 'FBI', source: 's' }],
    losses: { stolen: { usd: 1_000_000, source: 's' } },
    sources: [source],
    corrections: [{ date: '2020-01-01', note: 'Withdrawn.' }],
    ...extra,
  });
const article = (title: string, draft: boolean) =>
  articleSchema.parse({ title, description: 'A test.', published: '2020-01-01', authors: ['a'], draft });

const records = {
  incidents: [
    { id: '2016-02-b', data: incident('B') },
    { id: '2016-02-a', data: incident('A') },
    {
      id: '2016-02-gone',
      data: incident('Gone', { withdrawn: { date: '2020-01-01', reason: 'Not a heist.' } }),
    },
  ],
  actors: [
    {
      id: 'group',
      data: actorSchema.parse({ name: 'Group', sponsor: 'KP', summary: 'A test.', sources: [source] }),
    },
  ],
  articles: [
    { id: '2020-01-published', data: article('Published', false) },
    { id: '2020-01-draft', data: article('Draft', true) },
  ],
  authors: [{ id: 'a', data: authorSchema.parse({ name: 'Ann', bio: 'A test.' }) }],
};

test('listSocialCards gives one card per published page, sorted by path', () => {
  expect(listSocialCards(records).map((card) => card.path)).toEqual([
    '/cards/actors/group.png',
    '/cards/articles/2020-01-published.png',
    '/cards/incidents/2016-02-a.png',
    '/cards/incidents/2016-02-b.png',
  ]);
});

test('an actor card sums only the published incidents attributed to it', () => {
  const actor = listSocialCards(records).find((card) => card.kind === 'actors');
  expect(actor?.content.figure).toBe('$2M stolen');
  expect(actor?.content.details[0]).toBe('2 incidents in 2016');
});

test('article cards name their authors', () => {
  const card = listSocialCards(records).find((entry) => entry.kind === 'articles');
  expect(card?.content.details[0]).toBe('By Ann');
});
