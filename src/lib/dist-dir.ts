/**
 * Where the built site goes. `CHT_DIST_DIR` lets several builds (benchmarks, tests, parallel work)
 * coexist; dist/ by default. Read by astro.config.mjs and by the search indexer that runs after it.
 */
export function getDistDir(env: Record<string, string | undefined> = process.env): string {
  const configured = env['CHT_DIST_DIR']?.trim();
  return (configured ? configured : 'dist').replace(/\/+$/, '');
}
