/**
 * Runs a real `npm run build` (astro build, then the search index) of a content folder into an
 * output folder, failing with its log.
 */
import { spawnSync } from 'node:child_process';

export function buildSite(options: {
  contentDir: string;
  outDir: string;
  timeoutMs?: number;
  /** Extra environment, e.g. SITE_URL and BASE_PATH for a build under a base path, or CHT_CARD_CACHE_DIR. */
  env?: Record<string, string>;
}): void {
  const result = spawnSync('npm', ['run', 'build'], {
    env: {
      ...process.env,
      ...options.env,
      CHT_CONTENT_DIR: options.contentDir,
      CHT_DIST_DIR: options.outDir,
      TZ: 'UTC',
    },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 300_000,
  });
  if (result.status !== 0) {
    throw new Error(
      `npm run build of ${options.contentDir} into ${options.outDir} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}
