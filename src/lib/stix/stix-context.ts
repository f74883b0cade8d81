/** Shared pieces for building STIX objects: the build context, references, relationships, countries. */
import { getCountryName } from '../countries.ts';
import { toAbsoluteUrl } from '../export/permalinks.ts';
import type { RecordDates } from '../export/record-dates.ts';
import type { Source } from '../../schemas/source.ts';
import type { PublisherDirectory } from '../sources.ts';
import { getStixId } from './stix-ids.ts';
import type { StixRegistry, StixGroup } from './stix-registry.ts';
import type { StixExternalReference } from './stix-types.ts';

/**
 * A cited source as STIX external references: the original under its publisher's name, and, when
 * it was read in a copy, the copy as a second reference that says so.
 */
export function sourceReferences(ctx: BuildContext, sources: readonly Source[]): StixExternalReference[] {
  return sources.flatMap((source) => {
    const original = {
      source_name: getPublisherName(ctx, source.publisher),
      description: source.title,
      url: source.url,
    };
    if (!source.via) return [original];
    return [
      original,
      {
        source_name: getPublisherName(ctx, source.via.publisher),
        description: `Copy of “${source.title}” (${getPublisherName(ctx, source.publisher)}), as read by us`,
        url: source.via.url,
      },
    ];
  });
}

function getPublisherName(ctx: BuildContext, id: string): string {
  return ctx.publishers.get(id)?.name ?? id;
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
  /** Publisher records, for the names of cited sources. */
  publishers: PublisherDirectory;
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
