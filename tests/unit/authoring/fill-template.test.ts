import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { fillTemplate } from '../../../src/authoring/fill-template.ts';
import { SITE } from '../../../src/site-config.ts';

const template = (path: string) => readFileSync(path, 'utf8');
const frontMatter = (mdx: string) => /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';

describe('fillTemplate', () => {
  test('fillTemplate sets an incident title and dates.start, keeping every comment of the template', () => {
    const source = template('content/incidents/_template.yaml');
    const filled = fillTemplate('incident', source, { title: 'Test heist: part 2', date: '2016-02' });
    const data = parse(filled) as { title: string; dates: { start: string } };
    expect(data.title).toBe('Test heist: part 2');
    expect(data.dates.start).toBe('2016-02');
    expect(filled.match(/#/g)?.length).toBe(source.match(/#/g)?.length);
  });

  test('fillTemplate sets an article title and publication day and keeps it a draft', () => {
    const filled = fillTemplate('article', template('content/articles/_template.mdx'), {
      title: 'Why $81 million got through',
      date: '2026-11-24',
    });
    const data = parse(frontMatter(filled)) as { title: string; published: string; draft: boolean };
    expect(data).toMatchObject({
      title: 'Why $81 million got through',
      published: '2026-11-24',
      draft: true,
    });
  });

  test('fillTemplate sets an actor name', () => {
    const filled = fillTemplate('actor', template('content/actors/_template.yaml'), {
      title: 'Kimsuky',
      date: '2026-11-24',
    });
    expect((parse(filled) as { name: string }).name).toBe('Kimsuky');
  });

  test('fillTemplate fails naming the placeholder a changed template no longer has', () => {
    expect(() => fillTemplate('incident', 'title: x\n', { title: 'A', date: '2016' })).toThrow(
      /no "dates.start" line/,
    );
  });
});

describe('content templates', () => {
  test.each([
    ['content/incidents/_template.yaml', 'incident', (text: string) => text],
    ['content/actors/_template.yaml', 'actor', (text: string) => text],
    ['content/actions/_template.yaml', 'action', (text: string) => text],
    ['content/facilitators/_template.yaml', 'facilitator', (text: string) => text],
    ['content/publishers/_template.yaml', 'publisher', (text: string) => text],
    ['content/estimates/_template.yaml', 'estimate', (text: string) => text],
    ['content/articles/_template.mdx', 'article', (text: string) => text.replace(/^---\n/, '')],
  ])('%s points editors at the published %s JSON Schema on its first YAML line', (path, name, yamlOf) => {
    const firstLine = yamlOf(template(path)).split('\n')[0];
    expect(firstLine).toBe(`# yaml-language-server: $schema=${SITE.url}/data/schema/${name}.json`);
  });
});
