/**
 * Dev-server feedback time: starts `astro dev` on a content folder, loads an incident page and an
 * article, edits the YAML record and the MDX file behind them, and polls each page until the edit
 * shows. Reports milliseconds from the write to the first response containing the change. The
 * files are restored afterwards.
 *   node tests/bench/measure-dev.ts --content DIR
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findFreePort, spawnAstro, stopChild, waitForUrl } from './preview-server.ts';

export interface DevLatency {
  startupMs: number;
  /** Time for the first request of the incident page (it loads the whole record). */
  firstPageMs: number;
  /** Undefined when the edit had not shown after EDIT_TIMEOUT_MS. */
  yamlEditMs: number | undefined;
  mdxEditMs: number | undefined;
}

export const EDIT_TIMEOUT_MS = 20_000;

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  return response.ok ? response.text() : '';
}

/**
 * Writes `edited` to `file`, then polls `url` until `marker` appears; returns the milliseconds, or
 * undefined if it had not appeared after EDIT_TIMEOUT_MS.
 */
async function timeEdit(file: string, edited: string, url: string, marker: string) {
  const started = performance.now();
  writeFileSync(file, edited);
  while (performance.now() - started < EDIT_TIMEOUT_MS) {
    if ((await fetchText(url)).includes(marker)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

export async function measureDevLatency(repoRoot: string, contentDir: string): Promise<DevLatency> {
  const incidentId = readdirSync(path.join(contentDir, 'incidents'))
    .filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
    .sort()[0]
    ?.replace(/\.yaml$/, '');
  const articleId = readdirSync(path.join(contentDir, 'articles'))
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()[0]
    ?.replace(/\.mdx$/, '');
  if (!incidentId || !articleId) throw new Error(`${contentDir} needs an incident and an article`);
  const incidentFile = path.join(contentDir, 'incidents', `${incidentId}.yaml`);
  const articleFile = path.join(contentDir, 'articles', `${articleId}.mdx`);
  const incidentText = readFileSync(incidentFile, 'utf8');
  const articleText = readFileSync(articleFile, 'utf8');

  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  let log = '';
  const started = performance.now();
  const child = spawnAstro(
    repoRoot,
    ['dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    // Without the test runner's VITEST* variables: under them Astro's dev server never answers.
    {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))),
      CHT_CONTENT_DIR: contentDir,
      BROWSER: 'none',
    },
    (chunk) => (log += chunk),
  );
  try {
    await waitForUrl(`${origin}/about/`, 300_000, child);
    const startupMs = performance.now() - started;
    const incidentUrl = `${origin}/incidents/${incidentId}/`;
    const articleUrl = `${origin}/articles/${articleId}/`;
    const firstStarted = performance.now();
    if (!(await fetchText(incidentUrl))) throw new Error(`${incidentUrl} did not load`);
    const firstPageMs = performance.now() - firstStarted;
    await fetchText(articleUrl);

    const yamlMarker = `Edited title ${Date.now()}`;
    const yamlEdited = incidentText.replace(/^title: .*$/m, `title: ${yamlMarker}`);
    if (yamlEdited === incidentText) throw new Error(`${incidentFile} has no title line to edit`);
    const yamlEditMs = await timeEdit(incidentFile, yamlEdited, incidentUrl, yamlMarker);

    const mdxMarker = `Edited paragraph ${Date.now()}`;
    const mdxEditMs = await timeEdit(
      articleFile,
      `${articleText.trimEnd()}\n\n${mdxMarker}\n`,
      articleUrl,
      mdxMarker,
    );
    return { startupMs, firstPageMs, yamlEditMs, mdxEditMs };
  } catch (error) {
    const tail = log
      .split('\n')
      .filter((line) => !/\[200\]/.test(line))
      .slice(-40)
      .join('\n');
    throw new Error(`${(error as Error).message}\n--- astro dev output ---\n${tail}`);
  } finally {
    writeFileSync(incidentFile, incidentText);
    writeFileSync(articleFile, articleText);
    await stopChild(child);
  }
}

function describeEdit(ms: number | undefined): string {
  return ms === undefined
    ? `not shown after ${EDIT_TIMEOUT_MS / 1000} s`
    : `shown after ${(ms / 1000).toFixed(1)} s`;
}

export function describeDevLatency(result: DevLatency): string {
  return (
    `dev server ready in ${(result.startupMs / 1000).toFixed(1)} s, first incident page in ${(result.firstPageMs / 1000).toFixed(1)} s; ` +
    `an edited YAML record ${describeEdit(result.yamlEditMs)}, an edited MDX article ${describeEdit(result.mdxEditMs)}`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { content: { type: 'string' } } });
  if (!values.content) throw new Error('usage: node tests/bench/measure-dev.ts --content DIR');
  const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
  const result = await measureDevLatency(repoRoot, path.resolve(values.content));
  console.log(describeDevLatency(result));
}
