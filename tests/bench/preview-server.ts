/**
 * Starts `astro preview` over a built site on a free port, for the benchmarks that need a browser
 * (search transfer, Lighthouse). Astro is started from node_modules directly under this Node, so
 * the pid we hold is the server itself and stopping it leaves nothing behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

export interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForUrl(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** `astro <command>` from this repository, under the running (pinned) Node. */
export function spawnAstro(
  repoRoot: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  log?: (chunk: string) => void,
): ChildProcess {
  const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), ...args], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => log?.(chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => log?.(chunk.toString('utf8')));
  return child;
}

/** `astro preview --ignore-lock` over `distDir` (passed as CHT_DIST_DIR, which sets outDir). */
export async function startPreview(repoRoot: string, distDir: string): Promise<RunningServer> {
  const port = await findFreePort();
  const child = spawnAstro(
    repoRoot,
    ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    { ...process.env, CHT_DIST_DIR: distDir },
  );
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForUrl(`${origin}/`, 60_000, child);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { origin, stop: () => stopChild(child) };
}
