/** Site-wide settings in one place. */
export const SITE = {
  name: 'Cyber Heist Tracker',
  tagline: 'A sourced record of state-sponsored cyber heists',
  /** Canonical origin; override with SITE_URL when deploying elsewhere. */
  url: process.env['SITE_URL'] ?? 'https://cyberheisttracker.org',
  /** Repository, for "edit this page" links. */
  repositoryUrl: 'https://github.com/cyber-heist-tracker/cyber-heist-tracker',
  repositoryBranch: 'main',
  language: 'en',
} as const;
