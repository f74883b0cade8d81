/**
 * Actor relations as a page lists them: one label ("Overlaps with") with every actor it applies to,
 * so a description list never repeats a term (the W3C Nu checker's "Duplicate dt name").
 */
import type { ActorRelation } from '../schemas/actor.ts';

/** The label of a relation as read from the page's actor: [as declared, seen from the other side]. */
const RELATION_TEXT: Record<ActorRelation['relation'], readonly [string, string]> = {
  'subgroup-of': ['Sub-group of', 'Parent group of'],
  'overlaps-with': ['Overlaps with', 'Overlaps with'],
  'associated-with': ['Associated with', 'Associated with'],
};

export interface RelationGroup<T> {
  label: string;
  relations: T[];
}

/** The label for one relation; `inverse` when the other actor declared it ("Parent group of"). */
export function describeRelation(relation: ActorRelation['relation'], inverse: boolean): string {
  return RELATION_TEXT[relation][inverse ? 1 : 0];
}

/** Relations grouped under their label, labels in order of first appearance, relations in input order. */
export function groupActorRelations<T extends { relation: ActorRelation['relation']; inverse: boolean }>(
  relations: readonly T[],
): RelationGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const relation of relations) {
    const label = describeRelation(relation.relation, relation.inverse);
    groups.set(label, [...(groups.get(label) ?? []), relation]);
  }
  return [...groups].map(([label, grouped]) => ({ label, relations: grouped }));
}
