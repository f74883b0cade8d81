/**
 * Trust a reader can weigh: every claim shows the tier of the source it rests on, each incident
 * says how it is sourced, copies read "via" are named, frozen money is not shown as recovered, and
 * /coverage/ compares the record with every published estimate.
 */
import { expect, test } from '@playwright/test';
import { getCorrectionAnchor } from '../../src/lib/correction-anchor.ts';
import { CRYPTO_SECTORS } from '../../src/lib/coverage.ts';
import { LOSS_KINDS } from '../../src/lib/incident-claims.ts';
import { formatUsdExact } from '../../src/lib/money.ts';
import {
  formatTierTally,
  resolveSources,
  tallySourceTiers,
  toPublisherDirectory,
} from '../../src/lib/sources.ts';
import { estimates, incidents, publishers } from './site-content.ts';

const directory = toPublisherDirectory(publishers);

test('every incident page states its sourcing and labels each attribution and money figure with its tier', async ({
  page,
}) => {
  test.setTimeout(180_000); // one page per incident
  for (const incident of incidents) {
    const sources = resolveSources(incident.data.sources, directory);
    const tierOf = new Map(sources.map((source) => [source.key, source.publisherRef.tier]));
    await page.goto(`/incidents/${incident.id}/`);
    const n = sources.length;
    await expect(page.locator('[data-sourcing]'), incident.id).toContainText(
      `${formatTierTally(tallySourceTiers(sources))} ${n === 1 ? 'source' : 'sources'}`,
    );
    const attributionTiers = await page
      .locator('dt:text-is("Attribution") + dd li')
      .evaluateAll((items) =>
        items.map((li) => li.querySelector('.tier')?.textContent?.replace(/ source$/, '') ?? ''),
      );
    expect(attributionTiers, incident.id).toEqual(
      incident.data.attribution.map((a) => `${tierOf.get(a.source)}`),
    );
    for (const kind of LOSS_KINDS) {
      const figure = incident.data.losses[kind];
      const box = page.locator(`[data-loss="${kind}"]`);
      if (!figure) {
        await expect(box, `${incident.id} ${kind}`).toHaveCount(0);
        continue;
      }
      await expect(box.locator('.tier'), `${incident.id} ${kind}`).toHaveText(
        `${tierOf.get(figure.source)} source`,
      );
    }
  }
});

test('a source read in a copy names the original publisher and the copy', async ({ page }) => {
  const incident = incidents.find((i) => i.data.sources.some((source) => source.via));
  expect(incident, 'some source in content/ names the copy it was read in').toBeDefined();
  if (!incident) return;
  const source = incident.data.sources.find((s) => s.via);
  if (!source?.via) return;
  await page.goto(`/incidents/${incident.id}/`);
  const item = page.locator(`#source-${source.key}`);
  await expect(item).toContainText(directory.get(source.publisher)?.name ?? '');
  await expect(item).toContainText(`read via ${directory.get(source.via.publisher)?.name ?? ''}`);
  await expect(item.locator(`a[href="${source.via.url}"]`)).toHaveCount(1);
  await expect(item.locator(`a[href="${source.url}"]`)).toHaveCount(1);
});

test('frozen money shows as its own figure, labelled as not returned', async ({ page }) => {
  const incident = incidents.find((i) => i.data.losses.frozen);
  expect(incident, 'some incident in content/ records frozen money').toBeDefined();
  if (!incident?.data.losses.frozen) return;
  await page.goto(`/incidents/${incident.id}/`);
  const frozen = page.locator('[data-loss="frozen"]');
  await expect(frozen.locator('dt')).toHaveText('Frozen or seized (not returned)');
  await expect(frozen.locator('data')).toHaveAttribute('value', String(incident.data.losses.frozen.usd));
});

test('/coverage/ lists every published estimate with the record’s sum over the same years', async ({
  page,
}) => {
  await page.goto('/coverage/');
  await expect(page.locator('tr[data-estimate]')).toHaveCount(estimates.length);
  const crypto = CRYPTO_SECTORS;
  for (const estimate of estimates) {
    const { from, to, covers } = estimate.data;
    const inScope = incidents.filter((incident) => {
      const year = Number(String(incident.data.dates.start).slice(0, 4));
      return (
        year >= from &&
        year <= to &&
        (covers === 'all' ||
          incident.data.victims.some((v) => v.sector !== undefined && crypto.has(v.sector)))
      );
    });
    const sum = inScope.reduce((total, incident) => total + (incident.data.losses.stolen?.usd ?? 0), 0);
    const row = page.locator(`tr[data-estimate="${estimate.id}"]`);
    await expect(row.locator('td').nth(4), estimate.id).toContainText(`(${inScope.length})`);
    const share = Math.round((sum / estimate.data.usd) * 100);
    await expect(row.locator('[data-share]'), estimate.id).toHaveText(
      sum > 0 && share === 0 ? 'under 1%' : `${share}%`,
    );
  }
  // The chart's table has a row for every year from 2015, with the record's stolen sum.
  const figure = page.locator('figure.chart');
  await figure.locator('details.chart-data summary').click();
  const rows = await figure
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
    );
  expect(rows[0]?.[0]).toBe('2015');
  for (const row of rows) {
    const inYear = incidents.filter((i) => String(i.data.dates.start).startsWith(String(row[0])));
    expect(row[1], `incidents in ${row[0]}`).toBe(String(inYear.length));
    expect(row[2], `stolen in ${row[0]}`).toBe(
      formatUsdExact(inYear.reduce((sum, i) => sum + (i.data.losses.stolen?.usd ?? 0), 0)),
    );
  }
});

test('a corrected estimate shows each dated correction in its own row on /coverage/', async ({ page }) => {
  const corrected = estimates.filter((estimate) => estimate.data.corrections.length > 0);
  expect(corrected.length).toBeGreaterThan(0);
  await page.goto('/coverage/');
  for (const estimate of corrected) {
    const row = page.locator(`tr#estimate-${estimate.id}`);
    const shown = row.locator('.estimate-correction');
    await expect(shown).toHaveCount(estimate.data.corrections.length);
    for (const [index, correction] of estimate.data.corrections.entries()) {
      await expect(shown.nth(index)).toContainText(correction.note.trim());
      // The id the corrections feed's entry names.
      await expect(shown.nth(index)).toHaveAttribute(
        'id',
        getCorrectionAnchor(estimate.data.corrections, index, `estimate-${estimate.id}`),
      );
    }
  }
});

test('the home page’s headline figures link to /coverage/ and name the largest published estimate', async ({
  page,
}) => {
  await page.goto('/');
  const largest = [...estimates].sort((a, b) => b.data.usd - a.data.usd)[0];
  const note = page.locator('[data-coverage-note]');
  await expect(note.locator('a[href="/coverage/"]')).toHaveCount(1);
  if (largest) await expect(note).toContainText(directory.get(largest.data.publisher)?.name ?? '');
});
