/**
 * Browser side of the base path (src/site-config.ts): Vite replaces import.meta.env.BASE_URL with
 * Astro's `base` at build time, so a script builds `/tracker/incidents/x/` on a GitHub Pages project
 * site and `/incidents/x/` at a domain's root, without reading the page.
 */
import { joinBasePath } from '../lib/site-path.ts';

const BASE_PATH: string = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** A root-relative site path under the base path the site was built for. */
export function sitePath(path: string): string {
  return joinBasePath(BASE_PATH, path);
}
