// Splits an mbox file into its messages while reading it, in bounded memory: a 1 GB archive is
// never held whole. Separator rule as the engine's (src/core/parse/mbox.ts): a line starting with
// "From " whose next line looks like a header field. Each message keeps its separator line and at
// most `cap` bytes (the engine reads no more); the rest of an oversized message is skipped.
import { createReadStream } from 'node:fs';

export interface MboxMessage {
  /** 1-based. */
  index: number;
  data: Buffer;
  /** No message follows. */
  last: boolean;
}

const NEWLINE = 0x0a;
// Lines waited for whole (a separator and the line after it) are short; longer ones are body.
const MAX_SEPARATOR_LINE = 64 * 1024;
const FROM = Buffer.from('From ');
// Printable ASCII except ":" and space, then optional blanks, then ":" (HEADER_LINE in mbox.ts).
function isHeaderLine(line: Buffer): boolean {
  let i = 0;
  while (i < line.length && line[i]! >= 0x21 && line[i]! <= 0x7e && line[i] !== 0x3a) i++;
  if (i === 0) return false;
  while (i < line.length && (line[i] === 0x20 || line[i] === 0x09)) i++;
  return line[i] === 0x3a;
}

class MessageBuffer {
  private parts: Buffer[] = [];
  private size = 0;
  constructor(private readonly cap: number) {}
  add(bytes: Buffer): void {
    if (this.size >= this.cap || bytes.length === 0) return;
    const take = bytes.subarray(0, this.cap - this.size);
    // Copied: the stream's chunk must not stay alive for one small slice of it.
    this.parts.push(Buffer.from(take));
    this.size += take.length;
  }
  take(): Buffer {
    const all = Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    return all;
  }
  get empty(): boolean {
    return this.size === 0;
  }
}

/**
 * Lines are examined only where a "From " could start a separator (after a newline), so the cost
 * is one indexOf per line start that begins with "F", not per byte.
 */
export async function* splitMbox(path: string, cap: number, chunkSize = 1 << 20): AsyncGenerator<MboxMessage> {
  const current = new MessageBuffer(cap);
  let pending: Buffer | null = null; // a finished message, held until we know whether another follows
  let index = 0;
  // Bytes of a line not yet complete (a possible separator, or the line after one), kept across chunks.
  let carry: Buffer = Buffer.alloc(0);
  let atLineStart = true;
  // When a separator candidate was seen: its line, waiting for the next line to decide.
  let candidate: Buffer | null = null;

  const finishMessage = function* (): Generator<MboxMessage> {
    if (current.empty) return;
    if (pending) yield { index, data: pending, last: false };
    pending = current.take();
    index++;
  };

  for await (const raw of createReadStream(path, { highWaterMark: chunkSize })) {
    const chunk = carry.length ? Buffer.concat([carry, raw as Buffer]) : (raw as Buffer);
    carry = Buffer.alloc(0);
    let pos = 0;
    while (pos < chunk.length) {
      if (candidate !== null || (atLineStart && chunk[pos] === 0x46 /* F */)) {
        // A whole line is needed to decide: the separator line, then the line after it.
        const end = chunk.indexOf(NEWLINE, pos);
        if (end === -1) {
          if (chunk.length - pos <= MAX_SEPARATOR_LINE) {
            carry = Buffer.from(chunk.subarray(pos));
            break;
          }
          // A line this long is no separator (nor a header after one): plain message bytes.
          if (candidate !== null) current.add(candidate);
          candidate = null;
          current.add(chunk.subarray(pos));
          atLineStart = false;
          break;
        }
        const line = chunk.subarray(pos, end + 1);
        if (candidate !== null) {
          if (isHeaderLine(line)) yield* finishMessage();
          current.add(candidate);
          candidate = null;
          current.add(line);
        } else if (line.subarray(0, FROM.length).equals(FROM)) {
          candidate = Buffer.from(line);
        } else current.add(line);
        pos = end + 1;
        atLineStart = true;
        continue;
      }
      // Copy up to the next newline followed by "F"; everything in between is message body.
      let next = chunk.indexOf('\nF', pos);
      if (next === -1) {
        // The chunk's last byte may be a newline whose "F" comes in the next chunk.
        current.add(chunk.subarray(pos));
        atLineStart = chunk[chunk.length - 1] === NEWLINE;
        break;
      }
      next += 1;
      current.add(chunk.subarray(pos, next));
      pos = next;
      atLineStart = true;
    }
  }
  if (carry.length) {
    if (candidate !== null) current.add(candidate);
    candidate = null;
    current.add(carry);
  }
  if (candidate !== null) current.add(candidate);
  yield* finishMessage();
  if (pending) yield { index, data: pending, last: true };
}
