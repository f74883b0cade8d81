/** The response record on the built site: /response/, its filters, action and facilitator pages, and the sections on incident and actor pages. */
import { expect, test } from '@playwright/test';
import { actions, facilitators, incidents } from './site-content.ts';

test('/response/ lists every action newest first, with a timeline whose table has a row per action', async ({
  page,
}) => {
  await page.goto('/response/');
  const rows = page.locator('table.action-table tbody tr');
  await expect(rows).toHaveCount(actions.length);
  const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-action') ?? ''));
  const dates = ids.map((id) => actions.find((a) => a.id === id)?.data.date ?? '');
  expect([...dates].sort((a, b) => b.localeCompare(a).valueOf() || 0)).toEqual(dates);
  const figure = page.locator('figure.chart', {
    has: page.locator('.chart-title', { hasText: 'The response over time' }),
  });
  await figure.locator('details.chart-data summary').click();
  await expect(figure.locator('tbody tr')).toHaveCount(actions.length);
});

test('each kind and authority filter page lists exactly the actions of that kind or authority', async ({
  page,
}) => {
  for (const kind of new Set(actions.map((a) => a.data.kind))) {
    await page.goto(`/response/kind/${kind}/`);
    await expect(page.locator('table.action-table tbody tr'), kind).toHaveCount(
      actions.filter((a) => a.data.kind === kind).length,
    );
  }
  const authority = actions[0]?.data.authority ?? '';
  await page.goto(`/response/authority/${authority}/`);
  await expect(page.locator('table.action-table tbody tr')).toHaveCount(
    actions.filter((a) => a.data.authority === authority).length,
  );
});

test('every action page links the incidents it concerns and its sources', async ({ page }) => {
  test.setTimeout(120_000); // one page per action
  for (const action of actions) {
    await page.goto(`/response/${action.id}/`);
    await expect(page.locator('h1'), action.id).toHaveText(action.data.title);
    for (const id of action.data.incidents)
      await expect(
        page.locator(`#incidents-heading + ul a[href="/incidents/${id}/"]`),
        `${action.id} → ${id}`,
      ).toHaveCount(1);
    await expect(page.locator('#sources-heading + ol > li')).toHaveCount(action.data.sources.length);
  }
});

test('every incident page lists, under Response, exactly the actions concerning it', async ({ page }) => {
  test.setTimeout(180_000); // one page per incident
  for (const incident of incidents) {
    const concerning = actions
      .filter((a) => a.data.incidents.includes(incident.id))
      .map((a) => a.id)
      .sort();
    await page.goto(`/incidents/${incident.id}/`);
    await expect(page.locator('#response-heading')).toHaveCount(1);
    const listed = await page
      .locator('#response-heading ~ * tr[data-action], #response-heading + .table-scroll tr[data-action]')
      .evaluateAll((trs) => [...new Set(trs.map((tr) => tr.getAttribute('data-action') ?? ''))].sort());
    expect(listed, incident.id).toEqual(concerning);
  }
});

test('a facilitator page lists the actions against it and the incidents they concern', async ({ page }) => {
  for (const facilitator of facilitators) {
    const against = actions.filter((a) => a.data.targets.facilitators.includes(facilitator.id));
    await page.goto(`/facilitators/${facilitator.id}/`);
    await expect(page.locator('h1')).toHaveText(facilitator.data.name);
    await expect(page.locator('tr[data-action]'), facilitator.id).toHaveCount(against.length);
    const incidentIds = new Set(against.flatMap((a) => a.data.incidents));
    await expect(page.locator('tr[data-incident]'), facilitator.id).toHaveCount(incidentIds.size);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the response pages read in full', async ({ page }) => {
    await page.goto('/response/');
    await expect(page.locator('table.action-table tbody tr')).toHaveCount(actions.length);
    await page.locator('.action-filters a').first().click();
    await expect(page.locator('h1')).not.toHaveText('The response');
    await page.goto('/facilitators/');
    await expect(page.locator('tr[data-facilitator]')).toHaveCount(facilitators.length);
  });
});

test('a search for a facilitator’s name finds the facilitator and the incidents whose money it moved', async ({
  page,
}) => {
  const facilitator = facilitators.find((f) =>
    actions.some((a) => a.data.targets.facilitators.includes(f.id) && a.data.incidents.length > 0),
  );
  expect(facilitator, 'a facilitator named in an action about an incident').toBeDefined();
  if (!facilitator) return;
  const incidentIds = new Set(
    actions
      .filter((a) => a.data.targets.facilitators.includes(facilitator.id))
      .flatMap((a) => a.data.incidents),
  );
  await page.goto(`/search/?q=${encodeURIComponent(`"${facilitator.data.name}"`)}`);
  const results = page.locator('.search-results a');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  const hrefs = await results.evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  expect(hrefs).toContain(`/facilitators/${facilitator.id}/`);
  expect(hrefs.some((href) => [...incidentIds].some((id) => href === `/incidents/${id}/`))).toBe(true);
});
