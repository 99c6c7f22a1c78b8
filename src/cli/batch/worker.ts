// A worker thread of `bounce-lens explain`: runs the tasks the pool posts (read, analyse, render)
// and posts the results back. Its settings come in workerData, or, for a worker started before the
// command knew them (prestart-workers.ts), in the first message; it says "ready" once it has them.
import { parentPort, workerData } from 'node:worker_threads';
import type { Translate } from '../../core/knowledge/types.ts';
import { loadTranslate } from '../../node/catalogue.ts';
import { runTask, type RenderContext, type Task, type TaskResult } from './task.ts';

// Results go back a few at a time, not a whole batch at the end: the pool refills this thread's
// queue as results arrive, so the thread never runs dry waiting for the main thread's answer.
const POST_EVERY = 8;

const port = parentPort;
let settings: { ctx: RenderContext; t: Translate } | null = null;

function begin(ctx: RenderContext): void {
  settings = { ctx, t: loadTranslate(ctx.lang) };
  port?.postMessage({ ready: true });
}

async function runAll(tasks: Task[], ctx: RenderContext, t: Translate): Promise<void> {
  let results: TaskResult[] = [];
  for (const task of tasks) {
    results.push(await runTask(task, ctx, t));
    if (results.length >= POST_EVERY) {
      port?.postMessage(results);
      results = [];
    }
  }
  if (results.length) port?.postMessage(results);
}

if (port) {
  port.on('message', (message: Task[] | { ctx: RenderContext }) => {
    if (!Array.isArray(message)) begin(message.ctx);
    else if (settings) void runAll(message, settings.ctx, settings.t);
  });
  const given = workerData as { ctx: RenderContext } | null;
  if (given) begin(given.ctx);
}
