// The streaming mbox splitter against the engine's own rule (src/core/parse/mbox.ts), across
// chunk boundaries of every size.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitMbox } from '../../../src/cli/batch/mbox-stream.ts';

const dir = mkdtempSync(join(tmpdir(), 'bl-mbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MESSAGES = [
  'From MAILER-DAEMON  Thu Apr 29 23:34:45 2021\nFrom: Mail Delivery System <MAILER-DAEMON@mx.example>\nSubject: one\n\nbody\nFrom here on, text (no header after it)\nmore\n\n',
  'From MAILER-DAEMON  Fri Apr 30 00:00:00 2021\nReturn-Path: <>\nSubject: two\n\nsecond body\n',
  'From x@y Sat May  1 00:00:00 2021\nSubject: three\n\nFrom: looks like a header but is body? no: it follows a blank line\n',
];

async function split(file: string, cap: number, chunk: number): Promise<{ index: number; text: string; last: boolean }[]> {
  const out = [];
  for await (const m of splitMbox(file, cap, chunk)) out.push({ index: m.index, text: m.data.toString('latin1'), last: m.last });
  return out;
}

describe('splitMbox', () => {
  const file = join(dir, 'box');
  writeFileSync(file, MESSAGES.join(''));

  it.each([1, 2, 3, 5, 7, 16, 64, 1 << 20])('splits into the messages with %i-byte chunks', async (chunk) => {
    const parts = await split(file, 1 << 20, chunk);
    expect(parts.map((p) => p.text)).toEqual(MESSAGES);
    expect(parts.map((p) => [p.index, p.last])).toEqual([[1, false], [2, false], [3, true]]);
  });

  it('keeps at most cap bytes of a message and still finds the next one', async () => {
    const big = join(dir, 'big');
    writeFileSync(big, `${MESSAGES[0]}${'x'.repeat(5000)}\n${MESSAGES[1]}`);
    const parts = await split(big, 100, 333);
    expect(parts).toHaveLength(2);
    expect(parts[0]?.text).toBe(MESSAGES[0]?.slice(0, 100));
    expect(parts[1]?.text).toBe(MESSAGES[1]);
  });

  it('gives one message for a file with no separator, and none for an empty file', async () => {
    const plain = join(dir, 'plain');
    writeFileSync(plain, 'Subject: hi\n\nFrom me\n');
    expect((await split(plain, 1000, 4)).map((p) => [p.text, p.last])).toEqual([['Subject: hi\n\nFrom me\n', true]]);
    const empty = join(dir, 'empty');
    writeFileSync(empty, '');
    expect(await split(empty, 1000, 4)).toEqual([]);
  });
});
