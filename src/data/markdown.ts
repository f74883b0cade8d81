/**
 * Renders Markdown fields from YAML (narratives, descriptions) with the articles' remark pipeline
 * (field-renderer.ts). During a build the work goes to a worker thread, so a second core renders
 * the next narratives while this one renders pages: at 10,000 incidents narratives were a fifth of
 * the build. The dev server, and any context where the worker cannot start, render in-process.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import { getContentRoot } from '../lib/content-root.ts';
import { createFieldRenderer, getFieldFileUrl } from './field-renderer.ts';

let renderer: Promise<MarkdownRenderer> | undefined;

async function renderInProcess(markdown: string, sourceFile: string): Promise<string> {
  renderer ??= createFieldRenderer(getContentRoot());
  const result = await (
    await renderer
  ).render(markdown, {
    fileURL: getFieldFileUrl(sourceFile, process.cwd()),
  });
  return result.code;
}

interface WorkerPool {
  render: (markdown: string, sourceFile: string) => Promise<string>;
}

let pool: WorkerPool | undefined | null;

/** One worker (this machine class has two cores, one of them rendering pages), started on first use. */
function getWorkerPool(): WorkerPool | undefined {
  if (pool !== undefined) return pool ?? undefined;
  pool = null;
  if (import.meta.env.DEV) return undefined;
  // The bundled build code lives in .astro/; the worker runs the source module from the project.
  const file = path.join(process.cwd(), 'src/data/markdown-worker.ts');
  if (!existsSync(file)) return undefined;
  const worker = new Worker(file, {
    workerData: { contentRoot: getContentRoot(), cwd: process.cwd() },
    // Rendering makes short-lived garbage; a small heap keeps the build's memory in check.
    resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 },
  });
  // An idle worker must not keep the build process alive.
  worker.unref();
  interface Job {
    markdown: string;
    sourceFile: string;
    resolve: (html: string) => void;
    reject: (error: Error) => void;
  }
  const pending = new Map<number, Job>();
  let nextId = 0;
  worker.on('message', (message: { id: number; html?: string; error?: string }) => {
    const job = pending.get(message.id);
    pending.delete(message.id);
    if (pending.size === 0) worker.unref();
    if (message.html !== undefined) job?.resolve(message.html);
    else job?.reject(new Error(message.error ?? 'Markdown worker failed'));
  });
  // If the worker dies (out of memory, say), its queue and everything after render in-process.
  let alive = true;
  const fallBack = () => {
    alive = false;
    for (const job of pending.values())
      renderInProcess(job.markdown, job.sourceFile).then(job.resolve, job.reject);
    pending.clear();
  };
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  pool = {
    render: (markdown, sourceFile) => {
      if (!alive) return renderInProcess(markdown, sourceFile);
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { markdown, sourceFile, resolve, reject });
        worker.ref();
        worker.postMessage({ id, markdown, sourceFile });
      });
    },
  };
  return pool;
}

export function renderMarkdownField(markdown: string, sourceFile: string): Promise<string> {
  const workers = getWorkerPool();
  return workers ? workers.render(markdown, sourceFile) : renderInProcess(markdown, sourceFile);
}
