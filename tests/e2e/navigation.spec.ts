import { expect, test } from '@playwright/test';
import { getEarliestDay } from '../../src/lib/partial-date.ts';
import { incidents } from './site-content.ts';

test('the header links lead to each section and mark the current one', async ({ page }) => {
  await page.goto('/');
  for (const [label, heading] of [
    ['Incidents', 'Incidents'],
    ['Actors', 'Actors'],
    ['Countries', 'Countries'],
    ['Analysis', 'Analysis'],
    ['About', 'About and methodology'],
  ] as const) {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: label, exact: true })
      .click();
    await expect(page.locator('h1')).toHaveText(heading);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }),
    ).toHaveAttribute('aria-current', 'page');
  }
});

test('a reader can go from the incident table to an incident and on to its actor', async ({ page }) => {
  // The newest attributed incident: an actor page lists its newest 50 incidents.
  const incident = [...incidents]
    .filter((i) => i.data.attribution.length > 0)
    .sort((a, b) => getEarliestDay(b.data.dates.start).localeCompare(getEarliestDay(a.data.dates.start)))[0];
  if (!incident) throw new Error('content/ needs an attributed incident');
  await page.goto('/incidents/');
  await page.getByRole('link', { name: incident.data.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${incident.id}/$`));
  await expect(page.locator('h1')).toHaveText(incident.data.title);
  const actorId = incident.data.attribution[0]?.actor;
  await page.locator(`.facts a[href="/actors/${actorId}/"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`/actors/${actorId}/$`));
  await expect(page.getByRole('table').first()).toContainText(incident.data.title);
});

test('the skip link is the first tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/incidents/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main#main')).toBeFocused();
});

test('an article links its [[incident]] citations to the incident pages', async ({ page }) => {
  await page.goto('/articles/');
  await page.locator('.article-list a').first().click();
  const refs = page.locator('.prose a.incident-ref');
  expect(await refs.count()).toBeGreaterThan(0);
  const href = await refs.first().getAttribute('href');
  expect(href).toMatch(/^\/incidents\/[a-z0-9-]+\/$/);
  await refs.first().click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator('h1')).toBeVisible();
});
