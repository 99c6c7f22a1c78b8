// Worker threads started before `explain` loads the engine. A worker spends about a tenth of a
// second loading the engine on its own thread; started only once the command was loaded and its
// inputs began to arrive, that tenth came after the main thread's own load instead of beside it.
// main.ts calls prestartWorkers() first thing when the arguments promise a long run (a list, a
// folder, many names); the pool adopts what was started and sends each its settings
// (worker.ts waits for them); whatever the command did not adopt is stopped when it ends.
// Kept free of the engine's modules, so that loading this costs the one-file case nothing.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { tuneV8ForBatch } from './batch/v8-flags.ts';
import { workerThreads } from './lazy-builtins.ts';

/** A worker's heap is kept small (the engine needs little; V8 would otherwise let garbage grow
 *  to hundreds of MB per thread): a 1 GB mbox then stays within 200 MB in all. */
export const WORKER_HEAP = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };
/** Named inputs from which a run is long enough to pay for a worker (as many as a worker costs to start). */
export const WORKERS_AFTER = 96;

let waiting: Worker[] = [];

/** The compiled worker (batch/worker.js beside this module, in lib/cli/ and in the bundle alike); none when running from TypeScript source (tests, tsx). */
export function workerUrl(): URL | null {
  return import.meta.url.endsWith('.js') ? new URL('./batch/worker.js', import.meta.url) : null;
}

export function startWorker(url: URL, workerData: unknown): Worker {
  return new (workerThreads().Worker)(url, { workerData, resourceLimits: WORKER_HEAP });
}

/** Threads a run asks for: `--jobs N` (N-1 workers), else one per core. NaN when --jobs is not a plain number (the command refuses it). */
function threadsAsked(args: readonly string[]): number {
  const at = args.findIndex((a) => a === '--jobs' || a.startsWith('--jobs='));
  if (at === -1) return availableParallelism();
  const value = args[at]?.startsWith('--jobs=') ? args[at]?.slice('--jobs='.length) : args[at + 1];
  return /^\d{1,4}$/.test(value ?? '') ? Number(value) : NaN;
}

/** Whether `explain`'s arguments promise many inputs: a --files-from list, a folder, or many names.
 *  A single mbox file does not: it streams on the main thread (explain.ts). */
function longRun(args: readonly string[]): boolean {
  if (args.includes('--help') || args.includes('-h')) return false;
  if (args.some((a) => a === '--files-from' || a.startsWith('--files-from='))) return true;
  const names = args.filter((a) => !a.startsWith('-'));
  if (names.length >= WORKERS_AFTER) return true;
  return names.some((name) => {
    try {
      return statSync(name).isDirectory();
    } catch {
      return false;
    }
  });
}

/** Starts the workers an `explain` run with these arguments will use, without their settings yet. */
export function prestartWorkers(args: readonly string[]): void {
  const url = workerUrl();
  if (!url || !longRun(args)) return;
  // Before any thread compiles: V8 takes the engine's code cache only under the settings it was made with.
  tuneV8ForBatch();
  const workers = threadsAsked(args) - 1;
  for (let i = 0; i < workers; i++) waiting.push(startWorker(url, null));
}

/** The workers started early, now the pool's own (at most `n`); the others are stopped. */
export function adoptWorkers(n: number): Worker[] {
  const adopted = waiting.slice(0, Math.max(0, n));
  discardWorkers(waiting.slice(adopted.length));
  waiting = [];
  return adopted;
}

/** Stops workers no command adopted (a refused option, --help, a run that needed none). */
export function discardWorkers(workers: Worker[] = waiting): void {
  for (const w of workers) void w.terminate();
  if (workers === waiting) waiting = [];
}
