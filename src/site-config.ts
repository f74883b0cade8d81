/** Site-wide settings in one place. */
export const SITE = {
  name: 'Cyber Heist Tracker',
  tagline: 'A sourced record of state-sponsored cyber heists',
  /** Canonical origin; override with SITE_URL when deploying elsewhere. */
  url: process.env['SITE_URL'] ?? 'https://cyberheisttracker.org',
  /** Repository, for "edit this page" and "report an error" links; override with REPOSITORY_URL. */
  repositoryUrl:
    process.env['REPOSITORY_URL'] ?? 'https://github.com/cyber-heist-tracker/cyber-heist-tracker',
  /** Branch the "edit this page" links open; override with REPOSITORY_BRANCH. */
  repositoryBranch: process.env['REPOSITORY_BRANCH'] ?? 'main',
  language: 'en',
} as const;
