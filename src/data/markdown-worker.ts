/**
 * A worker thread that renders Markdown fields for the build (see markdown.ts). It runs plain
 * Node (type stripping), outside Vite, so it imports only modules free of `astro:*`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createFieldRenderer, getFieldFileUrl } from './field-renderer.ts';

interface Job {
  id: number;
  markdown: string;
  sourceFile: string;
}

const { contentRoot, cwd } = workerData as { contentRoot: string; cwd: string };
const renderer = createFieldRenderer(contentRoot);

// One job at a time, in the order posted: started together, thousands of renders would each hold
// a syntax tree at once.
const queue: Job[] = [];
let running = false;

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  const ready = await renderer;
  for (let job = queue.shift(); job; job = queue.shift()) {
    try {
      const result = await ready.render(job.markdown, { fileURL: getFieldFileUrl(job.sourceFile, cwd) });
      parentPort?.postMessage({ id: job.id, html: result.code });
    } catch (error) {
      parentPort?.postMessage({ id: job.id, error: (error as Error).message });
    }
  }
  running = false;
}

parentPort?.on('message', (job: Job) => {
  queue.push(job);
  void drain();
});
