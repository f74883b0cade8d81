/**
 * Our records as a STIX 2.1 bundle.
 *
 * Mapping (and why):
 * - actor → `intrusion-set` (aliases, MITRE ATT&CK group id as an external reference), with
 *   `originates-from` its sponsoring state's `location` and `related-to` the actors it overlaps.
 * - incident → an `incident` plus a `campaign`. STIX 2.1's Incident is a stub with no defined
 *   relationships, while attribution (`attributed-to` an intrusion set), victims (`targets` a
 *   location or identity) and tooling (`uses` malware or an attack pattern) are defined for
 *   campaigns. So the campaign carries the adversary side, and `related-to` joins the two.
 * - victim country → `location`; named victim → `identity` (`located-at` its country).
 * - malware name → `malware` (a family); ATT&CK technique id → `attack-pattern`.
 * - article → `report` referring to the incidents it discusses.
 * - the site itself → the `identity` every object is `created_by_ref`.
 *
 * Ids are UUIDv5 from our own ids and timestamps come from content dates (see record-dates.ts),
 * so the same content always gives the same bundle, byte for byte.
 */
import { addActions, addFacilitators } from './stix-response.ts';
import { getCountryName } from '../countries.ts';
import { getEarliestDay } from '../partial-date.ts';
import { sortDataset, type ExportDataset } from '../export/dataset.ts';
import { getActorPath, getArticlePath, toAbsoluteUrl } from '../export/permalinks.ts';
import { getArticleDates, getSourcedRecordDates } from '../export/record-dates.ts';
import { getStixId, toStixTimestamp } from './stix-ids.ts';
import {
  addCountry,
  addRelationship,
  compact,
  nonEmpty,
  permalinkReference,
  sourceReferences,
  type BuildContext,
} from './stix-context.ts';
import { addIncidents } from './stix-incidents.ts';
import { StixRegistry } from './stix-registry.ts';
import type { StixBundle, StixExternalReference } from './stix-types.ts';

const ACTOR_RELATION_WORDS = {
  'subgroup-of': 'is a subgroup of',
  'overlaps-with': 'overlaps with',
  'associated-with': 'is associated with',
} as const;

function addActors(ctx: BuildContext, dataset: ExportDataset): void {
  for (const { id, data } of dataset.actors) {
    const dates = getSourcedRecordDates(data, `actors/${id}`);
    const stixId = getStixId('intrusion-set', id);
    const references: StixExternalReference[] = [permalinkReference(ctx, id, getActorPath(id))];
    if (data.mitre) {
      references.push({
        source_name: 'mitre-attack',
        external_id: data.mitre,
        url: `https://attack.mitre.org/groups/${data.mitre}/`,
      });
    }
    references.push(...sourceReferences(ctx, data.sources));
    ctx.registry.add(
      'intrusion-set',
      id,
      compact({
        type: 'intrusion-set',
        id: stixId,
        created_by_ref: ctx.publisherId,
        name: data.name,
        description: data.summary,
        aliases: nonEmpty([...data.aliases]),
        first_seen: data.first_seen ? toStixTimestamp(getEarliestDay(data.first_seen)) : undefined,
        external_references: references,
      }),
      dates,
    );
    const sponsorId = addCountry(ctx, data.sponsor, dates);
    addRelationship(ctx, 'actor-relationship', `${id}|sponsor`, 'originates-from', stixId, sponsorId, dates, {
      description: `${data.name} is said to be sponsored by ${getCountryName(data.sponsor)}.`,
    });
    for (const relation of data.related) {
      const other = dataset.actors.find((actor) => actor.id === relation.actor);
      addRelationship(
        ctx,
        'actor-relationship',
        `${id}|${relation.actor}`,
        'related-to',
        stixId,
        getStixId('intrusion-set', relation.actor),
        dates,
        {
          description: `${data.name} ${ACTOR_RELATION_WORDS[relation.relation]} ${other?.data.name ?? relation.actor}.`,
        },
      );
    }
  }
}

function addArticles(ctx: BuildContext, dataset: ExportDataset): void {
  for (const { id, data } of dataset.articles) {
    const dates = getArticleDates(data);
    const refs = data.incidents.flatMap((incidentId) => [
      getStixId('incident', incidentId),
      getStixId('campaign', incidentId),
    ]);
    ctx.registry.add(
      'report',
      id,
      {
        type: 'report',
        id: getStixId('report', id),
        created_by_ref: ctx.publisherId,
        name: data.title,
        description: data.description,
        report_types: ['threat-report'],
        published: toStixTimestamp(data.published),
        // A report must refer to at least one object; an article about no incident refers to its publisher.
        object_refs: refs.length > 0 ? refs : [ctx.publisherId],
        external_references: [
          permalinkReference(ctx, id, getArticlePath(id)),
          ...sourceReferences(ctx, data.sources),
        ],
      },
      dates,
    );
  }
}

export function buildStixBundle(input: ExportDataset): StixBundle {
  const dataset = sortDataset(input);
  const ctx: BuildContext = {
    registry: new StixRegistry(),
    publisherId: getStixId('identity', 'publisher'),
    publishers: dataset.publishers,
    siteName: dataset.siteName,
    siteUrl: dataset.siteUrl,
  };
  addActors(ctx, dataset);
  addIncidents(ctx, dataset);
  addArticles(ctx, dataset);
  addFacilitators(ctx, dataset);
  addActions(ctx, dataset);
  const span = ctx.registry.span();
  if (!span) throw new Error('The STIX bundle needs at least one record');
  ctx.registry.add(
    'publisher',
    '',
    {
      type: 'identity',
      id: ctx.publisherId,
      name: dataset.siteName,
      identity_class: 'organization',
      external_references: [{ source_name: dataset.siteName, url: toAbsoluteUrl('/', dataset.siteUrl) }],
    },
    span,
  );
  return { type: 'bundle', id: getStixId('bundle', 'cyber-heist-tracker'), objects: ctx.registry.list() };
}
