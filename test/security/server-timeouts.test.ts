// Issue 13, item 6. Attack: slow clients hold the server's sockets — a body trickled in a byte
// at a time, headers that never end, and a flood of idle connections. Played against the real
// server on a real socket; each must be cut off by a deadline or the connection cap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH } from '../helpers/smtp/app.ts';
import { DEFAULT_LIMITS, DEFAULT_TIMEOUTS } from '../../src/server/config.ts';
import { startSmtp } from '../helpers/smtp/servers.ts';
import { listen, rawConnection, request, sleep, type Listening } from './support/server.ts';

const TIMEOUTS = { ...DEFAULT_TIMEOUTS, requestMs: 1_500, headersMs: 1_000 };
/** How long an attacker would keep going: well past every deadline above. */
const ATTACK_MS = 8_000;
/** Closed by then means a deadline cut it off (generous: the machine is shared). */
const CUT_OFF_BY_MS = ATTACK_MS / 2;

/** When the server closed the socket, or Infinity if it still had not when the attack was over. */
async function closedAfter(closed: Promise<{ afterMs: number; said: string }>): Promise<{ afterMs: number; said: string }> {
  return Promise.race([closed, sleep(ATTACK_MS + 500).then(() => ({ afterMs: Infinity, said: '' }))]);
}

let server: Listening;
beforeAll(async () => {
  server = await listen({ timeouts: TIMEOUTS, limits: { ...DEFAULT_LIMITS, perIp: 10_000, perIpAnonymous: 10_000, maxConnections: 4 } });
});
afterAll(() => server.close());

/** Writes `chunks` one every `everyMs` until the server closes the socket or they run out. */
async function trickle(socket: import('node:net').Socket, chunks: string[], everyMs: number): Promise<void> {
  for (const c of chunks) {
    if (socket.destroyed) return;
    socket.write(c);
    await sleep(everyMs);
  }
}

describe('slow clients are cut off', () => {
  it('a body trickled in a byte at a time: closed at the request deadline, not when the client is done', async () => {
    const { socket, closed } = rawConnection(server.port);
    const body = JSON.stringify({ host: 'mail.example.com', port: 587, pad: 'x'.repeat(20) });
    socket.write(`POST /v1/probe HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${AUTH.authorization}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    void trickle(socket, [...body], ATTACK_MS / body.length);
    const end = await closedAfter(closed);
    socket.destroy();
    expect(end.afterMs).toBeLessThan(CUT_OFF_BY_MS);
    // Node answers a request that ran out of time with 408 when it still can.
    expect(end.said === '' || /^HTTP\/1\.1 408/.test(end.said)).toBe(true);
  });

  it('headers that never end (slowloris): closed at the header deadline', async () => {
    const { socket, closed } = rawConnection(server.port);
    socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    void trickle(socket, Array.from({ length: 40 }, (_, i) => `X-Pad-${i}: ${'y'.repeat(10)}\r\n`), ATTACK_MS / 40);
    const end = await closedAfter(closed);
    socket.destroy();
    expect(end.afterMs).toBeLessThan(CUT_OFF_BY_MS);
  });

  it('a connection that says nothing: closed at the header deadline', async () => {
    const { socket, closed } = rawConnection(server.port);
    const end = await closedAfter(closed);
    socket.destroy();
    expect(end.afterMs).toBeLessThan(CUT_OFF_BY_MS);
  });
});

describe('body size', () => {
  it('a probe body over 2 kB is refused (413) before it is parsed', async () => {
    const res = await request(server.port, { headers: AUTH, body: { host: 'mail.example.com', pad: 'x'.repeat(2_500) } });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ error: 'too-large' });
  });
});

describe('connection cap', () => {
  it('past the cap, new connections are closed on arrival; after the flood the server answers again', async () => {
    const flood = Array.from({ length: 12 }, () => rawConnection(server.port));
    const early: boolean[] = [];
    await Promise.all(flood.map(async (c, i) => {
      early[i] = await Promise.race([c.closed.then(() => true), sleep(600).then(() => false)]);
    }));
    // At most 4 held open; the other 8 closed within 600 ms, long before any deadline.
    expect(early.filter(Boolean).length).toBeGreaterThanOrEqual(8);
    for (const c of flood) c.socket.destroy();
    await sleep(100);
    expect((await request(server.port, { method: 'GET', path: '/healthz' })).status).toBe(200);
  });
});

describe('the deadlines are for receiving the request, not for the probe', () => {
  it('a probe slower than every client deadline still answers, as JSON and as a stream', async () => {
    const slow = await startSmtp({ mode: 'slow-greeting', delayMs: TIMEOUTS.requestMs + 1_000 });
    const patient = await listen({
      timeouts: { ...TIMEOUTS, idleMs: 1_000 },
      engine: { policy: { ports: [slow.port], allowPrivate: true, allowedNetworks: [] }, stageTimeoutMs: 5_000 },
    });
    try {
      const body = { host: '127.0.0.1', port: slow.port, security: 'none' };
      const json = await request(patient.port, { headers: AUTH, body });
      expect(json.status).toBe(200);
      expect(JSON.parse(json.body)).toMatchObject({ stages: expect.arrayContaining([expect.objectContaining({ stage: 'greeting', ok: true })]) });
      const sse = await request(patient.port, { headers: { ...AUTH, accept: 'text/event-stream' }, body });
      expect(sse.body).toMatch(/event: verdict/);
    } finally {
      await patient.close();
      await slow.close();
    }
  });
});
