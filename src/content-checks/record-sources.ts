/**
 * Every record that cites sources, with where its sources list sits, so the rules about sources
 * (publishers, URLs, tiers) walk one list instead of each naming every collection.
 */
import type { Source } from '../schemas/source.ts';
import type { ValidatedContent, ValidRecord } from './validate-records.ts';

export interface RecordWithSources {
  record: ValidRecord<unknown>;
  sources: readonly Source[];
}

export function listRecordsWithSources(content: ValidatedContent): RecordWithSources[] {
  return [
    ...content.incidents.map((record) => ({ record, sources: record.data.sources })),
    ...content.actors.map((record) => ({ record, sources: record.data.sources })),
    ...content.articles.map((record) => ({ record, sources: record.data.sources })),
    ...content.estimates.map((record) => ({ record, sources: record.data.sources })),
    ...content.actions.map((record) => ({ record, sources: record.data.sources })),
    ...content.facilitators.map((record) => ({ record, sources: record.data.sources })),
  ];
}
