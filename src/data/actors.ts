/** Actors with the incidents attributed to them and their relations to other actors. */
import { computeHeadlineFigures, type HeadlineFigures } from '../lib/aggregate.ts';
import type { ActorRelation } from '../schemas/actor.ts';
import { getCatalog, requireEntry, type ActorEntry, type IncidentEntry } from './catalog.ts';
import { renderMarkdownField } from './markdown.ts';
import { getCountrySlug } from '../lib/countries.ts';
import { groupActorRelations, type RelationGroup } from '../lib/actor-relations.ts';

export interface ActorPage {
  actor: ActorEntry;
  incidents: IncidentEntry[];
  figures: HeadlineFigures;
  /** Relations to other actors, one group per label ("Overlaps with"), both sides of each relation. */
  relations: RelationGroup<ActorRelation & { actorEntry: ActorEntry; inverse: boolean }>[];
  descriptionHtml: string | undefined;
  /** The sponsor's country page, when it has one (pages exist for victim countries). */
  sponsorPage: string | undefined;
}

export async function getActorPages(): Promise<ActorPage[]> {
  const catalog = await getCatalog();
  return Promise.all(
    catalog.actors.map(async (actor) => {
      const incidents = catalog.incidents.filter((incident) => incident.summary.actors.includes(actor.id));
      const outgoing = actor.data.related.map((relation) => ({
        ...relation,
        actorEntry: requireEntry(catalog.actorById, relation.actor, `${actor.file} related.actor`),
        inverse: false,
      }));
      // Show the other side of a relation too: Lazarus's page lists APT38 as its sub-group.
      const incoming = catalog.actors.flatMap((other) =>
        other.data.related
          .filter((relation) => relation.actor === actor.id)
          .map((relation) => ({ ...relation, actor: other.id, actorEntry: other, inverse: true })),
      );
      const sponsorIsVictim = catalog.incidents.some((incident) =>
        incident.summary.countries.includes(actor.data.sponsor),
      );
      return {
        actor,
        sponsorPage: sponsorIsVictim ? `/countries/${getCountrySlug(actor.data.sponsor)}/` : undefined,
        incidents,
        figures: computeHeadlineFigures(incidents.map((incident) => incident.summary)),
        relations: groupActorRelations([...outgoing, ...incoming]),
        descriptionHtml: actor.data.description
          ? await renderMarkdownField(actor.data.description, actor.file)
          : undefined,
      };
    }),
  );
}
