/**
 * Where content lives. `CHT_CONTENT_DIR` points the whole pipeline (checks, build, benchmarks) at
 * another folder, such as a generated synthetic corpus; the default is the repository's content/.
 */
export function getContentRoot(env: Record<string, string | undefined> = process.env): string {
  const configured = env['CHT_CONTENT_DIR']?.trim();
  return (configured ? configured : 'content').replace(/\/+$/, '');
}
