import { expect, test } from '@playwright/test';
import { formatUsd } from '../../src/lib/money.ts';
import { incidents } from './site-content.ts';

const inCountry = (code: string) => incidents.filter((i) => i.data.victims.some((v) => v.country === code));
const stolenTotal = (list: typeof incidents) =>
  list.reduce((sum, i) => sum + (i.data.losses.stolen?.usd ?? 0), 0);

test('the explorer count and USD total match the data, before and after a country filter', async ({
  page,
}) => {
  await page.goto('/incidents/');
  const summary = page.locator('.explorer-summary');
  await expect(summary).toHaveAttribute('data-count', String(incidents.length));
  await expect(summary).toHaveAttribute('data-usd', String(stolenTotal(incidents)));
  const expected = inCountry('VN');
  await page.getByLabel('Victim country').selectOption('VN');
  await expect(page).toHaveURL(/\/incidents\/\?country=VN$/);
  await expect(summary).toHaveAttribute('data-count', String(expected.length));
  await expect(summary).toHaveAttribute('data-usd', String(stolenTotal(expected)));
  await expect(summary).toContainText(
    `${expected.length} ${expected.length === 1 ? 'incident' : 'incidents'} matching`,
  );
  await expect(summary).toContainText(formatUsd(stolenTotal(expected)));
  await expect(page.locator('table.incident-table tbody tr')).toHaveCount(expected.length);
  for (const incident of expected)
    await expect(page.locator(`tr[data-incident="${incident.id}"]`)).toHaveCount(1);
});

test('explorer state round-trips: a shared URL restores filters and Back undoes them', async ({ page }) => {
  const actor = 'lazarus-group';
  const expected = incidents.filter(
    (i) => i.data.attribution.some((a) => a.actor === actor) && i.data.status === 'completed',
  );
  await page.goto(`/incidents/?actor=${actor}&status=completed&sort=amount-desc`);
  await expect(page.getByLabel('Actor', { exact: true })).toHaveValue(actor);
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('completed');
  await expect(page.getByLabel('Sort by', { exact: true })).toHaveValue('amount-desc');
  await expect(page.locator('.explorer-summary')).toHaveAttribute('data-count', String(expected.length));
  const largest = [...expected].sort(
    (a, b) => (b.data.losses.stolen?.usd ?? -1) - (a.data.losses.stolen?.usd ?? -1),
  )[0];
  await expect(page.locator('table.incident-table tbody tr').first()).toHaveAttribute(
    'data-incident',
    largest?.id ?? '',
  );
  await page.getByLabel('Status', { exact: true }).selectOption('');
  await expect(page).toHaveURL(/\?actor=lazarus-group&sort=amount-desc$/);
  await page.goBack();
  await expect(page.getByLabel('Status', { exact: true })).toHaveValue('completed');
  await expect(page.locator('.explorer-summary')).toHaveAttribute('data-count', String(expected.length));
});

test('the explorer can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/incidents/');
  const select = page.getByLabel('Victim country');
  // Tab from the top of the page, as a keyboard user would, until the country filter has focus.
  for (let i = 0; i < 40 && !(await select.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(select).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const value = await select.inputValue();
  expect(value).not.toBe('');
  await expect(page).toHaveURL(new RegExp(`country=${value}`));
  await expect(page.locator('.explorer-summary')).toHaveAttribute(
    'data-count',
    String(inCountry(value).length),
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the explorer shows the full table and browse links instead of the filter form', async ({ page }) => {
    await page.goto('/incidents/');
    await expect(page.locator('form.explorer-filters')).toBeHidden();
    await expect(page.locator('.explorer-browse')).toBeVisible();
    await expect(page.locator('table.incident-table tbody tr')).toHaveCount(Math.min(incidents.length, 100));
  });
});
