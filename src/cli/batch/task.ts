// One unit of `explain` work and its rendered result. The same code runs on the main thread and in
// the worker threads, so each thread reads, analyses and renders its inputs itself.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Translate } from '../../core/knowledge/types.ts';
import type { Profile } from '../../core/profile/index.ts';
import { MAX_INPUT } from '../../core/text/analyze-text.ts';
import { explainOutput } from '../explain-output.ts';
import { leanOutput } from './lean-output.ts';
import { renderOutput, type OutputFormat } from './render.ts';

export interface Task {
  id: number;
  /** What the output calls this input: the path, or "-" for stdin. */
  name: string;
  /** A file to read (up to the engine's input cap)... */
  path?: string;
  /** ...or the bytes themselves (stdin, one message of an mbox). */
  data?: Uint8Array;
  /** 1-based position of the message in its mbox; absent for whole files. */
  message?: number;
}

export type TaskResult =
  | { id: number; kind: 'done'; out: string }
  | { id: number; kind: 'unreadable'; error: string }
  /** The file is an mbox: the main thread streams it and sends its messages one by one. */
  | { id: number; kind: 'mbox' }
  /** The name is a folder (a listed name, not looked at before): the main thread walks it. */
  | { id: number; kind: 'folder' };

export interface RenderContext {
  format: OutputFormat;
  profile: Profile;
  lang: string;
  /** Text output: a "== name" line before each input (more than one input). */
  headers: boolean;
  /** CSV: the finding columns, in order. */
  columns: string[];
  /** --lean: the engine's findings only, no explanations (lean-output.ts). */
  lean: boolean;
}

const MBOX_MARK = Buffer.from('From ');

/** The first `MAX_INPUT` bytes of a file (the engine reads no more), and whether the file is longer; null for a folder. */
function readCapped(path: string): { data: Buffer; truncated: boolean } | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    // Where a folder cannot be opened as a file (Windows).
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') return null;
    throw e;
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return null;
    const size = stat.size;
    const want = Math.min(size, MAX_INPUT);
    const data = Buffer.allocUnsafe(want);
    let read = 0;
    while (read < data.length) {
      const n = readSync(fd, data, read, data.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { data: data.subarray(0, read), truncated: size > read };
  } finally {
    closeSync(fd);
  }
}

/** An mbox holds more than one message: its "From " separator and a second one (or more bytes than one read). */
function looksLikeMbox(data: Buffer, truncated: boolean): boolean {
  if (!data.subarray(0, MBOX_MARK.length).equals(MBOX_MARK)) return false;
  return truncated || data.indexOf('\nFrom ', 1) !== -1;
}

export async function runTask(task: Task, ctx: RenderContext, t: Translate): Promise<TaskResult> {
  let data: Uint8Array;
  if (task.path !== undefined) {
    try {
      const read = readCapped(task.path);
      if (read === null) return { id: task.id, kind: 'folder' };
      if (task.message === undefined && looksLikeMbox(read.data, read.truncated)) return { id: task.id, kind: 'mbox' };
      data = read.data;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      return { id: task.id, kind: 'unreadable', error: err.code ?? err.message };
    }
  } else data = task.data ?? new Uint8Array();
  try {
    const explained = ctx.lean ? await leanOutput(data) : await explainOutput(data, ctx.profile, t, ctx.format === 'text');
    return { id: task.id, kind: 'done', out: renderOutput(task, explained, ctx) };
  } catch (e) {
    // The engine promises not to throw; if it does, this input is reported and the others go on.
    return { id: task.id, kind: 'unreadable', error: (e as Error).message };
  }
}
