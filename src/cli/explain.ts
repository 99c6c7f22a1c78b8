// `bounce-lens explain`: explains every input, in input order, as fast as the engine allows.
// Inputs stream in (inputs.ts: files, folders, mbox files, --files-from lists) with a bounded
// number in flight (ordered.ts), run on the main thread and, for long runs, on worker threads
// (pool.ts), and are printed in large buffered writes (output.ts). What each input prints is
// explainOutput()'s (explain-output.ts), rendered per --format (batch/render.ts).
// Exit 0 when every input was analysed; 2 (after the others) when one could not be read or an
// option is wrong.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import type { Translate } from '../core/knowledge/types.ts';
import type { Profile } from '../core/profile/index.ts';
import { loadTranslate, terminalLanguage } from '../node/catalogue.ts';
import { intFlag, parseArgs } from '../probe/cli-args.ts';
import { inputs, walkFolder, type Input } from './batch/inputs.ts';
import { splitMbox } from './batch/mbox-stream.ts';
import { ordered } from './batch/ordered.ts';
import { BufferedOutput } from './batch/output.ts';
import { loadEngine, type BatchEngine } from './batch/engine-loader.ts';
import { Pool } from './batch/pool.ts';
import { WORKERS_AFTER, workerUrl } from './prestart-workers.ts';
import { Progress } from './batch/progress.ts';
import { tuneV8ForBatch } from './batch/v8-flags.ts';
import { csvHeader, FORMATS, inputName, type OutputFormat } from './batch/render.ts';
import type { RenderContext, Task, TaskResult } from './batch/task.ts';
import { terminalSafe } from './terminal-safe.ts';
import { fsPromises } from './lazy-builtins.ts';

const STDIN = '-';
const SPEC = {
  values: ['--format', '--profile', '--files-from', '--jobs'],
  switches: ['--json', '--help', '--lean'],
};
// Inputs in flight: files are names only (each thread reads its own), so many can wait (their
// results, a few hundred bytes each, wait for the slowest one before them); mbox messages are
// bytes (up to the engine's cap each), so fewer.
const FILE_WINDOW = 2048;
const MBOX_WINDOW = 24;
/** Worker threads an mbox gets by default (memory, see explainMbox): none, it streams on the main thread. */
const MBOX_WORKERS = 0;

export interface ExplainIo {
  stdin: Readable;
  stdout: Writable;
  stderr: NodeJS.WriteStream;
}

type ProfileRead = { ok: true; profile: Profile } | { ok: false; error: string };

// Another host's profile (JSON, see src/core/profile/README.md) replaces the default one.
async function readProfile(engine: BatchEngine, file: string | undefined, t: Translate): Promise<ProfileRead> {
  if (file === undefined) return { ok: true, profile: engine.DEFAULT_PROFILE };
  try {
    const checked = engine.validateProfile(JSON.parse(await fsPromises().readFile(file, 'utf8')));
    return checked.ok ? { ok: true, profile: checked.profile } : { ok: false, error: `${file}: ${checked.errors.join('; ')}` };
  } catch (e) {
    return { ok: false, error: t('cli_e_unreadable', [file, (e as NodeJS.ErrnoException).code ?? (e as Error).message]) };
  }
}

/** The CSV columns: the fields explainOutput() (or, with --lean, leanOutput()) gives a finding, in its order, whatever they become. */
async function findingColumns(engine: BatchEngine, profile: Profile, t: Translate, lean: boolean): Promise<string[]> {
  const sample = new TextEncoder().encode('550 5.1.1 <someone@example.org>: Recipient address rejected: User unknown\n');
  const output = lean ? await engine.leanOutput(sample) : await engine.explainOutput(sample, profile, t, false);
  return Object.keys(output.findings[0] ?? {});
}

/**
 * Threads by default: one per core. Each thread warms up its own JIT, so until round 6 a worker cost
 * more than it gained on two cores; with the batch V8 settings (batch/v8-flags.ts: no regexp tier-up,
 * no TurboFan inlining, a larger interrupt budget) the warm-up shrank, and on this 2-core machine
 * 6,020 emails took 1.9–2.2 s wall with one worker against 2.8–3.4 s without (4 paired runs, loaded
 * machine; CPU 3.0–3.5 s against 2.7–3.0 s). `--jobs` overrides.
 */
function defaultThreads(): number {
  return availableParallelism();
}

function isDirectory(name: string): boolean {
  try {
    return name !== STDIN && statSync(name).isDirectory();
  } catch {
    return false;
  }
}

export async function runExplain(args: string[], io: ExplainIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  tuneV8ForBatch();
  const t = loadTranslate(terminalLanguage());
  const err = (line: string): void => void io.stderr.write(`bounce-lens explain: ${terminalSafe(line)}\n`);
  const refuse = (line: string): number => {
    err(line);
    io.stderr.write(`${t('cli_b_explain_usage')}\n`);
    return 2;
  };
  const parsed = parseArgs(args.map((a) => (a === '-h' ? '--help' : a)), SPEC);
  if (!parsed.ok) return refuse(t(parsed.error.key, parsed.error.subs));
  const a = parsed.value;
  if (a.switches.has('--help')) {
    io.stdout.write(`${t('cli_b_explain_usage')}\n`);
    return 0;
  }
  const lean = a.switches.has('--lean');
  // --lean prints fields, no text: JSON lines unless CSV is asked for.
  const formatArg = a.switches.has('--json') ? 'jsonl' : (a.values.get('--format') ?? (lean ? 'jsonl' : 'text'));
  if (!(FORMATS as readonly string[]).includes(formatArg)) return refuse(t('cli_b_bad_format', [formatArg]));
  const format = formatArg as OutputFormat;
  if (lean && format === 'text') return refuse(t('cli_b_lean_text'));
  const jobs = intFlag(a, '--jobs');
  if (!jobs.ok || jobs.value === 0) return refuse(t('p_cli_bad_number', ['--jobs']));
  const filesFrom = a.values.get('--files-from') ?? null;
  const names = a.positional.length || filesFrom !== null ? a.positional : [STDIN];
  if (filesFrom === STDIN && names.includes(STDIN)) return refuse(t('cli_b_stdin_twice'));

  // The engine as the worker threads load it (batch/engine-loader.ts): bundled, with its code cache.
  const engine = await loadEngine(new URL('./engine.cjs', import.meta.url));
  const profile = await readProfile(engine, a.values.get('--profile'), t);
  if (!profile.ok) {
    err(profile.error);
    return 2;
  }
  const ctx: RenderContext = {
    format,
    profile: profile.profile,
    lang: terminalLanguage(),
    // One named file (or stdin) prints its explanation alone; anything more says which is which.
    headers: !(names.length === 1 && filesFrom === null && !isDirectory(names[0] ?? '')),
    columns: format === 'csv' ? await findingColumns(engine, profile.profile, t, lean) : [],
    lean,
  };
  const threads = jobs.value ?? defaultThreads();
  const pool = new Pool({ runTask: engine.runTask, ctx, t, workers: Math.max(0, threads - 1), workersAfter: WORKERS_AFTER, workerUrl: workerUrl() });
  const out = new BufferedOutput(io.stdout);
  const progress = new Progress(io.stderr, t, io.stderr.isTTY === true);
  let nextId = 0;
  let failed = false;

  const report = async (task: Task, result: TaskResult): Promise<void> => {
    if (result.kind === 'done') {
      await out.write(result.out);
      progress.tick();
    } else if (result.kind === 'unreadable') {
      failed = true;
      err(t('cli_e_unreadable', [inputName(task), result.error]));
    } else if (result.kind === 'folder') {
      // Its files, in order, where the folder stands in the output.
      for await (const r of ordered(walkFolder(task.path ?? ''), start, FILE_WINDOW)) await report(r.task, r.result);
    } else {
      await explainMbox(task);
    }
  };

  // The messages of an mbox, streamed, in order, where the file stands in the output.
  const explainMbox = async (file: Task): Promise<void> => {
    const path = file.path ?? '';
    // Each worker holds its own engine and heap (round 5, 256 MB mbox: 157 MB resident on the main
    // thread alone, 178 MB with one worker, 273 MB with three; round 6, 1 GB mbox: 166 MB alone,
    // 203 MB with one worker): by default an mbox streams on the main thread only, so that it stays
    // within 200 MB on any machine. An explicit --jobs decides.
    if (jobs.value === undefined) pool.capWorkers(MBOX_WORKERS);
    async function* messages(): AsyncGenerator<Task> {
      for await (const m of splitMbox(path, engine.MAX_INPUT)) {
        yield { id: nextId++, name: file.name, data: new Uint8Array(m.data) /* its own buffer: it is transferred to a worker */, ...(m.index === 1 && m.last ? {} : { message: m.index }) };
      }
    }
    try {
      for await (const { task, result } of ordered(messages(), async (task) => ({ task, result: await pool.run(task) }), MBOX_WINDOW)) {
        await report(task, result);
      }
    } catch (e) {
      failed = true;
      err(t('cli_b_mbox_unreadable', [path, (e as NodeJS.ErrnoException).code ?? (e as Error).message]));
    }
  };

  const start = async (input: Input): Promise<{ task: Task; result: TaskResult }> => {
    const id = nextId++;
    if (input.kind === 'error') return { task: { id, name: input.name }, result: { id, kind: 'unreadable', error: input.error } };
    const task: Task = input.kind === 'file' ? { id, name: input.path, path: input.path } : { id, name: input.name, data: input.data };
    return { task, result: await pool.run(task) };
  };

  try {
    if (format === 'csv') await out.write(csvHeader(ctx.columns));
    for await (const { task, result } of ordered(inputs({ names, filesFrom, stdin: io.stdin, maxInput: engine.MAX_INPUT }), start, FILE_WINDOW)) {
      await report(task, result);
    }
    await out.flush();
  } finally {
    progress.stop();
    await pool.close();
  }
  return failed ? 2 : 0;
}
