/** Every id a record names must exist: actors, taxonomy terms, incidents, authors. */
import type { CollectionName } from '../../schemas/collections.ts';
import type { ContentProblem, FieldPath } from '../problem.ts';
import { problemAt, type ValidatedContent, type ValidRecord } from '../validate-records.ts';

function checkIds(
  content: ValidatedContent,
  record: ValidRecord<unknown>,
  path: FieldPath,
  id: string,
  target: CollectionName,
  where: string,
): ContentProblem[] {
  if (content.ids[target].has(id)) return [];
  return [
    problemAt(record, path, `unknown ${target.replace(/s$/, '')} id "${id}"; expected an id from ${where}`),
  ];
}

function checkListedTwice(
  record: ValidRecord<unknown>,
  path: FieldPath,
  ids: readonly string[],
): ContentProblem[] {
  return ids.flatMap((id, index) =>
    ids.indexOf(id) !== index ? [problemAt(record, [...path, index], `"${id}" is listed twice`)] : [],
  );
}

export function checkReferences(content: ValidatedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const incident of content.incidents) {
    const { data } = incident;
    data.victims.forEach((victim, index) => {
      if (victim.sector) {
        problems.push(
          ...checkIds(
            content,
            incident,
            ['victims', index, 'sector'],
            victim.sector,
            'sectors',
            'content/taxonomy/sectors.yaml',
          ),
        );
      }
    });
    data.attribution.forEach((attribution, index) => {
      problems.push(
        ...checkIds(
          content,
          incident,
          ['attribution', index, 'actor'],
          attribution.actor,
          'actors',
          'content/actors/',
        ),
      );
    });
    data.methods.forEach((method, index) => {
      problems.push(
        ...checkIds(
          content,
          incident,
          ['methods', index],
          method,
          'methods',
          'content/taxonomy/methods.yaml',
        ),
      );
    });
    data.related.forEach((related, index) => {
      problems.push(
        ...checkIds(content, incident, ['related', index], related, 'incidents', 'content/incidents/'),
      );
      if (related === incident.id)
        problems.push(problemAt(incident, ['related', index], 'an incident cannot be related to itself'));
    });
    problems.push(
      ...checkListedTwice(incident, ['methods'], data.methods),
      ...checkListedTwice(incident, ['related'], data.related),
      ...checkListedTwice(incident, ['techniques'], data.techniques),
    );
  }
  for (const actor of content.actors) {
    actor.data.related.forEach((relation, index) => {
      problems.push(
        ...checkIds(content, actor, ['related', index, 'actor'], relation.actor, 'actors', 'content/actors/'),
      );
      if (relation.actor === actor.id)
        problems.push(problemAt(actor, ['related', index, 'actor'], 'an actor cannot be related to itself'));
    });
  }
  for (const article of content.articles) {
    const { data } = article;
    data.authors.forEach((author, index) => {
      problems.push(...checkIds(content, article, ['authors', index], author, 'authors', 'content/authors/'));
    });
    data.topics.forEach((topic, index) => {
      problems.push(
        ...checkIds(content, article, ['topics', index], topic, 'topics', 'content/taxonomy/topics.yaml'),
      );
    });
    data.incidents.forEach((incident, index) => {
      problems.push(
        ...checkIds(content, article, ['incidents', index], incident, 'incidents', 'content/incidents/'),
      );
    });
    problems.push(
      ...checkListedTwice(article, ['authors'], data.authors),
      ...checkListedTwice(article, ['topics'], data.topics),
      ...checkListedTwice(article, ['incidents'], data.incidents),
    );
  }
  return problems;
}
