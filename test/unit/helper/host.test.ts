// The host loop in-process, over in-memory streams. The engines are stand-ins here because this
// tests the loop (ids, errors, shutdown); the real engines run in test/integration/helper.
import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { encodeFrame, FrameReader, MAX_REPLY_BYTES } from '../../../src/helper/framing.ts';
import { runHost } from '../../../src/helper/host.ts';
import type { LocalEngines } from '../../../src/helper/local-engines.ts';
import type { HelperReply } from '../../../src/shared/helper-protocol.ts';

function harness(engines: LocalEngines) {
  const input = new PassThrough();
  const output = new PassThrough();
  const replies: HelperReply[] = [];
  const reader = new FrameReader(MAX_REPLY_BYTES);
  output.on('data', (chunk: Buffer) => {
    for (const f of reader.push(chunk)) if (f.ok) replies.push(f.message as HelperReply);
  });
  const exit = runHost({ input, output, engines, version: '9.9.9' });
  const send = (m: unknown): void => {
    const e = encodeFrame(m);
    if (e.ok) input.write(e.frame);
  };
  const settle = () => new Promise((r) => setTimeout(r, 20));
  return { input, output, replies, exit, send, settle };
}

const observe = (id: string) => ({ type: 'observe', id, host: 'mail.example.net', ports: [587] });

describe('runHost', () => {
  it('reports an engine that throws as probe-failed, then done, and goes on serving', async () => {
    const h = harness({ run: async () => { throw new Error('bug in engine'); } });
    h.send(observe('a'));
    await h.settle();
    expect(h.replies).toEqual([
      { id: 'a', kind: 'error', error: 'probe-failed', detail: 'bug in engine' },
      { id: 'a', kind: 'done' },
    ]);
    h.send({ type: 'hello', id: 'b' });
    await h.settle();
    expect(h.replies.at(-1)).toEqual({ id: 'b', kind: 'hello', version: '9.9.9', protocol: 1 });
    h.input.end();
    expect(await h.exit).toBe(0);
  });

  it('turns a reply over 1 MB into an error instead of a frame the browser would drop', async () => {
    const h = harness({
      run: async (request, _signal, send) => {
        send({ id: request.id, kind: 'stage', event: { stage: 'greeting', ok: true, ms: 1, reply: ['x'.repeat(MAX_REPLY_BYTES)], detail: '' } });
      },
    });
    h.send(observe('big'));
    await h.settle();
    expect(h.replies[0]).toMatchObject({ id: 'big', kind: 'error', error: 'probe-failed', detail: 'reply not sent: oversize' });
    h.input.end();
    await h.exit;
  });

  it('refuses a second request with the id of one still running', async () => {
    const h = harness({ run: (_r, signal) => new Promise((resolve) => signal.addEventListener('abort', () => resolve())) });
    h.send(observe('same'));
    h.send(observe('same'));
    await h.settle();
    expect(h.replies).toEqual([{ id: 'same', kind: 'error', error: 'duplicate-id' }]);
    h.input.end();
    expect(await h.exit).toBe(0);
  });

  it('aborts running requests when the browser closes the port', async () => {
    let aborted = false;
    const h = harness({
      run: (_r, signal) => new Promise((resolve) => signal.addEventListener('abort', () => { aborted = true; resolve(); })),
    });
    h.send(observe('long'));
    await h.settle();
    h.input.end();
    expect(await h.exit).toBe(0);
    expect(aborted).toBe(true);
  });

  it('stops when stdout breaks (the browser is gone)', async () => {
    const h = harness({ run: async () => undefined });
    h.output.destroy(new Error('EPIPE'));
    expect(await h.exit).toBe(0);
  });
});
