/** Runs a real `astro build` of a content folder into an output folder, failing with its log. */
import { spawnSync } from 'node:child_process';

export function buildSite(options: { contentDir: string; outDir: string; timeoutMs?: number }): void {
  const result = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, CHT_CONTENT_DIR: options.contentDir, CHT_DIST_DIR: options.outDir, TZ: 'UTC' },
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 300_000,
  });
  if (result.status !== 0) {
    throw new Error(
      `astro build of ${options.contentDir} into ${options.outDir} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}
