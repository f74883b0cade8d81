/**
 * The framework floor: a throwaway Astro project with one `[id].astro` route rendering N trivial
 * pages, built with this repository's Astro (its node_modules is symlinked in). What our build costs
 * beyond this is ours: content checks, data shaping, components, charts, Markdown, indexing.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PAGE = `---
export function getStaticPaths() {
  return Array.from({ length: Number(process.env.FLOOR_PAGES) }, (_, i) => ({
    params: { id: \`page-\${i}\` },
    props: { n: i },
  }));
}
const { n } = Astro.props;
---

<html lang="en">
  <head><meta charset="utf-8" /><title>Page {n}</title></head>
  <body><h1>Page {n}</h1><p>A trivial page.</p></body>
</html>
`;

/** Writes the project into `dir` and returns the environment its build needs. */
export function writeBareAstroProject(dir: string, repoRoot: string, pages: number): NodeJS.ProcessEnv {
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'bare-astro-floor', private: true, type: 'module' }),
  );
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      // Its own cache, so the floor never reads or pollutes the real project's.
      "export default defineConfig({ build: { format: 'directory' }, cacheDir: './.astro-cache', vite: { cacheDir: './.vite-cache' } });",
      '',
    ].join('\n'),
  );
  writeFileSync(path.join(dir, 'src/pages/[id].astro'), PAGE);
  return { ...process.env, FLOOR_PAGES: String(pages) };
}
