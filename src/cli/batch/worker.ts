// A worker thread of `bounce-lens explain`: runs the tasks the pool posts (read, analyse, render)
// and posts each result back. Everything it needs comes in workerData; it says "ready" once loaded.
import { parentPort, workerData } from 'node:worker_threads';
import { loadTranslate } from '../../node/catalogue.ts';
import { runTask, type RenderContext, type Task, type TaskResult } from './task.ts';

const { ctx } = workerData as { ctx: RenderContext };
const t = loadTranslate(ctx.lang);
const port = parentPort;
if (port) {
  port.on('message', (tasks: Task[]) => {
    void (async () => {
      const results: TaskResult[] = [];
      for (const task of tasks) results.push(await runTask(task, ctx, t));
      port.postMessage(results);
    })();
  });
  port.postMessage({ ready: true });
}
