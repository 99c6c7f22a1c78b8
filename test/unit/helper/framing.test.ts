import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endianness } from 'node:os';
import { encodeFrame, FrameReader, MAX_REPLY_BYTES, MAX_REQUEST_BYTES } from '../../../src/helper/framing.ts';

function rawFrame(body: Buffer): Buffer {
  const head = Buffer.alloc(4);
  if (endianness() === 'LE') head.writeUInt32LE(body.length);
  else head.writeUInt32BE(body.length);
  return Buffer.concat([head, body]);
}

describe('encodeFrame', () => {
  it('writes the UTF-8 length in native byte order, then the JSON', () => {
    const encoded = encodeFrame({ text: 'Grüße' });
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    const body = Buffer.from(JSON.stringify({ text: 'Grüße' }), 'utf8');
    expect(encoded.frame.equals(rawFrame(body))).toBe(true);
  });

  it('refuses a reply over 1 MB instead of sending what the browser would drop', () => {
    expect(encodeFrame({ big: 'x'.repeat(MAX_REPLY_BYTES) })).toEqual({ ok: false, error: 'oversize' });
    expect(encodeFrame({ fits: 'x'.repeat(MAX_REPLY_BYTES - 20) }).ok).toBe(true);
  });

  it('refuses what JSON cannot carry', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(encodeFrame(loop)).toEqual({ ok: false, error: 'not-serialisable' });
    expect(encodeFrame(undefined)).toEqual({ ok: false, error: 'not-serialisable' });
  });
});

describe('FrameReader', () => {
  it('reassembles frames however the stream splits them', () => {
    const messages = fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(messages, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1 }), (values, cuts) => {
      const stream = Buffer.concat(values.map((v) => {
        const e = encodeFrame(v);
        if (!e.ok) throw new Error('unencodable');
        return e.frame;
      }));
      const reader = new FrameReader();
      const got: unknown[] = [];
      let at = 0;
      for (let i = 0; at < stream.length; i++) {
        const size = cuts[i % cuts.length] as number;
        for (const f of reader.push(stream.subarray(at, at + size))) {
          expect(f.ok).toBe(true);
          if (f.ok) got.push(f.message);
        }
        at += size;
      }
      // JSON has no -0: compare through a round trip.
      expect(got).toEqual(values.map((v) => JSON.parse(JSON.stringify(v)) as unknown));
      expect(reader.pendingBytes).toBe(0);
    }));
  });

  it('answers malformed JSON and bad UTF-8 per frame and keeps reading', () => {
    const reader = new FrameReader();
    const frames = reader.push(Buffer.concat([
      rawFrame(Buffer.from('{not json')),
      rawFrame(Buffer.from([0x7b, 0xff, 0x7d])),
      rawFrame(Buffer.from('{"ok":1}')),
    ]));
    expect(frames).toEqual([
      { ok: false, error: 'malformed-json' },
      { ok: false, error: 'not-utf8' },
      { ok: true, message: { ok: 1 } },
    ]);
    expect(reader.stopped).toBe(false);
  });

  it('stops at a length over the limit without waiting for the bytes', () => {
    const reader = new FrameReader();
    const head = Buffer.alloc(4);
    head.writeUInt32LE(MAX_REQUEST_BYTES + 1);
    if (endianness() !== 'LE') head.writeUInt32BE(MAX_REQUEST_BYTES + 1);
    expect(reader.push(head)).toEqual([{ ok: false, error: 'oversize' }]);
    expect(reader.stopped).toBe(true);
    expect(reader.push(rawFrame(Buffer.from('{}')))).toEqual([]);
  });

  it('wipes the bytes of a decoded request (it may hold a password)', () => {
    const chunk = rawFrame(Buffer.from('{"password":"hunter2"}'));
    expect(new FrameReader().push(chunk)).toEqual([{ ok: true, message: { password: 'hunter2' } }]);
    expect(chunk.includes('hunter2')).toBe(false);
  });

  it('holds a partial length or body until the rest arrives', () => {
    const reader = new FrameReader();
    const whole = rawFrame(Buffer.from('{"a":[1,2,3]}'));
    expect(reader.push(whole.subarray(0, 2))).toEqual([]);
    expect(reader.push(whole.subarray(2, 7))).toEqual([]);
    expect(reader.pendingBytes).toBe(7);
    expect(reader.push(whole.subarray(7))).toEqual([{ ok: true, message: { a: [1, 2, 3] } }]);
  });
});
