// A worker thread of `bounce-lens explain`: runs the tasks the pool posts (read, analyse, render)
// and posts the results back. Everything it needs comes in workerData; it says "ready" once loaded.
import { parentPort, workerData } from 'node:worker_threads';
import { loadTranslate } from '../../node/catalogue.ts';
import { runTask, type RenderContext, type Task, type TaskResult } from './task.ts';

// Results go back a few at a time, not a whole batch at the end: the pool refills this thread's
// queue as results arrive, so the thread never runs dry waiting for the main thread's answer.
const POST_EVERY = 4;

const { ctx } = workerData as { ctx: RenderContext };
const t = loadTranslate(ctx.lang);
const port = parentPort;
if (port) {
  port.on('message', (tasks: Task[]) => {
    void (async () => {
      let results: TaskResult[] = [];
      for (const task of tasks) {
        results.push(await runTask(task, ctx, t));
        if (results.length >= POST_EVERY) {
          port.postMessage(results);
          results = [];
        }
      }
      if (results.length) port.postMessage(results);
    })();
  });
  port.postMessage({ ready: true });
}
