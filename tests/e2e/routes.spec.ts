import { expect, test } from '@playwright/test';
import { actions, actors, facilitators, incidents, publishedArticles, TEMPLATES } from './site-content.ts';

for (const { name, path } of TEMPLATES) {
  test(`the ${name} page (${path}) renders with a title, description, language and one h1`, async ({
    page,
  }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(/Cyber Heist Tracker/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^\S.{19,}$/);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main#main')).toBeVisible();
  });
}

test('an unknown address gets the 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('every incident page shows its title, summary and numbered sources', async ({ page }) => {
  test.setTimeout(180_000); // one page per incident
  for (const incident of incidents) {
    await page.goto(`/incidents/${incident.id}/`);
    await expect(page.locator('h1'), incident.id).toHaveText(incident.data.title);
    await expect(page.locator('.lede'), incident.id).toHaveText(incident.data.summary);
    const sourceIds = await page
      .locator('#sources-heading + ol > li')
      .evaluateAll((items) => items.map((li) => li.id));
    expect(sourceIds, incident.id).toEqual(incident.data.sources.map((source) => `source-${source.key}`));
  }
});

test('incident, actor, article, action and facilitator pages link a correction form with the record filled in', async ({
  page,
}) => {
  for (const [kind, path, id] of [
    ['incident', `/incidents/${incidents[0]?.id}/`, incidents[0]?.id],
    ['actor', `/actors/${actors[0]?.id}/`, actors[0]?.id],
    ['article', `/articles/${publishedArticles[0]?.id}/`, publishedArticles[0]?.id],
    ['action', `/response/${actions[0]?.id}/`, actions[0]?.id],
    ['facilitator', `/facilitators/${facilitators[0]?.id}/`, facilitators[0]?.id],
  ] as const) {
    await page.goto(path);
    const href = await page.locator('[data-report-error]').getAttribute('href');
    const url = new URL(href ?? '');
    expect(url.pathname.endsWith('/issues/new'), path).toBe(true);
    expect(url.searchParams.get('template'), path).toBe('correction.yml');
    expect(url.searchParams.get('record'), path).toBe(`${kind}/${id}`);
    expect(url.searchParams.get('page'), path).toMatch(new RegExp(`${path.replaceAll('/', '\\/')}$`));
  }
});
