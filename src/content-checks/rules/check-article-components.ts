/**
 * Author components in article bodies: only the components in src/components/mdx/ may appear,
 * each with props its schema (src/schemas/author-components.ts, the same one the components use at
 * build time) accepts, and every actor or incident id a prop names must exist. Without this the
 * build would fail late, one article at a time, or chart the wrong thing for a misspelt id.
 * (Imports, HTML tags and MDX syntax errors are reported by check-markdown-safety.)
 */
import type { z } from 'astro/zod';
import {
  findComponentTags,
  type ComponentProp,
  type ComponentTag,
  type Located,
} from '../../markdown/mdx-component-tags.ts';
import { authorComponentPropsSchemas, type AuthorComponentName } from '../../schemas/author-components.ts';
import type { ContentProblem } from '../problem.ts';
import type { ValidatedContent } from '../validate-records.ts';

const COMPONENT_LIST = Object.keys(authorComponentPropsSchemas)
  .map((name) => `<${name}>`)
  .join(', ');

type Report = (where: Located, message: string) => void;

function isAuthorComponent(name: string): name is AuthorComponentName {
  return Object.hasOwn(authorComponentPropsSchemas, name);
}

/** The props as the component would receive them, or a report for each prop that is not a literal. */
function readLiteralProps(tag: ComponentTag, report: Report): Record<string, unknown> | undefined {
  const props: Record<string, unknown> = {};
  let readable = true;
  for (const prop of tag.props) {
    if (prop.name === '...') {
      report(prop, `<${tag.name}> cannot take spread props ({...}); write each prop out`);
      readable = false;
    } else if (prop.value.kind === 'expression') {
      report(prop, `${prop.name}={${prop.value.source}} cannot be checked; write a literal value`);
      readable = false;
    } else {
      if (Object.hasOwn(props, prop.name)) report(prop, `${prop.name} is given twice on <${tag.name}>`);
      props[prop.name] = prop.value.value;
    }
  }
  return readable ? props : undefined;
}

function describeIssue(tag: ComponentTag, issue: z.core.$ZodIssue, known: string[]): string {
  const [name] = issue.path;
  if (issue.code === 'unrecognized_keys')
    return `unknown prop "${issue.keys.join('", "')}" on <${tag.name}>; expected one of: ${known.join(', ')}`;
  return `<${tag.name}> ${String(name ?? 'props')}: ${issue.message}`;
}

function checkIdsExist(
  content: ValidatedContent,
  tag: ComponentTag,
  propAt: (name: string) => ComponentProp | undefined,
  props: Record<string, unknown>,
  report: Report,
): void {
  const actor = props['actor'];
  if (typeof actor === 'string' && !content.ids.actors.has(actor))
    report(
      propAt('actor') ?? tag,
      `unknown actor id "${actor}" in <${tag.name}>; expected an id from content/actors/`,
    );
  const incidents = props['incidents'];
  if (!Array.isArray(incidents)) return;
  for (const id of incidents) {
    if (typeof id === 'string' && !content.ids.incidents.has(id))
      report(
        propAt('incidents') ?? tag,
        `unknown incident id "${id}" in <${tag.name}>; expected a file name from content/incidents/ without .yaml`,
      );
  }
}

function checkTag(content: ValidatedContent, tag: ComponentTag, report: Report): void {
  if (!isAuthorComponent(tag.name)) {
    report(
      tag,
      `unknown component <${tag.name}>; articles may use only ${COMPONENT_LIST} from src/components/mdx/`,
    );
    return;
  }
  const props = readLiteralProps(tag, report);
  if (!props) return;
  const schema = authorComponentPropsSchemas[tag.name];
  const propAt = (name: string) => tag.props.find((prop) => prop.name === name);
  const result = schema.safeParse(props);
  if (!result.success) {
    const known = Object.keys(schema.shape);
    for (const issue of result.error.issues) {
      const where =
        issue.code === 'unrecognized_keys' ? propAt(issue.keys[0] ?? '') : propAt(String(issue.path[0]));
      report(where ?? tag, describeIssue(tag, issue, known));
    }
  }
  checkIdsExist(content, tag, propAt, props, report);
}

export function checkArticleComponents(content: ValidatedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const article of content.articles) {
    if (!article.body) continue;
    const { text, firstLine } = article.body;
    const report: Report = (where, message) =>
      problems.push({
        file: article.file,
        line: firstLine + where.line - 1,
        column: where.column,
        field: 'body',
        message,
      });
    let tags: ComponentTag[];
    try {
      tags = findComponentTags(text);
    } catch {
      continue; // Invalid MDX: check-markdown-safety reports the parser's error with its line.
    }
    for (const tag of tags) checkTag(content, tag, report);
  }
  return problems;
}
