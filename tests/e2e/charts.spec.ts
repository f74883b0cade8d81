import { expect, test } from '@playwright/test';
import { formatUsdExact } from '../../src/lib/money.ts';
import { incidents } from './site-content.ts';

test('every chart on the home page is an SVG whose accessible name is its title', async ({ page }) => {
  await page.goto('/');
  const figures = page.locator('figure.chart');
  expect(await figures.count()).toBeGreaterThanOrEqual(3);
  for (const figure of await figures.all()) {
    const title = (await figure.locator('.chart-title').textContent())?.trim() ?? '';
    expect(title.length).toBeGreaterThan(0);
    const svg = figure.locator('svg').first();
    await expect(svg).toBeVisible();
    await expect(svg).toHaveAccessibleName(title);
    await expect(figure.locator('details.chart-data table')).toHaveCount(1);
  }
});

test('the losses-by-year data table matches the incident records', async ({ page }) => {
  await page.goto('/');
  const figure = page.locator('figure.chart', {
    has: page.locator('.chart-title', { hasText: 'Losses by year' }),
  });
  await figure.locator('details.chart-data summary').click();
  const rows = await figure
    .locator('details.chart-data tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
    );
  const years = incidents.map((incident) => Number(String(incident.data.dates.start).slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  expect(rows.map((row) => Number(row[0]))).toEqual(
    Array.from({ length: last - first + 1 }, (_, i) => first + i),
  );
  for (const row of rows) {
    const inYear = incidents.filter((incident) =>
      String(incident.data.dates.start).startsWith(String(row[0])),
    );
    expect(Number(row[1]), `incidents in ${row[0]}`).toBe(inYear.length);
    const stolen = inYear.filter((incident) => incident.data.losses.stolen !== undefined);
    const expectedStolen =
      stolen.length === 0
        ? '—'
        : formatUsdExact(stolen.reduce((sum, i) => sum + (i.data.losses.stolen?.usd ?? 0), 0));
    expect(row[3], `stolen in ${row[0]}`).toBe(expectedStolen);
  }
});

test('a chart tooltip appears on hover and on keyboard focus, and Escape hides it', async ({ page }) => {
  await page.goto('/');
  const timeline = page.locator('chart-tooltip').first();
  const mark = timeline.locator('[data-tip]').first();
  const tip = timeline.locator('.chart-tip');
  await mark.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText((await mark.getAttribute('data-tip')) ?? '');
  await page.mouse.move(0, 0);
  const focusable = timeline.locator('[data-tip][tabindex="0"]').first();
  await focusable.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText((await focusable.getAttribute('data-tip')) ?? '');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test('an article draws the author chart components it uses', async ({ page }) => {
  await page.goto('/articles/2026-11-from-swift-to-crypto-bridges/');
  await expect(page.locator('.prose figure.chart')).toHaveCount(2);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('charts still render with their titles and data tables', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('figure.chart svg').first()).toBeVisible();
    await expect(page.locator('figure.chart details.chart-data').first()).toBeAttached();
  });
});
