import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { expect, test } from 'vitest';
import remarkIncidentLinks from '../../../src/markdown/remark-incident-links.ts';

const incidents: Record<string, { title: string; start: string }> = {
  '2016-02-bangladesh-bank': { title: 'Bangladesh Bank heist', start: '2016-02' },
};
const render = async (markdown: string) => {
  const processor = await createMarkdownProcessor({
    remarkPlugins: [[remarkIncidentLinks, { resolveIncident: (id: string) => incidents[id] }]],
  });
  return (await processor.render(markdown)).code;
};

test('remarkIncidentLinks turns [[id]] into a link titled by the incident, with its date for screen readers', async () => {
  expect(await render('See [[2016-02-bangladesh-bank]].')).toBe(
    '<p>See <a href="/incidents/2016-02-bangladesh-bank/" class="incident-ref" data-incident="2016-02-bangladesh-bank">Bangladesh Bank heist<span class="visually-hidden"> (incident, February 2016)</span></a>.</p>',
  );
});

test('remarkIncidentLinks uses the label of [[id|label]]', async () => {
  expect(await render('[[2016-02-bangladesh-bank|the 2016 theft]]')).toContain('>the 2016 theft<span');
});

test('remarkIncidentLinks leaves inline code alone', async () => {
  expect(await render('`[[2016-02-bangladesh-bank]]`')).toBe(
    '<p><code>[[2016-02-bangladesh-bank]]</code></p>',
  );
});

test('remarkIncidentLinks fails on an unknown id, naming it and the line', async () => {
  await expect(render('First line.\n\nSee [[no-such-incident]].')).rejects.toThrow(
    /\[\[no-such-incident\]\] does not match any incident \(:3\)/,
  );
});
