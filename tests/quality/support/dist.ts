/** The built site the quality suite inspects: CHT_DIST_DIR, or dist/. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export function getDistDir(env: Record<string, string | undefined> = process.env): string {
  const dir = path.resolve(env['CHT_DIST_DIR'] ?? 'dist');
  if (!existsSync(path.join(dir, 'index.html')))
    throw new Error(`${dir}/index.html is missing: run \`npm run build\` before \`npm run test:quality\`.`);
  return dir;
}

/** Files below `dir` whose names end with `suffix`, as sorted forward-slash paths relative to `dir`. */
export function listFiles(dir: string, suffix = ''): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The site path a page file is served at: `incidents/x/index.html` → `/incidents/x/`. */
export function toSitePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
