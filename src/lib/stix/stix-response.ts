/**
 * The response record in STIX 2.1. A facilitator is an `identity` (an individual, an organisation,
 * or a system for a mixer, bridge or service), `related-to` the campaign of each incident an action
 * ties it to. An action is a `report` (published on its date) whose object_refs are the incidents
 * and campaigns it concerns and the intrusion sets and facilitators it targets. Ids derive from
 * record ids, so they stay stable across builds.
 */
import type { ExportDataset } from '../export/dataset.ts';
import { getActionPath, getFacilitatorPath } from '../export/permalinks.ts';
import { getSourcedRecordDates } from '../export/record-dates.ts';
import { getEarliestDay } from '../partial-date.ts';
import { ACTION_KIND_LABELS } from '../response.ts';
import type { FacilitatorKind } from '../../schemas/facilitator.ts';
import {
  addRelationship,
  compact,
  nonEmpty,
  permalinkReference,
  sourceReferences,
  type BuildContext,
} from './stix-context.ts';
import { getStixId, toStixTimestamp } from './stix-ids.ts';

const IDENTITY_CLASS: Readonly<Record<FacilitatorKind, string>> = {
  person: 'individual',
  company: 'organization',
  exchange: 'organization',
  'otc-desk': 'organization',
  casino: 'organization',
  'junket-operator': 'organization',
  bank: 'organization',
  mixer: 'system',
  bridge: 'system',
  service: 'system',
};

export function getFacilitatorStixId(id: string): string {
  return getStixId('identity', `facilitator:${id}`);
}

export function addFacilitators(ctx: BuildContext, dataset: ExportDataset): void {
  for (const { id, data } of dataset.facilitators) {
    ctx.registry.add(
      'facilitator',
      id,
      compact({
        type: 'identity',
        id: getFacilitatorStixId(id),
        created_by_ref: ctx.publisherId,
        name: data.name,
        description: data.summary,
        identity_class: IDENTITY_CLASS[data.kind],
        roles: [data.kind],
        external_references: [
          permalinkReference(ctx, id, getFacilitatorPath(id)),
          ...sourceReferences(ctx, data.sources),
        ],
      }),
      getSourcedRecordDates(data, `facilitators/${id}`),
    );
  }
}

export function addActions(ctx: BuildContext, dataset: ExportDataset): void {
  for (const { id, data } of dataset.actions) {
    const dates = getSourcedRecordDates(data, `actions/${id}`);
    const refs = [
      ...data.incidents.flatMap((incident) => [
        getStixId('incident', incident),
        getStixId('campaign', incident),
      ]),
      ...data.targets.actors.map((actor) => getStixId('intrusion-set', actor)),
      ...data.targets.facilitators.map(getFacilitatorStixId),
    ];
    ctx.registry.add(
      'report',
      `action:${id}`,
      {
        type: 'report',
        id: getStixId('report', `action:${id}`),
        created_by_ref: ctx.publisherId,
        name: data.title,
        description: `${ACTION_KIND_LABELS[data.kind]}. ${data.summary}${data.outcome ? ` ${data.outcome}` : ''}`,
        report_types: ['threat-report'],
        labels: [data.kind],
        published: toStixTimestamp(getEarliestDay(data.date)),
        object_refs: nonEmpty(refs) ?? [ctx.publisherId],
        external_references: [
          permalinkReference(ctx, id, getActionPath(id)),
          ...sourceReferences(ctx, data.sources),
        ],
      },
      dates,
    );
    for (const facilitator of data.targets.facilitators)
      for (const incident of data.incidents)
        addRelationship(
          ctx,
          'facilitator-relationship',
          `${facilitator}|${incident}`,
          'related-to',
          getFacilitatorStixId(facilitator),
          getStixId('campaign', incident),
          dates,
          { description: `Named in ${data.title}.` },
        );
  }
}
