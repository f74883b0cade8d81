/**
 * Sources joined to their publishers: who made each statement, how close that publisher stands to
 * the facts (its tier), and the copy it was read in. Pure, so pages, exports and tests share it.
 */
import type { Publisher, PublisherTier } from '../schemas/publisher.ts';
import { PUBLISHER_TIERS } from '../schemas/publisher.ts';
import type { Source } from '../schemas/source.ts';

export interface PublisherRef {
  id: string;
  name: string;
  tier: PublisherTier;
}

export type PublisherDirectory = ReadonlyMap<string, PublisherRef>;

export interface ResolvedSource extends Source {
  publisherRef: PublisherRef;
  viaRef: PublisherRef | undefined;
}

/** Publisher records by id, reduced to what a citation shows. */
export function toPublisherDirectory(
  publishers: ReadonlyArray<{ id: string; data: Pick<Publisher, 'name' | 'tier'> }>,
): PublisherDirectory {
  return new Map(publishers.map(({ id, data }) => [id, { id, name: data.name, tier: data.tier }]));
}

function lookUp(directory: PublisherDirectory, id: string): PublisherRef {
  const found = directory.get(id);
  // The integrity checks refuse unknown publishers before any page renders; this is the last guard.
  if (!found) throw new Error(`unknown publisher "${id}" (run \`npm run check\`)`);
  return found;
}

export function resolveSource(source: Source, directory: PublisherDirectory): ResolvedSource {
  return {
    ...source,
    publisherRef: lookUp(directory, source.publisher),
    viaRef: source.via ? lookUp(directory, source.via.publisher) : undefined,
  };
}

export function resolveSources(sources: readonly Source[], directory: PublisherDirectory): ResolvedSource[] {
  return sources.map((source) => resolveSource(source, directory));
}

export interface TierCount {
  tier: PublisherTier;
  count: number;
}

/** How many of the sources come from each tier, nearest the facts first; empty tiers left out. */
export function tallySourceTiers(sources: ReadonlyArray<Pick<ResolvedSource, 'publisherRef'>>): TierCount[] {
  return PUBLISHER_TIERS.map((tier) => ({
    tier,
    count: sources.filter((source) => source.publisherRef.tier === tier).length,
  })).filter(({ count }) => count > 0);
}

/** `[{official, 2}, {press, 3}]` → "2 official, 3 press". */
export function formatTierTally(tally: readonly TierCount[]): string {
  return tally.map(({ tier, count }) => `${count} ${tier}`).join(', ');
}

/** What each tier means, in the words the page and the about page show. */
export const TIER_DESCRIPTIONS: Readonly<Record<PublisherTier, string>> = {
  official: 'a government, court, regulator, central bank or the UN',
  victim: 'the victim’s own statement',
  research: 'a security or blockchain-analytics firm’s own report',
  press: 'an established news organisation’s own reporting',
  secondary: 'a repost, aggregator or social post',
};
