/**
 * The words around a timeline: lane labels, the summary's list of lanes, the caption that explains
 * the encoding, and the data table (one row per incident, or per lane and year when binned).
 */
import type { IncidentSummary } from '../lib/incident-summary.ts';
import { formatUsd } from '../lib/money.ts';
import { comparePartialDates, formatPartialDateShort } from '../lib/partial-date.ts';
import { MISSING_VALUE, type ChartTable } from './chart-table.ts';
import { formatCount } from './svg.ts';
import type { TimelineLane, TimelineOptions } from './timeline.ts';

/** The lane key of incidents with no attributed actor. */
export const UNATTRIBUTED = '';

export function getLaneLabel(key: string, options: TimelineOptions): string {
  return key === UNATTRIBUTED ? options.unattributedLabel : (options.labels[key] ?? key);
}

export function describeLanes(lanes: readonly TimelineLane[]): string {
  const names = lanes.map((lane) => lane.label);
  return names.length <= 5
    ? names.join(', ')
    : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
}

export function buildIncidentTable(
  incidents: readonly IncidentSummary[],
  options: TimelineOptions,
): ChartTable {
  const laneHeading = getLaneHeading(options);
  const rows = [...incidents]
    .sort((a, b) => comparePartialDates(a.start, b.start) || a.id.localeCompare(b.id))
    .map((incident) => {
      const laneText =
        options.laneBy === 'actor'
          ? incident.actors.map((actor) => options.labels[actor] ?? actor).join(', ') ||
            options.unattributedLabel
          : getLaneLabel(incident.category, options);
      return [
        incident.title,
        formatPartialDateShort(incident.start),
        laneText,
        incident.status,
        incident.usd.stolen === undefined ? MISSING_VALUE : formatUsd(incident.usd.stolen),
        incident.usd.attempted === undefined ? MISSING_VALUE : formatUsd(incident.usd.attempted),
      ];
    });
  return {
    columns: ['Incident', 'Start', laneHeading, 'Status', 'Stolen (USD)', 'Attempted (USD)'],
    rows,
    numericColumns: [4, 5],
  };
}

export function getLaneHeading(options: TimelineOptions): string {
  return options.laneBy === 'actor' ? 'Attributed to' : 'Category';
}

export function describeLaneRule(options: TimelineOptions): string {
  return options.laneBy === 'actor' ? 'first actor it is attributed to' : 'incident category';
}

export function describeEncoding(options: TimelineOptions): string {
  return (
    `Each mark is one incident, in the lane of the ${describeLaneRule(options)}. ` +
    'Mark area shows US dollars: solid for stolen, hatched for disrupted (stopped part-way), a dashed ring for an attempt where nothing was taken (sized by the amount attempted). ' +
    'A circle marks a known day; a bar spans the month or year when the sources give only that.'
  );
}

export function describeBinnedEncoding(count: number, options: TimelineOptions): string {
  return (
    `${formatCount(count, 'incident')} are too many to draw one by one, so each bar sums one year of a lane ` +
    `(an incident sits in the lane of the ${describeLaneRule(options)}). ` +
    'Bar height shows the US dollars stolen that year (square-root scale): hatched when every incident that year was disrupted, a dashed outline when all were attempts where nothing was taken (sized by the amount attempted). ' +
    'Hover or focus a bar for its count; the data table lists every lane and year.'
  );
}
