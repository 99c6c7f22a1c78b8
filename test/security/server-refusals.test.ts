// Issue 13, item 9, and the ::/96 note of item 11. Attacks: map the operator's internal DNS by
// reading refusals ("intranet.corp resolves to 10.1.2.3"), and reach loopback or metadata
// through IPv4-compatible IPv6 (::7f00:1 is 127.0.0.1 on stacks that still route ::/96).
// Played against the real server on a real socket; a real trap listener counts connections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ipaddr from 'ipaddr.js';
import { AUTH } from '../helpers/smtp/app.ts';
import { startCountingListener, type CountingListener } from '../helpers/smtp/counting-listener.ts';
import { zoneResolver } from '../helpers/smtp/resolver.ts';
import { listen, request, type Listening } from './support/server.ts';

const INTERNAL: Record<string, string[]> = {
  'localhost': ['127.0.0.1'],
  'intranet.corp.test': ['10.1.2.3'],
  'db.corp.test': ['172.20.30.40'],
  'metadata.corp.test': ['169.254.169.254'],
  'v6.corp.test': ['fd12:3456:789a::1'],
  'mapped.corp.test': ['::ffff:192.168.7.8'],
  'compat.corp.test': ['::7f00:1'],
  'mixed.corp.test': ['93.184.216.34', '10.9.9.9'],
};

/** Every way the address could be written in a message. */
function spellings(address: string): string[] {
  const parsed = ipaddr.process(address);
  const forms = new Set([address, parsed.toString()]);
  if (parsed.kind() === 'ipv4') {
    forms.add(`::ffff:${parsed.toString()}`);
    forms.add((parsed as ipaddr.IPv4).toIPv4MappedAddress().toString());
  } else {
    forms.add((parsed as ipaddr.IPv6).toNormalizedString());
    forms.add((parsed as ipaddr.IPv6).parts.map((x) => x.toString(16).padStart(4, '0')).join(':'));
  }
  return [...forms];
}

let trap: CountingListener;
let server: Listening;
beforeAll(async () => {
  trap = await startCountingListener();
  server = await listen({
    engine: {
      policy: { ports: [trap.port, 25], allowPrivate: false, allowedNetworks: [] },
      resolver: zoneResolver({
        addresses: INTERNAL,
        mx: { 'corp.test': [{ exchange: 'intranet.corp.test', priority: 10 }] },
      }),
      mxPort: 25,
      stageTimeoutMs: 300,
    },
  });
});
afterAll(async () => {
  await server.close();
  await trap.close();
});

describe('refusals name what was refused, not where it points', () => {
  for (const lang of ['en', 'de-DE']) {
    it.each(Object.entries(INTERNAL))(`${lang}: %s`, async (host, addresses) => {
      const res = await request(server.port, { headers: { ...AUTH, 'accept-language': lang }, body: { host, port: trap.port } });
      expect(res.status).toBe(400);
      const body = JSON.parse(res.body) as { error: string; message: string };
      expect(body.error).toBe('forbidden-address');
      expect(body.message).toContain(host);
      for (const address of addresses.filter((a) => a !== '93.184.216.34')) {
        for (const form of spellings(address)) expect(res.body).not.toContain(form);
      }
    });
  }

  it('a recipient domain whose MX is internal: the MX stage says it was refused, not the address', async () => {
    const res = await request(server.port, { headers: AUTH, body: { host: 'nothing.test', port: trap.port, domain: 'corp.test' } });
    expect(res.status).toBe(200);
    expect(res.body).toContain('intranet.corp.test');
    for (const form of spellings('10.1.2.3')) expect(res.body).not.toContain(form);
  });
});

describe('IPv4-compatible IPv6 (::/96) is refused', () => {
  it.each(['::7f00:1', '[::7f00:1]', '0:0:0:0:0:0:7f00:1', '::a9fe:a9fe', '::a00:1', '::c0a8:101', 'compat.corp.test'])('%s', async (host) => {
    const res = await request(server.port, { headers: AUTH, body: { host, port: trap.port, security: 'none' } });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ error: 'forbidden-address' });
  });

  it('--allow-private does not open it either', async () => {
    const open = await listen({ engine: { policy: { ports: [trap.port], allowPrivate: true, allowedNetworks: [] }, stageTimeoutMs: 300 } });
    try {
      const res = await open.app.inject({ method: 'POST', url: '/v1/probe', headers: AUTH, payload: { host: '::7f00:1', port: trap.port, security: 'none' } });
      expect(res.statusCode).toBe(400);
    } finally {
      await open.close();
    }
  });

  it('opened no connection', () => {
    expect(trap.count()).toBe(0);
  });
});
