// Issue 13, item 8. Attack: use the probe to hammer one machine past the per-target limit by
// writing its address differently each time (1.2.3.4, ::ffff:1.2.3.4, ::ffff:102:304, names
// that resolve to it), or by naming it as the recipient domain's MX behind ever new hosts.
// Played against the real server on a real socket; a real trap listener counts connections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH } from '../helpers/smtp/app.ts';
import { startCountingListener, type CountingListener } from '../helpers/smtp/counting-listener.ts';
import { zoneResolver } from '../helpers/smtp/resolver.ts';
import { DEFAULT_LIMITS } from '../../src/server/config.ts';
import { addressKey } from '../../src/probe/guard.ts';
import type { ProbeStageEvent } from '../../src/extension/messages.ts';
import { listen, request, type Listening } from './support/server.ts';

const PER_TARGET = 2;
let trap: CountingListener;
let server: Listening;

/** A server with fresh (in-memory) counters. */
function startServer(): Promise<Listening> {
  const zone = zoneResolver({
    addresses: { 'a.attacker.test': ['127.0.0.1'], 'b.attacker.test': ['::ffff:127.0.0.1'], 'mx.victim.test': ['::ffff:7f00:1'] },
    mx: { 'victim.test': [{ exchange: 'mx.victim.test', priority: 10 }] },
  });
  return listen({
    limits: { ...DEFAULT_LIMITS, perIp: 1_000, perIpAnonymous: 1_000, perToken: 1_000, perTarget: PER_TARGET },
    engine: {
      policy: { ports: [trap.port], allowPrivate: false, allowedNetworks: ['127.0.0.0/8'] },
      resolver: zone, mxPort: trap.port, stageTimeoutMs: 300, tryTimeoutMs: 300, probeTimeoutMs: 5_000,
    },
  });
}

beforeAll(async () => {
  trap = await startCountingListener();
});
afterAll(() => trap.close());

describe('the per-target key', () => {
  it('is the same for every spelling of one address', () => {
    expect(new Set(['1.2.3.4', '::ffff:1.2.3.4', '::ffff:102:304', '0:0:0:0:0:ffff:0102:0304'].map(addressKey))).toEqual(new Set(['1.2.3.4']));
  });
});

describe('one machine, many spellings', () => {
  it(`reaches the machine at most ${PER_TARGET} times in the window`, async () => {
    server = await startServer();
    const spellings = ['127.0.0.1', '::ffff:127.0.0.1', '::ffff:7f00:1', '[::ffff:7f00:1]', 'a.attacker.test', 'b.attacker.test'];
    const before = trap.count();
    const statuses: number[] = [];
    for (const host of spellings) {
      statuses.push((await request(server.port, { headers: AUTH, body: { host, port: trap.port, security: 'ssl' } })).status);
    }
    expect(statuses.slice(0, PER_TARGET)).toEqual([200, 200]);
    expect(statuses.slice(PER_TARGET).every((s) => s === 429)).toBe(true);
    expect(trap.count() - before).toBeLessThanOrEqual(PER_TARGET);
    await server.close();
  });
});

describe('the recipient domain’s MX is a target too', () => {
  it('new hosts with the same recipient domain do not reach its MX past the limit', async () => {
    server = await startServer();
    const before = trap.count();
    const mxStages: (ProbeStageEvent | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      // Hosts without addresses: the only connection each request can make is to the MX.
      const res = await request(server.port, { headers: AUTH, body: { host: `nothing${i}.attacker.test`, port: trap.port, domain: 'victim.test' } });
      expect(res.status).toBe(200);
      const body = JSON.parse(res.body) as { stages: ProbeStageEvent[] };
      mxStages.push(body.stages.find((s) => s.stage === 'recipient-mx-greeting'));
    }
    await server.close();
    // The first ones do reach it (so the limit is what stops the rest).
    expect(trap.count() - before).toBeGreaterThan(0);
    expect(trap.count() - before).toBeLessThanOrEqual(PER_TARGET);
    expect(mxStages.slice(0, PER_TARGET).every((s) => s?.failure !== 'rate-limited')).toBe(true);
    expect(mxStages.slice(PER_TARGET).every((s) => s?.failure === 'rate-limited')).toBe(true);
    expect(mxStages.at(-1)?.detail).toMatch(/mx\.victim\.test was not contacted/);
  });
});
