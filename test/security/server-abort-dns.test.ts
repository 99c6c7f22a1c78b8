// Issue 13, item 7. Attack: start probes and hang up while their DNS lookups are still running,
// so that the server keeps working (and connects) for clients that are gone; and pile up slow
// lookups, which the concurrency cap did not count. Played against the real server on a real
// socket, with a real trap listener that counts connections. The DNS is a fixed zone with a
// delay (a slow resolver cannot be made on demand here).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH } from '../helpers/smtp/app.ts';
import { startCountingListener, type CountingListener } from '../helpers/smtp/counting-listener.ts';
import { zoneResolver } from '../helpers/smtp/resolver.ts';
import { DEFAULT_LIMITS } from '../../src/server/config.ts';
import type { Resolver } from '../../src/probe/dns.ts';
import { listen, request, sleep, type Listening } from './support/server.ts';

const DNS_MS = 1_500;
let trap: CountingListener;
beforeAll(async () => {
  trap = await startCountingListener();
});
afterAll(() => trap.close());

/** A zone whose every lookup takes DNS_MS, and which tells how many ran at once. */
function slowZone(names: string[]): Resolver & { peak: () => number } {
  const zone = zoneResolver({ addresses: Object.fromEntries(names.map((n) => [n, ['127.0.0.1']])), latencyMs: DNS_MS });
  let running = 0;
  let peak = 0;
  const counted = <T>(lookup: () => Promise<T>): Promise<T> => {
    running++;
    peak = Math.max(peak, running);
    return lookup().finally(() => { running--; });
  };
  return {
    addresses: (n) => counted(() => zone.addresses(n)),
    mx: (n) => counted(() => zone.mx(n)),
    srv: (n) => counted(() => zone.srv(n)),
    peak: () => peak,
  };
}

function engine(resolver: Resolver) {
  return { policy: { ports: [trap.port], allowPrivate: false, allowedNetworks: ['127.0.0.0/8'] }, resolver, stageTimeoutMs: 500, tryTimeoutMs: 500 };
}

const probe = (name: string) => ({ host: name, port: trap.port, security: 'none' });

describe('a client that leaves during DNS', () => {
  let server: Listening;
  afterAll(() => server.close());

  it('stops its probe: no connection after the lookup, and the slot is free again', async () => {
    server = await listen({ engine: engine(slowZone(['slow.test', 'control.test'])) });
    const before = trap.count();
    for (const accept of ['text/event-stream', 'application/json']) {
      const ac = new AbortController();
      const pending = fetch(`${server.url}/v1/probe`, {
        signal: ac.signal, method: 'POST', headers: { ...AUTH, 'content-type': 'application/json', accept }, body: JSON.stringify(probe('slow.test')),
      }).catch(() => undefined);
      await sleep(300);
      ac.abort();
      await pending;
    }
    await sleep(DNS_MS + 1_000);
    expect(trap.count() - before).toBe(0);
    expect(JSON.parse((await request(server.port, { method: 'GET', path: '/healthz' })).body)).toMatchObject({ running: 0 });

    // Control: the same probe, waited for, does reach the trap (a silent server gets a second
    // try with TLS, so one or two connections).
    const res = await request(server.port, { headers: AUTH, body: probe('control.test') });
    expect(res.status).toBe(200);
    expect(trap.count() - before).toBeGreaterThanOrEqual(1);
  });
});

describe('DNS counts inside the concurrency cap', () => {
  it('six probes of slow names with two slots: two lookups at a time, the rest told "busy"', async () => {
    const names = Array.from({ length: 6 }, (_, i) => `n${i}.test`);
    const resolver = slowZone(names);
    const server = await listen({ limits: { ...DEFAULT_LIMITS, perIp: 100, perIpAnonymous: 100, perToken: 100, perTarget: 100, maxConcurrent: 2 }, engine: engine(resolver) });
    try {
      const statuses = await Promise.all(names.map((n) => request(server.port, { headers: AUTH, body: probe(n) }).then((r) => r.status)));
      expect(resolver.peak()).toBeLessThanOrEqual(2);
      expect(statuses.filter((s) => s === 503)).toHaveLength(4);
      expect(statuses.filter((s) => s === 200)).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it('a probe of an IP literal is told "busy" while the only slot waits on DNS', async () => {
    const server = await listen({ limits: { ...DEFAULT_LIMITS, perIp: 100, perIpAnonymous: 100, perToken: 100, perTarget: 100, maxConcurrent: 1 }, engine: engine(slowZone(['slow.test'])) });
    try {
      const slow = request(server.port, { headers: AUTH, body: probe('slow.test') });
      await sleep(300);
      expect((await request(server.port, { headers: AUTH, body: probe('127.0.0.1') })).status).toBe(503);
      expect((await slow).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
