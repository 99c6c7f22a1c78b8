// Native messaging framing: each message is a 4-byte length in the machine's native byte order,
// then that many bytes of UTF-8 JSON. Chrome and Firefox both refuse host replies over 1 MB.
import { endianness } from 'node:os';

/** The browsers' limit on one message from the host. */
export const MAX_REPLY_BYTES = 1024 * 1024;
/** Our limit on one request: probe requests are tiny, so anything near this is not ours. */
export const MAX_REQUEST_BYTES = 64 * 1024;

const LITTLE_ENDIAN = endianness() === 'LE';

export type FrameError = 'oversize' | 'malformed-json' | 'not-utf8';

export type EncodeResult = { ok: true; frame: Buffer } | { ok: false; error: 'oversize' | 'not-serialisable' };

export function encodeFrame(message: unknown): EncodeResult {
  let json: string | undefined;
  try {
    json = JSON.stringify(message);
  } catch {
    return { ok: false, error: 'not-serialisable' };
  }
  if (json === undefined) return { ok: false, error: 'not-serialisable' };
  const body = Buffer.from(json, 'utf8');
  if (body.length > MAX_REPLY_BYTES) return { ok: false, error: 'oversize' };
  const frame = Buffer.allocUnsafe(4 + body.length);
  if (LITTLE_ENDIAN) frame.writeUInt32LE(body.length, 0);
  else frame.writeUInt32BE(body.length, 0);
  body.copy(frame, 4);
  return { ok: true, frame };
}

export type Frame = { ok: true; message: unknown } | { ok: false; error: FrameError };

/**
 * Collects stdin chunks (which may split or join frames anywhere) into whole messages.
 * After an oversize length the stream cannot be trusted to resynchronise, so the reader
 * stops: the host answers once and exits.
 */
export class FrameReader {
  private buffered: Buffer = Buffer.alloc(0);
  private broken = false;

  constructor(private readonly maxBytes: number = MAX_REQUEST_BYTES) {}

  /** Whether an oversize frame ended reading. */
  get stopped(): boolean {
    return this.broken;
  }

  /** Bytes received that do not yet make a whole frame. */
  get pendingBytes(): number {
    return this.buffered.length;
  }

  push(chunk: Buffer): Frame[] {
    if (this.broken) return [];
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    const frames: Frame[] = [];
    while (this.buffered.length >= 4) {
      const length = LITTLE_ENDIAN ? this.buffered.readUInt32LE(0) : this.buffered.readUInt32BE(0);
      if (length > this.maxBytes) {
        this.broken = true;
        this.buffered = Buffer.alloc(0);
        frames.push({ ok: false, error: 'oversize' });
        break;
      }
      if (this.buffered.length < 4 + length) break;
      const body = this.buffered.subarray(4, 4 + length);
      this.buffered = this.buffered.subarray(4 + length);
      frames.push(decodeBody(body));
      // A request may carry the user's password: leave no copy of it in our buffers.
      body.fill(0);
    }
    return frames;
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeBody(body: Buffer): Frame {
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch {
    return { ok: false, error: 'not-utf8' };
  }
  try {
    return { ok: true, message: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: 'malformed-json' };
  }
}
