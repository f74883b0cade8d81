/**
 * Collects STIX objects while the bundle is built. The same location, victim or malware can be
 * reached from many records: the registry keeps one object per id and widens its created/modified
 * span to cover every record that mentions it. Output order is by object group, then by our own
 * keys (record ids, ISO codes), never by insertion order, so the bundle diffs cleanly.
 */
import { toStixTimestamp } from './stix-ids.ts';
import type { RecordDates } from '../export/record-dates.ts';
import type { StixObject } from './stix-types.ts';

/** Groups in output order. */
const GROUP_ORDER = [
  'publisher',
  'intrusion-set',
  'location',
  'victim',
  'malware',
  'attack-pattern',
  'incident',
  'actor-relationship',
  'victim-relationship',
  'facilitator',
  'facilitator-relationship',
  'report',
] as const;

export type StixGroup = (typeof GROUP_ORDER)[number];

interface Entry {
  object: StixObject;
  group: StixGroup;
  sortKey: string;
  created: string;
  modified: string;
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class StixRegistry {
  #entries = new Map<string, Entry>();

  /** Adds `object` (or widens the dates of the one already there with the same id). */
  add(group: StixGroup, sortKey: string, object: StixObject, dates: RecordDates): void {
    const existing = this.#entries.get(object.id);
    if (existing) {
      if (dates.created < existing.created) existing.created = dates.created;
      if (dates.modified > existing.modified) existing.modified = dates.modified;
      return;
    }
    this.#entries.set(object.id, {
      object,
      group,
      sortKey,
      created: dates.created,
      modified: dates.modified,
    });
  }

  has(id: string): boolean {
    return this.#entries.has(id);
  }

  /** Every object with its final timestamps, in a stable order. */
  list(): StixObject[] {
    return [...this.#entries.values()]
      .sort(
        (a, b) =>
          GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
          compareCodePoints(a.sortKey, b.sortKey) ||
          compareCodePoints(a.object.id, b.object.id),
      )
      .map(({ object, created, modified }) => {
        const { type, id, ...rest } = object;
        return {
          type,
          spec_version: '2.1',
          id,
          created: toStixTimestamp(created),
          modified: toStixTimestamp(modified),
          ...rest,
        };
      });
  }

  /** Earliest created and latest modified day over everything registered so far. */
  span(): { created: string; modified: string } | undefined {
    const entries = [...this.#entries.values()];
    if (entries.length === 0) return undefined;
    return {
      created: entries.map((e) => e.created).reduce((a, b) => (b < a ? b : a)),
      modified: entries.map((e) => e.modified).reduce((a, b) => (b > a ? b : a)),
    };
  }
}
