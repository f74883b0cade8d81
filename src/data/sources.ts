/** Sources joined to their publisher records, for any page that lists sources. */
import { resolveSources, type ResolvedSource } from '../lib/sources.ts';
import type { Source } from '../schemas/source.ts';
import { getCatalog } from './catalog.ts';

export async function getResolvedSources(sources: readonly Source[]): Promise<ResolvedSource[]> {
  return resolveSources(sources, (await getCatalog()).publishers);
}
