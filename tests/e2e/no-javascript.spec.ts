import { expect, test } from '@playwright/test';
import { incidents } from './site-content.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript the incident index lists every incident in a readable table', async ({ page }) => {
  await page.goto('/incidents/');
  const rows = page.locator('table.incident-table tbody tr');
  await expect(rows).toHaveCount(incidents.length);
  for (const incident of incidents) {
    await expect(page.locator(`tr[data-incident="${incident.id}"] th a`)).toHaveText(incident.data.title);
  }
});

test('without JavaScript an incident page shows its facts, money and sources', async ({ page }) => {
  const incident = incidents.find((i) => i.data.losses.stolen) ?? incidents[0];
  if (!incident) throw new Error('content/ needs an incident');
  await page.goto(`/incidents/${incident.id}/`);
  await expect(page.locator('h1')).toHaveText(incident.data.title);
  await expect(page.locator('.facts')).toContainText('Status');
  await expect(page.locator('.facts time').first()).toHaveAttribute('datetime', incident.data.dates.start);
  if (incident.data.losses.stolen) {
    await expect(page.locator('[data-loss="stolen"] data')).toHaveAttribute(
      'value',
      String(incident.data.losses.stolen.usd),
    );
  }
  await expect(page.locator('#sources-heading + ol > li')).toHaveCount(incident.data.sources.length);
});
