import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/find-chromium.ts';
import { choosePort } from './e2e/free-port.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// CHT_DIST_DIR and E2E_PORT let several checkouts or builds be tested side by side.
const distDir = process.env['CHT_DIST_DIR'] ?? 'dist';
if (!existsSync(`${root}/${distDir}/index.html`) && !existsSync(`${distDir}/index.html`)) {
  throw new Error(
    `${distDir}/ is missing: run \`npm run build\` before \`npm run test:e2e\` (npm test does both).`,
  );
}

// The chosen port is exported through the environment so worker processes agree with the main one.
const PORT = choosePort(4329);
process.env['E2E_PORT'] = String(PORT);
const executablePath = findChromium();

export default defineConfig({
  testDir: './e2e',
  outputDir: './.output/playwright',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // --ignore-lock: several checkouts may preview at once; astro preview otherwise refuses to start.
    command: `npm run preview -- --host 127.0.0.1 --port ${PORT} --ignore-lock`,
    cwd: root,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
