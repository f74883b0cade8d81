/** One incident as an `incident` and a `campaign`, with its attribution, victims and tooling. */
import { getEarliestDay, getLatestDay } from '../partial-date.ts';
import type { ExportDataset } from '../export/dataset.ts';
import { getIncidentPath } from '../export/permalinks.ts';
import { getSourcedRecordDates, type RecordDates } from '../export/record-dates.ts';
import type { Source } from '../../schemas/source.ts';
import type { Incident } from '../../schemas/incident.ts';
import { LOSS_KINDS, type LossKind } from '../incident-claims.ts';
import { formatUsdExact } from '../money.ts';
import { getStixId, toStixTimestamp } from './stix-ids.ts';
import { STIX_CONFIDENCE } from './stix-types.ts';
import {
  addCountry,
  addRelationship,
  compact,
  nonEmpty,
  permalinkReference,
  sourceReferences,
  type BuildContext,
} from './stix-context.ts';

function addIncidentTargets(
  ctx: BuildContext,
  incidentId: string,
  campaignId: string,
  victims: ExportDataset['incidents'][number]['data']['victims'],
  dates: RecordDates,
): void {
  for (const victim of victims) {
    const locationId = victim.country ? addCountry(ctx, victim.country, dates) : undefined;
    if (locationId)
      addRelationship(
        ctx,
        'incident',
        `${incidentId}|targets|${victim.country}`,
        'targets',
        campaignId,
        locationId,
        dates,
      );
    if (!victim.name) continue;
    const victimKey = `${victim.name}|${victim.country ?? ''}`;
    const identityId = getStixId('identity', `victim:${victimKey}`);
    ctx.registry.add(
      'victim',
      victimKey,
      {
        type: 'identity',
        id: identityId,
        created_by_ref: ctx.publisherId,
        name: victim.name,
        identity_class: 'organization',
      },
      dates,
    );
    addRelationship(
      ctx,
      'incident',
      `${incidentId}|targets|${victimKey}`,
      'targets',
      campaignId,
      identityId,
      dates,
    );
    if (locationId)
      addRelationship(ctx, 'victim-relationship', victimKey, 'located-at', identityId, locationId, dates);
  }
}

function addAttributions(
  ctx: BuildContext,
  incidentId: string,
  campaignId: string,
  incident: ExportDataset['incidents'][number]['data'],
  dates: RecordDates,
): void {
  const actorIds = [...new Set(incident.attribution.map((a) => a.actor))];
  for (const actorId of actorIds) {
    const claims = incident.attribution.filter((a) => a.actor === actorId);
    const confidence = Math.max(...claims.map((claim) => STIX_CONFIDENCE[claim.confidence]));
    const description = claims
      .map((claim) => `${claim.by}${claim.date ? ` (${claim.date})` : ''}: ${claim.confidence} confidence`)
      .join('; ');
    const sourceKeys = [...new Set(claims.map((claim) => claim.source))];
    const references = sourceReferences(
      ctx,
      sourceKeys
        .map((key) => incident.sources.find((source) => source.key === key))
        .filter((source): source is Source => source !== undefined),
    );
    addRelationship(
      ctx,
      'incident',
      `${incidentId}|attributed-to|${actorId}`,
      'attributed-to',
      campaignId,
      getStixId('intrusion-set', actorId),
      dates,
      { description: `Attributed by ${description}.`, confidence, external_references: nonEmpty(references) },
    );
  }
}

const LOSS_WORDS: Record<LossKind, string> = {
  attempted: 'attempted',
  stolen: 'stolen',
  recovered: 'recovered (returned to the victim)',
  frozen: 'frozen or seized (not returned)',
};

/**
 * The summary, then the money in words: STIX 2.1 has no property for amounts, and a reader of the
 * bundle should still see what was stolen, returned and only frozen.
 */
export function describeIncidentForStix(data: Pick<Incident, 'summary' | 'losses'>): string {
  const money = LOSS_KINDS.flatMap((kind) => {
    const figure = data.losses[kind];
    if (!figure) return [];
    const high = figure.usd_high !== undefined ? ` to ${formatUsdExact(figure.usd_high)}` : '';
    return [`${formatUsdExact(figure.usd)}${high} ${LOSS_WORDS[kind]}`];
  });
  return money.length > 0 ? `${data.summary} Money (USD at the time): ${money.join('; ')}.` : data.summary;
}

export function addIncidents(ctx: BuildContext, dataset: ExportDataset): void {
  for (const { id, data } of dataset.incidents) {
    const dates = getSourcedRecordDates(data, `incidents/${id}`);
    const incidentId = getStixId('incident', id);
    const campaignId = getStixId('campaign', id);
    const permalink = permalinkReference(ctx, id, getIncidentPath(id));
    ctx.registry.add(
      'incident',
      `${id}|0`,
      {
        type: 'incident',
        id: incidentId,
        created_by_ref: ctx.publisherId,
        name: data.title,
        description: describeIncidentForStix(data),
        labels: [data.category, data.status],
        external_references: [permalink, ...sourceReferences(ctx, data.sources)],
      },
      dates,
    );
    ctx.registry.add(
      'incident',
      `${id}|1`,
      compact({
        type: 'campaign',
        id: campaignId,
        created_by_ref: ctx.publisherId,
        name: data.title,
        description: `The adversary activity behind the incident: ${data.summary}`,
        first_seen: toStixTimestamp(getEarliestDay(data.dates.start)),
        last_seen: data.dates.end ? toStixTimestamp(getLatestDay(data.dates.end), 'end') : undefined,
        external_references: [permalink],
      }),
      dates,
    );
    addRelationship(ctx, 'incident', `${id}|campaign`, 'related-to', incidentId, campaignId, dates, {
      description:
        'The campaign is the adversary side of this incident: who did it, against whom, with what.',
    });
    addAttributions(ctx, id, campaignId, data, dates);
    addIncidentTargets(ctx, id, campaignId, data.victims, dates);
    for (const name of data.malware) {
      const key = name.toLowerCase();
      const malwareId = getStixId('malware', key);
      ctx.registry.add(
        'malware',
        key,
        { type: 'malware', id: malwareId, created_by_ref: ctx.publisherId, name, is_family: true },
        dates,
      );
      addRelationship(ctx, 'incident', `${id}|uses|malware|${key}`, 'uses', campaignId, malwareId, dates);
    }
    for (const technique of data.techniques) {
      const patternId = getStixId('attack-pattern', technique);
      ctx.registry.add(
        'attack-pattern',
        technique,
        {
          type: 'attack-pattern',
          id: patternId,
          created_by_ref: ctx.publisherId,
          // Our records hold ATT&CK ids only; consumers resolve the name through external_id.
          name: technique,
          description: `MITRE ATT&CK technique ${technique}.`,
          external_references: [
            {
              source_name: 'mitre-attack',
              external_id: technique,
              url: `https://attack.mitre.org/techniques/${technique.replace('.', '/')}/`,
            },
          ],
        },
        dates,
      );
      addRelationship(
        ctx,
        'incident',
        `${id}|uses|technique|${technique}`,
        'uses',
        campaignId,
        patternId,
        dates,
      );
    }
    for (const relatedId of data.related) {
      addRelationship(
        ctx,
        'incident',
        `${id}|related|${relatedId}`,
        'related-to',
        incidentId,
        getStixId('incident', relatedId),
        dates,
      );
    }
  }
}
