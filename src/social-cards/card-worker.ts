/**
 * A worker thread that draws social cards into the cache (card-pool.ts starts it). It runs plain
 * Node with type stripping, outside Vite, so it imports only modules free of `astro:*`.
 *
 * The first worker makes the plan (card-plan.ts), sends it to the build, then draws; workers added
 * later get the same job list. All of them take the next job from one shared counter, so no job is
 * drawn twice and none waits on the main thread, which is busy rendering pages meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeCachedCard } from './card-cache.ts';
import { planCards, type CardJob } from './card-plan.ts';
import { createCardRenderer } from './render-card.ts';

export type WorkerData =
  | { mode: 'plan'; contentRoot: string; cacheDir: string }
  | { mode: 'draw'; cacheDir: string; jobs: CardJob[]; counter: SharedArrayBuffer };

export interface DrawStats {
  drawn: number;
  satoriMs: number;
  resvgMs: number;
  encodeMs: number;
  bytes: number;
}

async function draw(cacheDir: string, jobs: CardJob[], counter: SharedArrayBuffer): Promise<DrawStats> {
  const next = new Int32Array(counter);
  const renderer = createCardRenderer();
  const stats: DrawStats = { drawn: 0, satoriMs: 0, resvgMs: 0, encodeMs: 0, bytes: 0 };
  for (let index = Atomics.add(next, 0, 1); index < jobs.length; index = Atomics.add(next, 0, 1)) {
    const job = jobs[index];
    if (!job) break;
    const card = await renderer.render(job.content);
    writeCachedCard(cacheDir, job.key, card.png);
    stats.drawn++;
    stats.satoriMs += card.satoriMs;
    stats.resvgMs += card.resvgMs;
    stats.encodeMs += card.encodeMs;
    stats.bytes += card.png.length;
    // resvg's pixel buffers (3 MB a card) are freed by finalizers that run only when the event loop
    // turns; a loop of awaits alone never lets it, and 300 cards took 2 GB instead of 0.3 GB.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return stats;
}

const data = workerData as WorkerData;
if (data.mode === 'plan') {
  const plan = planCards(data.contentRoot, data.cacheDir);
  const counter = new SharedArrayBuffer(4);
  parentPort?.postMessage({ type: 'plan', plan, counter });
  parentPort?.postMessage({ type: 'done', stats: await draw(data.cacheDir, plan.jobs, counter) });
} else {
  parentPort?.postMessage({ type: 'done', stats: await draw(data.cacheDir, data.jobs, data.counter) });
}
