import { expect, test } from '@playwright/test';
import { incidents, publishedArticles } from './site-content.ts';

const bangladesh = incidents.find((incident) => incident.id.includes('bangladesh-bank'));

test('searching "Bangladesh" on the search page finds the incident and an article', async ({ page }) => {
  if (!bangladesh) throw new Error('content/ needs the Bangladesh Bank incident');
  await page.goto('/search/');
  await page.getByLabel('Search incidents, actors, countries and analysis').fill('Bangladesh');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Bangladesh$/);
  const results = page.locator('.search-results li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator(`.search-results a[href="/incidents/${bangladesh.id}/"]`)).toHaveCount(1);
  const articleLinks = publishedArticles
    .map((article) => `.search-results a[href="/articles/${article.id}/"]`)
    .join(', ');
  expect(await page.locator(articleLinks).count()).toBeGreaterThan(0);
});

test('a country filter narrows the results and its count matches what is shown', async ({ page }) => {
  await page.goto('/search/?q=bank');
  const status = page.locator('.search-status');
  await expect(status).toHaveText(/\d+ results? for “bank”/);
  const before = Number((await status.textContent())?.match(/\d+/)?.[0]);
  const checkbox = page.locator('.search-facets input[name="country"][value="Bangladesh"]');
  const expected = Number(
    (await checkbox.locator('xpath=..').locator('.search-facet__count').textContent())?.match(/\d+/)?.[0],
  );
  await checkbox.check();
  await expect(page).toHaveURL(/country=Bangladesh/);
  await expect(status).toHaveText(new RegExp(`^${expected} results? for “bank”`));
  expect(expected).toBeLessThan(before);
  await expect(page.locator('.search-results > li')).toHaveCount(Math.min(expected, 20));
});

test('search state round-trips through the URL and the Back button', async ({ page }) => {
  await page.goto('/search/?q=ronin&type=Incident');
  await expect(page.getByLabel('Search incidents, actors, countries and analysis')).toHaveValue('ronin');
  await expect(page.locator('.search-facets input[name="type"][value="Incident"]')).toBeChecked();
  await expect(page.locator('.search-results li').first()).toBeVisible();
  await page.locator('.search-facets input[name="type"][value="Incident"]').uncheck();
  await expect(page).toHaveURL(/\/search\/\?q=ronin$/);
  await page.goBack();
  await expect(page).toHaveURL(/type=Incident/);
  await expect(page.locator('.search-facets input[name="type"][value="Incident"]')).toBeChecked();
});

test('the header search loads on intent, is driven by the keyboard, and opens a result', async ({ page }) => {
  const ronin = incidents.find((incident) => incident.id.includes('ronin'));
  if (!ronin) throw new Error('content/ needs the Ronin incident');
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
  });
  await page.goto('/about/');
  expect(pagefindRequests).toEqual([]);
  await page.keyboard.press('/');
  const input = page.getByRole('combobox', { name: 'Search the site' });
  await expect(input).toBeFocused();
  await input.fill('Ronin');
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  expect(pagefindRequests.length).toBeGreaterThan(0);
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
  const href = await options.first().locator('a').getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search is a link to /search/, which explains what it needs and offers browsing', async ({
    page,
  }) => {
    await page.goto('/');
    await page.locator('.site-search__link').click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.locator('.search-needs-js')).toContainText('needs JavaScript');
    await expect(page.locator('.search-needs-js a[href="/incidents/"]')).toBeVisible();
  });
});
