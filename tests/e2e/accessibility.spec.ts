import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { TEMPLATES } from './site-content.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    for (const { name, path } of [...TEMPLATES, { name: '404', path: '/no-such-page/' }]) {
      test(`axe finds no WCAG 2.2 AA violation on the ${name} page`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
