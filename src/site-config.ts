/** Site-wide settings in one place, read from the environment at build time. */
import { joinBasePath, normalizeBasePath } from './lib/site-path.ts';

/** Defaults for local work; a deployment sets SITE_URL and REPOSITORY_URL (README: Deploy). */
export const DEFAULT_SITE_URL = 'https://cyberheisttracker.org';
export const DEFAULT_REPOSITORY_URL = 'https://github.com/cyber-heist-tracker/cyber-heist-tracker';

export const SITE = {
  name: 'Cyber Heist Tracker',
  tagline: 'A sourced record of state-sponsored cyber heists',
  /** Canonical origin; override with SITE_URL when deploying elsewhere. */
  url: process.env['SITE_URL'] ?? DEFAULT_SITE_URL,
  /** Repository, for "edit this page" and "report an error" links; override with REPOSITORY_URL. */
  repositoryUrl: process.env['REPOSITORY_URL'] ?? DEFAULT_REPOSITORY_URL,
  /** Branch the "edit this page" links open; override with REPOSITORY_BRANCH. */
  repositoryBranch: process.env['REPOSITORY_BRANCH'] ?? 'main',
  /**
   * Path the site is served under: `/` by default, `/<repo>/` for a GitHub Pages project site;
   * override with BASE_PATH. Astro's `base` is set from it (astro.config.mjs).
   */
  basePath: normalizeBasePath(process.env['BASE_PATH']),
  language: 'en',
} as const;

/** A root-relative site path (`/incidents/x/`) as served under the base path. */
export function sitePath(path: string): string {
  return joinBasePath(SITE.basePath, path);
}

/** The absolute URL of a root-relative site path: origin, base path, then the path. */
export function siteUrl(path: string): string {
  return new URL(sitePath(path), SITE.url).href;
}
