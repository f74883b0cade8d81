/**
 * `[[incident-id]]` and `[[incident-id|label]]` → a link to the incident page. Without a label the
 * link text is the incident's title; its date is added as visually hidden text so a screen reader
 * hears which event is meant. An unknown id fails with the file and line.
 */
import type { Link, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { formatPartialDate, type PartialDate } from '../lib/partial-date.ts';
import { INCIDENT_REF_PATTERN } from './incident-ref-syntax.ts';

export interface IncidentLinkTarget {
  title: string;
  start: PartialDate;
}

export interface RemarkIncidentLinksOptions {
  /** Looks an id up; undefined means the id does not exist. */
  resolveIncident: (id: string) => IncidentLinkTarget | undefined;
  /** URL of an incident page. */
  incidentHref?: (id: string) => string;
}

const defaultHref = (id: string): string => `/incidents/${id}/`;

function buildLink(id: string, label: string | undefined, target: IncidentLinkTarget, href: string): Link {
  const when = formatPartialDate(target.start);
  const children: PhrasingContent[] = [{ type: 'text', value: label ?? target.title }];
  children.push({
    type: 'text',
    value: ` (incident, ${when})`,
    data: {
      hName: 'span',
      hProperties: { className: ['visually-hidden'] },
      hChildren: [{ type: 'text', value: ` (incident, ${when})` }],
    },
  } as Text);
  return {
    type: 'link',
    url: href,
    children,
    data: { hProperties: { className: ['incident-ref'], dataIncident: id } },
  };
}

export default function remarkIncidentLinks(options: RemarkIncidentLinksOptions) {
  const href = options.incidentHref ?? defaultHref;
  return (tree: Root, file: VFile): void => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || parent.type === 'link' || parent.type === 'linkReference') return;
      const pattern = new RegExp(INCIDENT_REF_PATTERN.source, 'g');
      const replacement: PhrasingContent[] = [];
      let cursor = 0;
      for (const match of node.value.matchAll(pattern)) {
        const id = (match[1] ?? '').trim();
        const label = match[2]?.trim();
        const target = options.resolveIncident(id);
        if (!target) {
          const where = node.position ? `${file.path ?? ''}:${node.position.start.line}` : (file.path ?? '');
          file.fail(
            `[[${id}]] does not match any incident (${where}); expected a file name from content/incidents/ without .yaml`,
            node,
          );
        }
        const start = match.index ?? 0;
        if (start > cursor) replacement.push({ type: 'text', value: node.value.slice(cursor, start) });
        replacement.push(buildLink(id, label, target, href(id)));
        cursor = start + match[0].length;
      }
      if (replacement.length === 0) return;
      if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
