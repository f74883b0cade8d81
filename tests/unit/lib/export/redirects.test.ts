import { expect, test } from 'vitest';
import { listRedirectRules, renderRedirectsFile } from '../../../../src/lib/export/redirects.ts';

test('listRedirectRules sends each former id’s page and JSON to the record’s current ones, sorted', () => {
  const rules = listRedirectRules({
    incidents: [
      { id: '2016-02-new', data: { former_ids: ['2016-02-old', '2016-02-older'] } },
      { id: '2017-01-x', data: { former_ids: [] } },
    ],
  });
  expect(rules).toEqual([
    ['/incidents/2016-02-old.json', '/incidents/2016-02-new.json'],
    ['/incidents/2016-02-old/', '/incidents/2016-02-new/'],
    ['/incidents/2016-02-older.json', '/incidents/2016-02-new.json'],
    ['/incidents/2016-02-older/', '/incidents/2016-02-new/'],
  ]);
  expect(renderRedirectsFile(rules).split('\n').slice(1, 3)).toEqual([
    '/incidents/2016-02-old.json /incidents/2016-02-new.json 301',
    '/incidents/2016-02-old/ /incidents/2016-02-new/ 301',
  ]);
});

test('under a base path both sides of every rule are written below it', () => {
  const rules = listRedirectRules({
    incidents: [{ id: '2016-02-new', data: { former_ids: ['2016-02-old'] } }],
  });
  expect(renderRedirectsFile(rules, '/tracker/').split('\n').slice(1, 3)).toEqual([
    '/tracker/incidents/2016-02-old.json /tracker/incidents/2016-02-new.json 301',
    '/tracker/incidents/2016-02-old/ /tracker/incidents/2016-02-new/ 301',
  ]);
});

test('renamed actors, articles, actions and facilitators keep their old pages too', () => {
  const renamed = (id: string, old: string) => [{ id, data: { former_ids: [old] } }];
  expect(
    listRedirectRules({
      incidents: [],
      actors: renamed('lazarus-group', 'lazarus'),
      articles: renamed('2026-01-new-title', '2026-01-old-title'),
      actions: renamed('2020-08-forfeiture', '2020-08-old-forfeiture'),
      facilitators: renamed('blender-io', 'blender'),
    }),
  ).toEqual([
    ['/actors/lazarus/', '/actors/lazarus-group/'],
    ['/articles/2026-01-old-title/', '/articles/2026-01-new-title/'],
    ['/facilitators/blender/', '/facilitators/blender-io/'],
    ['/response/2020-08-old-forfeiture/', '/response/2020-08-forfeiture/'],
  ]);
});
