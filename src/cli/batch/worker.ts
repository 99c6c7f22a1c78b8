// A worker thread of `bounce-lens explain`: runs the tasks the pool posts (read, analyse, render)
// and posts the results back. Its settings come in workerData, or, for a worker started before the
// command knew them (prestart-workers.ts), in the first message; it says "ready" once it has them
// and its engine is loaded (engine-loader.ts: the bundled engine with its code cache).
import { parentPort, workerData } from 'node:worker_threads';
import type { Translate } from '../../core/knowledge/types.ts';
import { loadEngine, type BatchEngine } from './engine-loader.ts';
import type { RenderContext, Task, TaskResult } from './task.ts';

// Results go back a few at a time, not a whole batch at the end: the pool refills this thread's
// queue as results arrive, so the thread never runs dry waiting for the main thread's answer.
const POST_EVERY = 8;

const port = parentPort;
// The bundle sits beside this folder's parent (lib/bundle/engine.cjs for lib/bundle/batch/worker.js).
const loading = loadEngine(new URL('../engine.cjs', import.meta.url));
let settings: { ctx: RenderContext; t: Translate; engine: BatchEngine } | null = null;

async function begin(ctx: RenderContext): Promise<void> {
  const engine = await loading;
  settings = { ctx, t: engine.loadTranslate(ctx.lang), engine };
  port?.postMessage({ ready: true });
}

async function runAll(tasks: Task[], ctx: RenderContext, t: Translate, engine: BatchEngine): Promise<void> {
  let results: TaskResult[] = [];
  for (const task of tasks) {
    results.push(await engine.runTask(task, ctx, t));
    if (results.length >= POST_EVERY) {
      port?.postMessage(results);
      results = [];
    }
  }
  if (results.length) port?.postMessage(results);
}

if (port) {
  port.on('message', (message: Task[] | { ctx: RenderContext }) => {
    if (!Array.isArray(message)) void begin(message.ctx);
    else if (settings) void runAll(message, settings.ctx, settings.t, settings.engine);
  });
  const given = workerData as { ctx: RenderContext } | null;
  if (given) void begin(given.ctx);
}
