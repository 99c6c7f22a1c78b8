// The real host process, started the way a browser starts it, fed framing edge cases.
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:net';
import { endianness } from 'node:os';
import { MAX_REQUEST_BYTES } from '../../../src/helper/framing.ts';
import { startHost, type HostProcess } from './support/host-process.ts';
import { listenSmtp, makeCert, randomLoopback } from './support/smtp-fixture.ts';

const running: HostProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const h of running.splice(0)) if (h.child.exitCode === null) h.child.kill('SIGKILL');
  for (const c of cleanups.splice(0)) await c();
});

function host(): HostProcess {
  const h = startHost();
  running.push(h);
  return h;
}

function lengthPrefix(n: number): Buffer {
  const b = Buffer.alloc(4);
  if (endianness() === 'LE') b.writeUInt32LE(n);
  else b.writeUInt32BE(n);
  return b;
}

describe('helper host process: framing', () => {
  it('answers hello with its version and protocol', async () => {
    const h = host();
    h.send({ type: 'hello', id: 'h1' });
    expect(await h.waitFor((r) => r.id === 'h1')).toMatchObject({ kind: 'hello', protocol: 1, version: expect.any(String) });
  });

  it('reassembles a request that arrives a few bytes at a time', async () => {
    const h = host();
    const body = Buffer.from(JSON.stringify({ type: 'hello', id: 'slow' }));
    const bytes = Buffer.concat([lengthPrefix(body.length), body]);
    for (let i = 0; i < bytes.length; i += 3) {
      h.sendRaw(bytes.subarray(i, i + 3));
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await h.waitFor((r) => r.id === 'slow')).toMatchObject({ kind: 'hello' });
  });

  it('answers malformed JSON with an error and keeps serving', async () => {
    const h = host();
    const junk = Buffer.from('{"type": "hello", id: }');
    h.sendRaw(Buffer.concat([lengthPrefix(junk.length), junk]));
    expect(await h.waitFor((r) => r.kind === 'error')).toEqual({ id: null, kind: 'error', error: 'malformed-json' });
    h.send({ type: 'hello', id: 'after' });
    expect(await h.waitFor((r) => r.id === 'after')).toMatchObject({ kind: 'hello' });
  });

  it('answers a schema violation with the request id and what is wrong', async () => {
    const h = host();
    h.send({ type: 'observe', id: 'ssh', host: 'example.net', ports: [22] });
    expect(await h.waitFor((r) => r.id === 'ssh')).toMatchObject({ kind: 'error', error: 'port-not-smtp', detail: expect.stringContaining('22') });
  });

  it('answers an oversize length once and exits, without waiting for the bytes', async () => {
    const h = host();
    h.sendRaw(lengthPrefix(MAX_REQUEST_BYTES + 1));
    expect(await h.waitFor((r) => r.kind === 'error')).toEqual({ id: null, kind: 'error', error: 'oversize' });
    expect(await h.exited).toEqual({ code: 1, signal: null });
  });

  it('exits cleanly when the browser closes the port, even mid-frame', async () => {
    const h = host();
    h.send({ type: 'hello', id: 'up' });
    await h.waitFor((r) => r.id === 'up');
    h.sendRaw(lengthPrefix(100));
    h.sendRaw(Buffer.from('{"type"'));
    h.child.stdin.end();
    expect(await h.exited).toEqual({ code: 0, signal: null });
  });

  it('exits when the browser goes away while a check is still waiting on a silent server', async () => {
    const address = randomLoopback();
    // Accepts and never greets: the observation would wait for its whole timeout.
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(2525, address, resolve));
    cleanups.push(() => new Promise((resolve) => silent.close(() => resolve())));
    const h = host();
    h.send({ type: 'observe', id: 'slow', host: address, ports: [2525], timeoutMs: 60_000 });
    await new Promise((r) => setTimeout(r, 500));
    const started = Date.now();
    h.child.stdin.end();
    expect(await h.exited).toEqual({ code: 0, signal: null });
    // The shutdown grace is 1 s and the hard stop 2 s: far below the 60 s the check could take.
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('helper host process: observe', () => {
  it('reports greeting and STARTTLS certificate of a real SMTP server, and a refused port', async () => {
    const address = randomLoopback();
    const cert = makeCert('mail.test.invalid');
    const smtp = await listenSmtp({ host: address, port: 2525, name: 'mail.test.invalid', cert });
    cleanups.push(() => smtp.close());
    const h = host();
    h.send({ type: 'observe', id: 'o1', host: address, ports: [2525, 587], timeoutMs: 5_000 });
    const replies = await h.collect('o1');
    const byPort = new Map(replies.flatMap((r) => (r.kind === 'observation' ? [[r.observation.port, r.observation]] : [])));
    expect(byPort.get(2525)).toEqual({
      port: 2525, connect: 'ok', greeting: expect.stringMatching(/^220 mail\.test\.invalid /),
      certFingerprint: cert.fingerprint256, tlsVerified: false,
    });
    expect(byPort.get(587)).toEqual({ port: 587, connect: 'refused', greeting: null, certFingerprint: null, tlsVerified: null });
    expect(replies.at(-1)).toEqual({ id: 'o1', kind: 'done' });
  });

  it('says busy beyond four requests at once, and cancels on request', async () => {
    const address = randomLoopback();
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(25, address, resolve));
    cleanups.push(() => new Promise((resolve) => silent.close(() => resolve())));
    const h = host();
    for (let i = 0; i < 5; i++) h.send({ type: 'observe', id: `b${i}`, host: address, ports: [25], timeoutMs: 60_000 });
    expect(await h.waitFor((r) => r.id === 'b4')).toEqual({ id: 'b4', kind: 'error', error: 'busy' });
    h.send({ type: 'cancel', id: 'b0' });
    await h.waitFor((r) => r.id === 'b0' && r.kind === 'done');
    h.send({ type: 'observe', id: 'b5', host: address, ports: [25], timeoutMs: 60_000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(h.replies.find((r) => r.id === 'b5')).toBeUndefined(); // accepted, running: not busy
  });
});

describe('helper host process: hostile servers', () => {
  it('stops reading a server that talks without end, and reports no greeting', async () => {
    const address = randomLoopback();
    const flood: Server = createServer((socket) => {
      const chunk = Buffer.alloc(4096, 'A');
      const pump = (): void => {
        while (!socket.destroyed && socket.write(chunk));
        if (!socket.destroyed) socket.once('drain', pump);
      };
      socket.on('error', () => undefined);
      pump();
    });
    await new Promise<void>((resolve) => flood.listen(25, address, resolve));
    cleanups.push(() => new Promise((resolve) => flood.close(() => resolve())));
    const h = host();
    h.send({ type: 'observe', id: 'f', host: address, ports: [25], timeoutMs: 20_000 });
    const replies = await h.collect('f', 10_000);
    expect(replies[0]).toEqual({ id: 'f', kind: 'observation', observation: { port: 25, connect: 'ok', greeting: null, certFingerprint: null, tlsVerified: null } });
  });
});
