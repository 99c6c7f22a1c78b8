// Where explain tasks run: on the main thread, and, once an input list proves long, also on worker
// threads across the machine's cores (starting a worker costs about as much as a hundred inputs,
// so short runs never pay it). Each worker holds a few queued tasks so it never waits for the
// main thread; results come back through promises, in any order (ordered.ts restores it).
import type { Worker } from 'node:worker_threads';
import type { Translate } from '../../core/knowledge/types.ts';
import { adoptWorkers, startWorker } from '../prestart-workers.ts';
import type { BatchEngine } from './engine-loader.ts';
import type { RenderContext, Task, TaskResult } from './task.ts';

interface Pending {
  task: Task;
  resolve: (r: TaskResult) => void;
}

interface Lane {
  inFlight: number;
  capacity: number;
  send(p: Pending): void;
}

const YIELD_EVERY = 4;
// Tasks a worker holds at most. Not many: the output keeps input order, so a task queued on a
// thread that falls behind (a busy machine) holds back everything after it; with 64, posted back
// all at once, and 512 inputs in flight, the main thread sat idle a tenth of a 6,020-file run.
// Not few either: each message is a thread wake-up (results every 4 of 16 tasks cost a busy
// machine more than they saved). The worker posts results every 8 (worker.ts), so its queue is
// topped up before it empties.
const WORKER_CAPACITY = 32;

export interface PoolOptions {
  /** Runs a task on the main thread (the engine the command loaded). */
  runTask: BatchEngine['runTask'];
  ctx: RenderContext;
  t: Translate;
  /** Worker threads at most (0: the main thread only). */
  workers: number;
  /** Start the workers once this many tasks were submitted. */
  workersAfter: number;
  /** The compiled worker module; null when running from source (no workers then). */
  workerUrl: URL | null;
}

export class Pool {
  private readonly queue: Pending[] = [];
  private readonly lanes: Lane[] = [];
  private readonly workers = new Set<Worker>();
  /** Workers main.ts started early, loading the engine meanwhile: put to work once the run proves long. */
  private standby: Worker[];
  private submitted = 0;
  private sinceYield = 0;
  private started = false;
  private maxWorkers: number;

  constructor(private readonly options: PoolOptions) {
    this.maxWorkers = options.workers;
    this.lanes.push(this.mainLane());
    // Workers main.ts started early (prestart-workers.ts) wait until the run is long enough to pay
    // for them, like the others: a list of a few dozen inputs is done on the main thread before a
    // worker has loaded its engine, and handing it some of them only made the run wait for it.
    this.standby = adoptWorkers(this.maxWorkers);
  }

  /** At most `n` workers from now on, if the run was not yet long enough for any (an mbox's memory budget). */
  capWorkers(n: number): void {
    if (this.submitted >= this.options.workersAfter) return;
    this.maxWorkers = Math.min(this.maxWorkers, n);
    // Workers started early beyond that are stopped.
    for (const worker of this.standby.splice(this.maxWorkers)) void worker.terminate();
  }

  run(task: Task): Promise<TaskResult> {
    this.submitted++;
    if (!this.started && this.submitted >= this.options.workersAfter) this.startWorkers();
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.workers, ...this.standby.splice(0)].map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.queue.length) {
      // The least loaded lane relative to its capacity; none free: wait for a result.
      let best: Lane | null = null;
      for (const lane of this.lanes) {
        if (lane.inFlight >= lane.capacity) continue;
        if (!best || lane.inFlight / lane.capacity < best.inFlight / best.capacity) best = lane;
      }
      if (!best) return;
      const next = this.queue.shift() as Pending;
      best.inFlight++;
      best.send(next);
    }
  }

  private mainLane(): Lane {
    const lane: Lane = {
      inFlight: 0,
      capacity: 1,
      send: (p) => {
        const run = (): void => {
          void this.options.runTask(p.task, this.options.ctx, this.options.t).then((r) => {
            lane.inFlight--;
            p.resolve(r);
            this.pump();
          });
        };
        // With workers: after the current dispatch, so they get their share of the queue first.
        // Without: at once, but for one input in YIELD_EVERY. A turn of the event loop per input
        // (a poll for I/O each) was time spent on nothing; none at all delays the collector's
        // own tasks, which V8 posts to the event loop, and the heap grew (mbox peak RSS +20 MB at none, +8 MB at 16, as before at 4).
        if (this.workers.size > 0 || ++this.sinceYield >= YIELD_EVERY) {
          this.sinceYield = 0;
          setImmediate(run);
        } else run();
      },
    };
    return lane;
  }

  private startWorkers(): void {
    this.started = true;
    for (const worker of this.standby.splice(0, this.maxWorkers)) this.attach(worker, true);
    const { workerUrl, ctx } = this.options;
    if (!workerUrl) return;
    for (let i = this.workers.size; i < this.maxWorkers; i++) this.attach(startWorker(workerUrl, { ctx }), false);
  }

  /** Puts a worker to work: started with its settings, or started early and sent them now. */
  private attach(worker: Worker, sendSettings: boolean): void {
    if (sendSettings) worker.postMessage({ ctx: this.options.ctx });
    this.workers.add(worker);
    const waiting = new Map<number, Pending>();
    // Tasks go over in batches, and results come back so: one message per task costs a
    // thread wake-up each, which on a busy machine was a good part of the work.
    let batch: Task[] = [];
    const flush = (): void => {
      const transfer = batch.flatMap((task) => (task.data ? [task.data.buffer as ArrayBuffer] : []));
      worker.postMessage(batch, transfer);
      batch = [];
    };
    const lane: Lane = {
      inFlight: 0,
      capacity: WORKER_CAPACITY,
      send: (p) => {
        waiting.set(p.task.id, p);
        batch.push(p.task);
        if (batch.length === 1) setImmediate(flush);
      },
    };
    worker.on('message', (message: { ready: true } | TaskResult[]) => {
      if ('ready' in message) {
        this.lanes.push(lane);
        this.pump();
        return;
      }
      for (const result of message) {
        const p = waiting.get(result.id);
        if (!p) continue;
        waiting.delete(result.id);
        lane.inFlight--;
        p.resolve(result);
      }
      this.pump();
    });
    // A worker that fails hands its tasks back to the queue; the main thread still finishes them.
    const lost = (): void => {
      const at = this.lanes.indexOf(lane);
      if (at >= 0) this.lanes.splice(at, 1);
      this.workers.delete(worker);
      this.queue.unshift(...waiting.values());
      waiting.clear();
      this.pump();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
  }
}
