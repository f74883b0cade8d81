// What authoring adds to pages: contents list, reading time, page history, editor schemas.
import { expect, test } from '@playwright/test';
import { getContentRoot } from '../../src/lib/content-root.ts';
import { SITE } from '../../src/site-config.ts';
import { incidents, publishedArticles } from './site-content.ts';

test('an article has a contents list exactly when it has three or more sections, each link landing on a heading', async ({
  page,
}) => {
  for (const article of publishedArticles) {
    await page.goto(`/articles/${article.id}/`);
    const sections = await page.locator('.prose h2:not(#footnote-label)').count();
    const contents = page.getByRole('navigation', { name: 'Contents' });
    await expect(contents, article.id).toHaveCount(sections >= 3 ? 1 : 0);
    const targets = await contents
      .locator('a')
      .evaluateAll((links) =>
        links.map((link) => decodeURIComponent(link.getAttribute('href') ?? '').slice(1)),
      );
    expect(targets.length, article.id).toBeGreaterThanOrEqual(sections >= 3 ? sections : 0);
    for (const id of targets) {
      await expect(page.locator(`.prose :is(h2, h3)[id="${id}"]`), `${article.id} #${id}`).toHaveCount(1);
    }
  }
});

test('articles show their reading time on the page and in the listing', async ({ page }) => {
  await page.goto('/articles/');
  await expect(page.locator('.article-list li')).toHaveCount(publishedArticles.length);
  for (const item of await page.locator('.article-list li').all()) {
    await expect(item).toContainText(/\d+ min read/);
  }
  await page.goto(`/articles/${publishedArticles[0]?.id}/`);
  await expect(page.locator('.byline')).toContainText(/· \d+ min read/);
});

test('incident and article pages say when they were last updated and link to their source file', async ({
  page,
}) => {
  const incident = incidents[0];
  const article = publishedArticles[0];
  for (const [path, file] of [
    [`/incidents/${incident?.id}/`, `${getContentRoot()}/incidents/${incident?.id}.yaml`],
    [`/articles/${article?.id}/`, `${getContentRoot()}/articles/${article?.id}.mdx`],
  ]) {
    await page.goto(path ?? '/');
    const history = page.getByRole('complementary', { name: 'Page history' });
    await expect(history.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(history.getByRole('link', { name: /Edit this page/ })).toHaveAttribute(
      'href',
      `${SITE.repositoryUrl}/edit/${SITE.repositoryBranch}/${file}`,
    );
  }
});

test('the editor schemas are served as JSON Schema at /data/schema/', async ({ request }) => {
  for (const name of ['incident', 'actor', 'article', 'author', 'taxonomy']) {
    const response = await request.get(`/data/schema/${name}.json`);
    expect(response.status(), name).toBe(200);
    const schema = (await response.json()) as Record<string, unknown>;
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(`${SITE.url}/data/schema/${name}.json`);
  }
});
