// Keyboard-only use: Tab reaches every header link and every incident-table control in reading
// order, each with a visible focus ring; and prefers-reduced-motion switches motion off.
import { expect, test, type Page } from '@playwright/test';
import { incidents, TEMPLATES } from './site-content.ts';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** A stable description of the focused element, for comparing tab order with DOM order. */
async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(body)';
    const label = el.getAttribute('href') ?? el.getAttribute('name') ?? el.id ?? '';
    return `${el.tagName.toLowerCase()} ${label} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ')}"`;
  });
}

/** The visible, keyboard-focusable elements inside `selector`, in DOM order, described like describeFocus. */
async function listFocusable(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((root, focusable) => {
    return [...root.querySelectorAll(focusable)]
      .filter((el) => {
        const style = getComputedStyle(el);
        return (
          !el.closest('[hidden]') &&
          style.visibility !== 'hidden' &&
          style.display !== 'none' &&
          (el as HTMLElement).offsetParent !== null
        );
      })
      .map((el) => {
        const label = el.getAttribute('href') ?? el.getAttribute('name') ?? el.id ?? '';
        return `${el.tagName.toLowerCase()} ${label} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ')}"`;
      });
  }, FOCUSABLE);
}

/** The focused element's outline as the browser paints it: `style width` (e.g. `solid 3px`). */
async function focusRing(page: Page): Promise<{ visible: boolean; outline: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const width = Number.parseFloat(style.outlineWidth);
    return {
      visible: el.matches(':focus-visible') && style.outlineStyle !== 'none' && width >= 2,
      outline: `${style.outlineStyle} ${style.outlineWidth} on ${el.tagName.toLowerCase()}`,
    };
  });
}

/** Presses Tab until focus lands inside `selector`; fails after `limit` presses. */
async function tabInto(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate((s) => document.activeElement?.closest(s) !== null, selector);
    if (inside) return;
  }
  throw new Error(`${limit} Tab presses never reached ${selector}`);
}

/** Tabs through every focusable element of `selector` and checks order and focus ring at each stop. */
async function expectTabOrderWithFocusRings(page: Page, selector: string): Promise<number> {
  const expected = await listFocusable(page, selector);
  expect(expected.length, `${selector} has focusable elements`).toBeGreaterThan(0);
  await tabInto(page, selector);
  const reached: string[] = [];
  for (let index = 0; index < expected.length; index++) {
    if (index > 0) await page.keyboard.press('Tab');
    reached.push(await describeFocus(page));
    const ring = await focusRing(page);
    expect(ring.visible, `focus ring on ${reached.at(-1)}: ${ring.outline}`).toBe(true);
  }
  expect(reached).toEqual(expected);
  return expected.length;
}

test('Tab reaches every header link in order, each with a visible focus ring', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab'); // the skip link comes first (navigation.spec.ts)
  const count = await expectTabOrderWithFocusRings(page, 'header.site-header');
  const navLinks = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').count();
  expect(count).toBeGreaterThanOrEqual(navLinks + 1); // the site name, then the main navigation
});

test('Tab reaches every control of the incident table in order, each with a visible focus ring', async ({
  page,
}) => {
  await page.goto('/incidents/');
  const count = await expectTabOrderWithFocusRings(page, 'table.incident-table');
  expect(count).toBeGreaterThanOrEqual(incidents.length);
});

test('Enter on a focused incident-table link opens that incident', async ({ page }) => {
  await page.goto('/incidents/');
  await tabInto(page, 'table.incident-table tbody');
  const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  expect(href).toMatch(/^\/incidents\/[a-z0-9-]+\/$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator('h1')).toBeVisible();
});

test.describe('with prefers-reduced-motion: reduce', () => {
  test.use({ reducedMotion: 'reduce' });

  for (const { name, path } of TEMPLATES) {
    test(`the ${name} page runs no animation or transition longer than 0.01ms`, async ({ page }) => {
      await page.goto(path);
      // Hover and focus every link once, so hover/focus transitions would start if any ran.
      await page.keyboard.press('Tab');
      await page
        .locator('main a[href]')
        .first()
        .hover({ timeout: 2_000 })
        .catch(() => undefined);
      const slow = await page.evaluate(() => {
        const LIMIT_S = 0.01 / 1000;
        const seconds = (list: string) =>
          list.split(',').map((part) => {
            const value = Number.parseFloat(part);
            return part.trim().endsWith('ms') ? value / 1000 : value;
          });
        const found: string[] = [];
        for (const el of document.querySelectorAll('*')) {
          for (const pseudo of [null, '::before', '::after']) {
            const style = getComputedStyle(el, pseudo);
            const transitions = seconds(style.transitionDuration).filter((s) => s > LIMIT_S);
            const animations =
              style.animationName === 'none'
                ? []
                : seconds(style.animationDuration).filter((s) => s > LIMIT_S);
            if (transitions.length > 0 || animations.length > 0) {
              found.push(
                `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${pseudo ?? ''}: transition ${style.transitionDuration}, animation ${style.animationName} ${style.animationDuration}`,
              );
            }
          }
        }
        const running = document
          .getAnimations()
          .filter((a) => Number(a.effect?.getComputedTiming().duration ?? 0) > 0.01)
          .map((a) => `running ${a.constructor.name} ${String(a.effect?.getComputedTiming().duration)}ms`);
        return [...found, ...running];
      });
      expect(slow).toEqual([]);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
        'auto',
      );
    });
  }

  test('the global stylesheet carries the prefers-reduced-motion rule that applies here', async ({
    page,
  }) => {
    await page.goto('/');
    const rule = await page.evaluate(() => {
      for (const sheet of document.styleSheets) {
        for (const cssRule of sheet.cssRules) {
          if (
            cssRule instanceof CSSMediaRule &&
            cssRule.conditionText.includes('prefers-reduced-motion: reduce')
          )
            return { applies: matchMedia(cssRule.conditionText).matches, text: cssRule.cssText };
        }
      }
      return undefined;
    });
    expect(rule?.applies).toBe(true);
    expect(rule?.text).toMatch(/transition-duration: 0\.01ms !important/);
    expect(rule?.text).toMatch(/animation-duration: 0\.01ms !important/);
  });
});
