/**
 * Finds a Chromium for Playwright: an explicit env var, then Playwright's own download, then the
 * system browser. Playwright's download does not work on every machine (no internet here), so the
 * system package is a first-class option. When none is there, it installs one itself (Playwright's
 * download where the network allows it; as root on Debian or Ubuntu, the distribution's package),
 * so the README's `npm test` works on a fresh machine without a separate step.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { getInstallEnvironment, installWithApt, type InstallEnvironment } from '../support/system-install.ts';

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

/**
 * Installs a Chromium: Playwright's own download first (bounded in time: with no network it fails or
 * stalls), then, as root on Debian or Ubuntu, the distribution's `chromium` package. Returns whether
 * an install command succeeded; the caller looks for the browser again either way.
 */
export function installChromium(
  environment: InstallEnvironment = getInstallEnvironment('Chromium'),
): boolean {
  if (environment.run('npx', ['playwright', 'install', 'chromium'], 180_000)) return true;
  return installWithApt(environment, ['chromium'], 600_000);
}

/**
 * Returns an executable path, or undefined to let Playwright use its own installed browser. With
 * `install` (the default), a missing browser is installed before giving up.
 */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  options: { install?: boolean; installEnvironment?: InstallEnvironment } = {},
): string | undefined {
  const found = locateChromium(env);
  if (found !== null) return found;
  if (options.install !== false && env['CHT_NO_BROWSER_INSTALL'] !== '1') {
    installChromium(options.installEnvironment);
    const installed = locateChromium(env);
    if (installed !== null) return installed;
  }
  throw new Error(
    [
      'No Chromium found for the end-to-end tests, and installing one failed. Do one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium',
      '  - any OS with internet: npx playwright install chromium',
      '  - point CHROMIUM_PATH at an existing Chromium or Chrome binary',
    ].join('\n'),
  );
}

/** The browser to use, undefined for Playwright's own, or null when there is none. */
function locateChromium(env: Record<string, string | undefined>): string | undefined | null {
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
  return system ?? null;
}
