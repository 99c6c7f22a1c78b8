// What `explain` reads, as one stream of inputs: files and "-" (stdin) as named, folders walked
// recursively (Maildir too: its tmp/ holds messages still being delivered and is skipped), and
// names listed in a file or on stdin (--files-from). Nothing is collected up front, so a folder of
// a million files or an endless list costs memory for one folder listing at a time.
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fsPromises, readline } from '../lazy-builtins.ts';

export type Input =
  | { kind: 'file'; path: string }
  | { kind: 'bytes'; name: string; data: Uint8Array }
  | { kind: 'error'; name: string; error: string };

const STDIN = '-';

async function readCapped(stream: Readable, maxInput: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    // Read to the end (the writer must not get EPIPE), keep what the engine reads.
    if (size < maxInput) chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return new Uint8Array(Buffer.concat(chunks).subarray(0, maxInput));
}

function isMaildir(names: Set<string>): boolean {
  return names.has('cur') && names.has('new') && names.has('tmp');
}

async function* walk(dir: string): AsyncGenerator<Input> {
  let entries;
  try {
    entries = await fsPromises().readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { kind: 'error', name: dir, error: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const maildir = isMaildir(new Set(entries.filter((e) => e.isDirectory()).map((e) => e.name)));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(maildir && entry.name === 'tmp')) yield* walk(path);
    } else if (entry.isFile()) yield { kind: 'file', path };
    else if (entry.isSymbolicLink()) {
      // Links to files are followed; links to folders are not (they can loop).
      const target = await fsPromises().stat(path).catch(() => null);
      if (target?.isFile()) yield { kind: 'file', path };
    }
  }
}

// A command-line argument that names no file and does not look like a file name is the error
// text itself, as a new user types it: bounce-lens explain "550 5.1.1 User unknown". A file
// name has a path or an extension with a letter ("x.eml"); a bare code ("5.7.26") has neither.
const FILE_LIKE = /[/\\]|\.[a-z][a-z0-9]{1,4}$/i;
// A line break, or a name too long for the file system, is text whatever it contains ("…said:\n550 …
// https://support.google.com/…").
export const isTextArgument = (name: string, code: string | undefined): boolean =>
  code === 'ENAMETOOLONG' || (code === 'ENOENT' && (/\s/.test(name) || !FILE_LIKE.test(name)));

export async function* expand(name: string, stdin: Readable, maxInput: number, argument = false): AsyncGenerator<Input> {
  if (name === STDIN) {
    yield { kind: 'bytes', name: STDIN, data: await readCapped(stdin, maxInput) };
    return;
  }
  // Synchronous: a few microseconds per name, against tens for a promise round trip, and a list
  // of thousands of files is the case this is for.
  let isDir: boolean;
  try {
    isDir = statSync(name).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (argument && isTextArgument(name, code)) yield { kind: 'bytes', name, data: new TextEncoder().encode(name.slice(0, maxInput)) };
    else yield { kind: 'error', name, error: code ?? (e as Error).message };
    return;
  }
  if (isDir) yield* walk(name);
  else yield { kind: 'file', path: name };
}

/** The inputs of a folder that a listed name turned out to be (see inputs()). */
export const walkFolder = (dir: string): AsyncGenerator<Input> => walk(dir);

async function* listed(from: string, stdin: Readable): AsyncGenerator<string> {
  const lines = readline().createInterface({ input: from === STDIN ? stdin : createReadStream(from), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== '') yield line;
}

export interface InputSpec {
  names: string[];
  /** A file with one name per line, or "-" for stdin. */
  filesFrom: string | null;
  stdin: Readable;
  /** Bytes of stdin or of a text argument kept: the engine's input cap (it reads no more). */
  maxInput: number;
}

export async function* inputs(spec: InputSpec): AsyncGenerator<Input> {
  for (const name of spec.names) yield* expand(name, spec.stdin, spec.maxInput, true);
  if (spec.filesFrom === null) return;
  try {
    // A listed name is not looked at here: the thread that reads it finds out whether it is a
    // folder (task.ts) and the folder is then walked in its place (walkFolder). A stat per name,
    // before the open that follows anyway, was 3 % of a run over thousands of files.
    for await (const name of listed(spec.filesFrom, spec.stdin)) {
      if (name === STDIN) yield* expand(name, spec.stdin, spec.maxInput);
      else yield { kind: 'file', path: name };
    }
  } catch (e) {
    yield { kind: 'error', name: spec.filesFrom, error: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
}
