/** Every `[[incident-id]]` in an article body or a Markdown field points at an existing incident. */
import { findIncidentRefs } from '../../markdown/incident-ref-syntax.ts';
import type { ContentProblem } from '../problem.ts';
import { problemAt, type ValidatedContent, type ValidRecord } from '../validate-records.ts';

function unknownRefMessage(id: string): string {
  return `[[${id}]] does not match any incident; expected a file name from content/incidents/ without .yaml`;
}

function checkMarkdownField(
  content: ValidatedContent,
  record: ValidRecord<unknown>,
  field: string,
  markdown: string | undefined,
): ContentProblem[] {
  if (!markdown) return [];
  return findIncidentRefs(markdown)
    .filter((ref) => !content.ids.incidents.has(ref.id))
    .map((ref) => problemAt(record, [field], unknownRefMessage(ref.id)));
}

export function checkIncidentLinks(content: ValidatedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const article of content.articles) {
    if (!article.body) continue;
    for (const ref of findIncidentRefs(article.body.text)) {
      if (content.ids.incidents.has(ref.id)) continue;
      problems.push({
        file: article.file,
        line: article.body.firstLine + ref.line - 1,
        column: ref.column,
        field: 'body',
        message: unknownRefMessage(ref.id),
      });
    }
  }
  for (const incident of content.incidents)
    problems.push(...checkMarkdownField(content, incident, 'narrative', incident.data.narrative));
  for (const actor of content.actors)
    problems.push(...checkMarkdownField(content, actor, 'description', actor.data.description));
  return problems;
}
