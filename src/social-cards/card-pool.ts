/**
 * Runs the card workers for one build. One worker starts with the build and plans and draws on the
 * second core while Astro bundles and renders pages on the first; once the pages are done and the
 * main thread only waits, `finish()` adds workers up to the core count to draw what is left.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardPlan } from './card-plan.ts';
import type { DrawStats, WorkerData } from './card-worker.ts';

export interface CardRunStats extends DrawStats {
  /** Workers that drew, including the planner. */
  workers: number;
  /** Cards started before `finish()` was called: drawn while Astro was still building. */
  drawnBeforeFinish: number;
}

export interface CardRun {
  /** The cards this build publishes, and which were missing from the cache. */
  plan: Promise<CardPlan>;
  /** Adds workers up to `totalWorkers`, waits until every card is in the cache, sums the work. */
  finish(totalWorkers?: number): Promise<CardRunStats>;
}

type WorkerMessage =
  { type: 'plan'; plan: CardPlan; counter: SharedArrayBuffer } | { type: 'done'; stats: DrawStats };

const WORKER_FILE = new URL('./card-worker.ts', import.meta.url);

/** Starts a worker and resolves with its draw statistics; `onPlan` receives the planner's plan. */
function runWorker(
  data: WorkerData,
  onPlan?: (plan: CardPlan, counter: SharedArrayBuffer) => void,
): { worker: Worker; done: Promise<DrawStats> } {
  const worker = new Worker(WORKER_FILE, { workerData: data });
  // Until the build waits for it, a worker must not keep a failed build's process alive.
  worker.unref();
  const done = new Promise<DrawStats>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'plan') onPlan?.(message.plan, message.counter);
      else resolve(message.stats);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`social card worker exited with code ${code}`)));
  });
  return { worker, done };
}

export function startCardRun(options: { contentRoot: string; cacheDir: string }): CardRun {
  let resolvePlan: (value: { plan: CardPlan; counter: SharedArrayBuffer }) => void = () => {};
  const planned = new Promise<{ plan: CardPlan; counter: SharedArrayBuffer }>((resolve) => {
    resolvePlan = resolve;
  });
  const planner = runWorker(
    { mode: 'plan', contentRoot: options.contentRoot, cacheDir: options.cacheDir },
    (plan, counter) => resolvePlan({ plan, counter }),
  );
  // A planner that fails before planning must fail the plan too, not leave it pending.
  const plan = Promise.race([planned, planner.done.then(() => planned)]).then(({ plan }) => plan);
  planner.done.catch(() => {});
  return {
    plan,
    async finish(totalWorkers = availableParallelism()) {
      planner.worker.ref();
      const { plan: settled, counter } = await Promise.race([planned, planner.done.then(() => planned)]);
      const started = Math.min(settled.jobs.length, Atomics.load(new Int32Array(counter), 0));
      const remaining = settled.jobs.length - started;
      const helpers: Array<Promise<DrawStats>> = [];
      // A helper costs a second font parse and satori warm-up (about 0.2 s): worth it past a few cards.
      for (let i = 1; i < totalWorkers && remaining > 8 * i; i++) {
        const helper = runWorker({ mode: 'draw', cacheDir: options.cacheDir, jobs: settled.jobs, counter });
        helper.worker.ref();
        helpers.push(helper.done);
      }
      const all = await Promise.all([planner.done, ...helpers]);
      return all.reduce<CardRunStats>(
        (sum, stats) => ({
          ...sum,
          workers: sum.workers + 1,
          drawn: sum.drawn + stats.drawn,
          satoriMs: sum.satoriMs + stats.satoriMs,
          resvgMs: sum.resvgMs + stats.resvgMs,
          encodeMs: sum.encodeMs + stats.encodeMs,
          bytes: sum.bytes + stats.bytes,
        }),
        { workers: 0, drawnBeforeFinish: started, drawn: 0, satoriMs: 0, resvgMs: 0, encodeMs: 0, bytes: 0 },
      );
    },
  };
}
