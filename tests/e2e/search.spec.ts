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
  const group = page.locator('.search-facet[data-facet="country"]');
  await group.locator('summary').click();
  // Opening the group fetches its filter file; the counts then describe these results.
  await expect(group).toHaveAttribute('data-counts', 'results');
  const checkbox = group.locator('input[value="Bangladesh"]');
  const expected = Number(
    (await checkbox.locator('xpath=..').locator('.search-facet__count').textContent())?.match(/\d+/)?.[0],
  );
  await checkbox.check();
  await expect(page).toHaveURL(/country=Bangladesh/);
  await expect(status).toHaveText(new RegExp(`^${expected} results? for “bank”`));
  expect(expected).toBeLessThan(before);
  await expect(page.locator('.search-results > li')).toHaveCount(Math.min(expected, 10));
});

test('the filters arrive with the page, their totals equal to Pagefind’s own', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(request.url());
  });
  await page.goto('/search/');
  await expect(page.locator('.search-status')).toHaveText(/Type a word/);
  const shown = await page.locator('.search-facet input[type="checkbox"]').evaluateAll((boxes) =>
    boxes.map((box) => {
      const input = box as HTMLInputElement;
      const total = input.parentElement?.querySelector<HTMLElement>('.search-facet__count')?.dataset['total'];
      return [input.name, input.value, Number(total)] as const;
    }),
  );
  // Nothing was asked, so nothing of Pagefind was fetched.
  expect(pagefindRequests).toEqual([]);
  const pagefindTotals = await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as {
      filters: () => Promise<Record<string, Record<string, number>>>;
    };
    return pagefind.filters();
  });
  const expected = Object.entries(pagefindTotals).flatMap(([name, values]) =>
    Object.entries(values).map(([value, count]) => [name, value, count] as const),
  );
  const sort = (rows: ReadonlyArray<readonly [string, string, number]>) =>
    [...rows].sort((a, b) => `${a[0]}\u0000${a[1]}`.localeCompare(`${b[0]}\u0000${b[1]}`));
  expect(sort(shown)).toEqual(sort(expected));
});

test('a search fetches a filter file only for a group that is open or in use', async ({ page }) => {
  const filterFiles = new Set<string>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/pagefind/filter/')) filterFiles.add(pathname);
  });
  await page.goto('/search/?q=bank');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  expect(filterFiles.size).toBe(0);
  const group = page.locator('.search-facet[data-facet="status"]');
  await expect(group).toHaveAttribute('data-counts', 'site');
  await group.locator('summary').click();
  await expect(group).toHaveAttribute('data-counts', 'results');
  expect(filterFiles.size).toBe(1);
  // A group in use from the URL opens by itself.
  await page.goto('/search/?q=bank&type=Incident');
  await expect(page.locator('.search-facet[data-facet="type"]')).toHaveAttribute('open', '');
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

test('the header search is a text input with the ARIA combobox pattern: expanded state, Escape closes then clears', async ({
  page,
}) => {
  await page.goto('/about/');
  await page.keyboard.press('/');
  const input = page.getByRole('combobox', { name: 'Search the site' });
  await expect(input).toBeFocused();
  // type="search" may not carry role="combobox" (W3C Nu checker): a text input with the role.
  await expect(input).toHaveAttribute('type', 'text');
  await expect(input).toHaveAttribute('aria-controls', 'site-search-results');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await input.fill('Ronin');
  await expect(page.getByRole('listbox', { name: 'Search suggestions' })).toBeVisible();
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-activedescendant', 'site-search-option-0');
  await page.keyboard.press('Escape');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(input).not.toHaveAttribute('aria-activedescendant');
  await expect(page.getByRole('listbox', { name: 'Search suggestions' })).toBeHidden();
  await expect(input).toHaveValue('Ronin');
  await page.keyboard.press('Escape');
  await expect(input).toHaveValue('');
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
