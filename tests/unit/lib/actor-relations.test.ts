import { describe, expect, test } from 'vitest';
import { describeRelation, groupActorRelations } from '../../../src/lib/actor-relations.ts';

describe('describeRelation', () => {
  test('reads a sub-group relation from either side', () => {
    expect(describeRelation('subgroup-of', false)).toBe('Sub-group of');
    expect(describeRelation('subgroup-of', true)).toBe('Parent group of');
  });
  test('a symmetric relation reads the same from both sides', () => {
    expect(describeRelation('overlaps-with', true)).toBe(describeRelation('overlaps-with', false));
  });
});

describe('groupActorRelations', () => {
  test('gives each label once, with every actor it applies to, in input order', () => {
    const groups = groupActorRelations([
      { relation: 'overlaps-with', inverse: false, actor: 'a' },
      { relation: 'subgroup-of', inverse: true, actor: 'b' },
      { relation: 'overlaps-with', inverse: true, actor: 'c' },
      { relation: 'subgroup-of', inverse: true, actor: 'd' },
      { relation: 'subgroup-of', inverse: false, actor: 'e' },
    ] as const);
    expect(groups.map((group) => [group.label, group.relations.map((relation) => relation.actor)])).toEqual([
      ['Overlaps with', ['a', 'c']],
      ['Parent group of', ['b', 'd']],
      ['Sub-group of', ['e']],
    ]);
  });
  test('no relations give no group', () => {
    expect(groupActorRelations([])).toEqual([]);
  });
});
