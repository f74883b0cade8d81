import { expect, test } from 'vitest';
import { authorComponentPropsSchemas } from '../../../src/schemas/author-components.ts';

test('LossesByYear accepts an actor and a year range', () => {
  expect(
    authorComponentPropsSchemas.LossesByYear.parse({ actor: 'lazarus-group', from: 2015, to: 2018 }),
  ).toEqual({
    actor: 'lazarus-group',
    from: 2015,
    to: 2018,
  });
});

test('author component props reject unknown props, reversed ranges and bad ids', () => {
  expect(authorComponentPropsSchemas.LossesByYear.safeParse({ actr: 'x' }).success).toBe(false);
  expect(
    authorComponentPropsSchemas.Timeline.safeParse({ from: 2019, to: 2015 }).error?.issues[0]?.message,
  ).toBe('from must not be after to');
  expect(authorComponentPropsSchemas.IncidentMap.safeParse({ incidents: ['Not An Id'] }).success).toBe(false);
  expect(authorComponentPropsSchemas.IncidentMap.safeParse({ incidents: [] }).success).toBe(false);
});
