// A one-shot command ends its process at once, but never before its output is written.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { endProcess } from '../../../src/cli/end-process.ts';

/** A stream whose writes complete only when `release` is called (a slow, asynchronous pipe). */
function slowStream(): { stream: Writable; written: string[]; release: () => void } {
  const written: string[] = [];
  const waiting: Array<() => void> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      waiting.push(() => {
        written.push(chunk.toString());
        callback();
      });
    },
  });
  const release = (): void => {
    while (waiting.length) waiting.shift()?.();
  };
  return { stream, written, release };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('endProcess', () => {
  it('exits only once every stream has written what it was given, with the code', async () => {
    const out = slowStream();
    const err = slowStream();
    const exits: number[] = [];
    out.stream.write('findings\n');
    err.stream.write('a warning\n');
    endProcess(3, [out.stream, err.stream], (code) => exits.push(code));
    await tick();
    expect(exits).toEqual([]);
    out.release();
    await tick();
    out.release();
    await tick();
    expect(out.written.join('')).toBe('findings\n');
    expect(exits).toEqual([]);
    for (let i = 0; i < 3; i++) {
      err.release();
      await tick();
    }
    expect(err.written.join('')).toBe('a warning\n');
    expect(exits).toEqual([3]);
  });
});
