/** Shared pieces for building STIX objects: the build context, references, relationships, countries. */
import { getCountryName } from '../countries.ts';
import { toAbsoluteUrl } from '../export/permalinks.ts';
import type { RecordDates } from '../export/record-dates.ts';
import type { Source } from '../../schemas/source.ts';
import { getStixId } from './stix-ids.ts';
import type { StixRegistry, StixGroup } from './stix-registry.ts';
import type { StixExternalReference } from './stix-types.ts';

export function sourceReference(source: Source): StixExternalReference {
  return { source_name: source.publisher, description: source.title, url: source.url };
}

export function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}

/** Drops undefined properties, so no optional property is written empty. */
export function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

export interface BuildContext {
  registry: StixRegistry;
  publisherId: string;
  siteName: string;
  siteUrl: string;
}

export function permalinkReference(ctx: BuildContext, id: string, path: string): StixExternalReference {
  return { source_name: ctx.siteName, external_id: id, url: toAbsoluteUrl(path, ctx.siteUrl) };
}

export function addRelationship(
  ctx: BuildContext,
  group: StixGroup,
  sortKey: string,
  relationshipType: string,
  sourceRef: string,
  targetRef: string,
  dates: RecordDates,
  extra: Record<string, unknown> = {},
): void {
  ctx.registry.add(
    group,
    sortKey,
    compact({
      type: 'relationship',
      id: getStixId('relationship', `${relationshipType}|${sourceRef}|${targetRef}`),
      created_by_ref: ctx.publisherId,
      relationship_type: relationshipType,
      source_ref: sourceRef,
      target_ref: targetRef,
      ...extra,
    }),
    dates,
  );
}

export function addCountry(ctx: BuildContext, code: string, dates: RecordDates): string {
  const id = getStixId('location', code);
  ctx.registry.add(
    'location',
    code,
    { type: 'location', id, created_by_ref: ctx.publisherId, name: getCountryName(code), country: code },
    dates,
  );
  return id;
}
