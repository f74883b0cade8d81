/**
 * Finds a Chromium for Playwright: an explicit env var, then Playwright's own download, then the
 * system browser. Playwright's download does not work on every machine (no internet here), so the
 * system package is a first-class option.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for headless Chromium on a machine with no network beyond loopback (and as root in CI). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Returns an executable path, or undefined to let Playwright use its own installed browser. */
export function findChromium(env: Record<string, string | undefined> = process.env): string | undefined {
  const configured = env['CHROMIUM_PATH'] ?? env['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'];
  if (configured) {
    if (!existsSync(configured))
      throw new Error(`CHROMIUM_PATH points at ${configured}, which does not exist.`);
    return configured;
  }
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined;
  const system = SYSTEM_BROWSERS.find((candidate) => existsSync(candidate));
  if (system) return system;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Do one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (what .ci/run does)',
      '  - any OS with internet: npx playwright install chromium',
      '  - point CHROMIUM_PATH at an existing Chromium or Chrome binary',
    ].join('\n'),
  );
}
