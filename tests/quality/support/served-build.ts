/**
 * A real build of a content folder, served and opened in Chromium, for the quality tests that
 * drive a browser over a build of their own (fixtures, or the real content under a base path).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { launchChromium } from './browser.ts';
import { buildSite } from './build-site.ts';
import { serveDirectory, type StaticServer } from './static-server.ts';

export interface ServedBuild {
  outDir: string;
  server: StaticServer;
  browser: Browser;
  /** Closes the browser and the server, and removes the build unless the caller gave its folder. */
  close: () => Promise<void>;
}

export async function buildAndServe(options: {
  contentDir: string;
  /** Prefix of the temporary output folder, e.g. `cht-permalinks-`. */
  tempPrefix: string;
  /** Build here and keep it (for inspection); by default a temporary folder, removed on close. */
  outDir?: string | undefined;
  /** Extra build environment (SITE_URL, BASE_PATH…). */
  env?: Record<string, string>;
  /** Path to serve the build under, as BASE_PATH built it. */
  basePath?: string;
}): Promise<ServedBuild> {
  const outDir = options.outDir ?? mkdtempSync(path.join(tmpdir(), options.tempPrefix));
  const removeBuild = () => {
    if (!options.outDir) rmSync(outDir, { recursive: true, force: true });
  };
  try {
    buildSite({ contentDir: options.contentDir, outDir, ...(options.env ? { env: options.env } : {}) });
  } catch (error) {
    removeBuild();
    throw error;
  }
  const server = await serveDirectory(outDir, options.basePath);
  const browser = await launchChromium();
  return {
    outDir,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      removeBuild();
    },
  };
}
