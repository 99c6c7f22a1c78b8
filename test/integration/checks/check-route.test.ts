// POST /v1/check and public mode through the real Fastify app (app.inject and real listeners),
// with a real dnsmasq for DNS: token or public access, the three answer formats, refusals,
// /metrics, the SIGTERM drain, and a trap listener proving public mode connects nowhere else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import dgram from 'node:dgram';
import type { FastifyInstance } from 'fastify';
import { AUTH, testApp } from '../../helpers/smtp/app.ts';
import { startDnsmasq, type RunningDnsmasq } from '../../helpers/dns/dnsmasq.ts';
import { IPS, ZONE_CONF } from '../../helpers/dns/zones.ts';
import { startCountingListener, type CountingListener } from '../../helpers/smtp/counting-listener.ts';
import { DEFAULT_CHECKS_CONFIG, type ChecksConfig } from '../../../src/server/checks-config.ts';
import { drainApp } from '../../../src/server/plugins/drain.ts';
import { parseBlocklistSpec } from '../../../src/probe/checks/index.ts';

let dns: RunningDnsmasq;
let trap: CountingListener;
beforeAll(async () => {
  dns = await startDnsmasq([...ZONE_CONF, 'host-record=trap.good.test,127.0.0.1', 'mx-host=trapped.test,trap.good.test,10']);
  trap = await startCountingListener();
});
afterAll(async () => {
  await dns.stop();
  await trap.close();
});

const checksConfig = (o: Partial<ChecksConfig> = {}): ChecksConfig => ({
  ...DEFAULT_CHECKS_CONFIG, dnsServers: [{ host: dns.host, port: dns.port }], blocklists: [parseBlocklistSpec('bl.test')!], ...o,
});
const listed = { refusal: `554 5.7.1 Client host [${IPS.listed}] blocked using bl.test`, bucket: 'policy-reputation', reason: 'blocked', sendingIps: [IPS.listed], senderDomain: 'good.test' };

describe('POST /v1/check', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp({ checks: checksConfig() });
  });
  afterAll(async () => {
    await app.close();
  });

  it('needs the token outside public mode', async () => {
    const r = await app.inject({ method: 'POST', url: '/v1/check', payload: listed });
    expect(r.statusCode).toBe(401);
  });
  it('one JSON document: checks and the verdict', async () => {
    const r = await app.inject({ method: 'POST', url: '/v1/check', headers: AUTH, payload: listed });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.verdict.causes['policy-reputation']).toBe('confirmed');
    expect(body.checks.find((c: { check: string; list?: string }) => c.check === 'dnsbl' && c.list === 'bl.test')).toMatchObject({ result: 'listed', fixer: 'sender-provider' });
    expect(typeof body.checks[0].meaning).toBe('string');
  });
  it('JSON lines: one line per check, the verdict last', async () => {
    const r = await app.inject({ method: 'POST', url: '/v1/check', headers: { ...AUTH, accept: 'application/x-ndjson' }, payload: listed });
    expect(r.headers['content-type']).toContain('application/x-ndjson');
    const lines = r.body.trim().split('\n').map((l) => JSON.parse(l));
    const last = lines.pop();
    expect(Object.keys(last)).toEqual(['verdict']);
    expect(lines.length).toBe(last.verdict.checks.length);
    expect(lines.every((l) => typeof l.check === 'string' && typeof l.result === 'string')).toBe(true);
  });
  it('SSE: "check" events, then "verdict"', async () => {
    const r = await app.inject({ method: 'POST', url: '/v1/check', headers: { ...AUTH, accept: 'text/event-stream' }, payload: listed });
    const events = [...r.body.matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
    expect(events.at(-1)).toBe('verdict');
    expect(events.filter((e) => e === 'check').length).toBeGreaterThan(0);
  });
  it('refuses bodies with extra fields (the message itself) and bad facts', async () => {
    expect((await app.inject({ method: 'POST', url: '/v1/check', headers: AUTH, payload: { ...listed, message: 'Subject: hi' } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/v1/check', headers: AUTH, payload: { ...listed, sendingIps: ['999.1.1.1'] } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/v1/check', headers: AUTH, payload: { ...listed, bucket: 'nonsense' } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/v1/check', headers: AUTH, payload: { ...listed, senderDomain: 'a b' } })).statusCode).toBe(400);
  });
  it('/metrics needs the token and counts checks, results and refusals', async () => {
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const m = await app.inject({ method: 'GET', url: '/metrics', headers: AUTH });
    expect(m.statusCode).toBe(200);
    expect(m.body).toMatch(/bounce_lens_checks_total\{check="dnsbl",result="listed"\} [1-9]/);
    expect(m.body).toMatch(/bounce_lens_refusals_total\{route="\/v1\/check",status="401"\} [1-9]/);
    expect(m.body).toMatch(/bounce_lens_probes_total\{route="\/v1\/check",outcome="answered"\} [1-9]/);
    expect(m.body).toContain('bounce_lens_check_duration_seconds_bucket');
    // The connection probe route is counted too (port 1 is refused: a 400).
    await app.inject({ method: 'POST', url: '/v1/probe', headers: AUTH, payload: { host: 'example.com', port: 1 } });
    const again = await app.inject({ method: 'GET', url: '/metrics', headers: AUTH });
    expect(again.body).toMatch(/bounce_lens_refusals_total\{route="\/v1\/probe",status="400"\} 1/);
  });
});

describe('public mode', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp({
      engine: { policy: { ports: [25, 465, 587, trap.port], allowPrivate: true, allowedNetworks: [] }, mxPort: trap.port },
      checks: checksConfig({ public: true, perIpPublic: 3, publicHosts: ['smtp.provider.test'], publicPorts: [trap.port] }),
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it('bounce checks without a token are DNS only: an MX pointing at the trap is never greeted', async () => {
    const r = await app.inject({ method: 'POST', url: '/v1/check', payload: { refusal: '550 5.1.2 Host or domain name not found', bucket: 'recipient', reason: 'hostunknown', recipientDomain: 'trapped.test' } });
    expect(r.statusCode).toBe(200);
    expect(r.json().checks[0]).toMatchObject({ check: 'recipient-domain', result: 'ok' });
    expect(trap.count()).toBe(0);
  });
  it('a public probe of a host that is not the provider\'s is 403 and connects nowhere', async () => {
    const r = await app.inject({ method: 'POST', url: '/v1/public/probe', payload: { host: '127.0.0.1', port: trap.port, security: 'none' } });
    expect(r.statusCode).toBe(403);
    expect(r.json().error).toBe('not-a-submission-host');
    const viaName = await app.inject({ method: 'POST', url: '/v1/public/probe', payload: { host: 'trap.good.test', port: trap.port, security: 'none' } });
    expect(viaName.statusCode).toBe(403);
    expect(trap.count()).toBe(0);
  });
  it('arbitrary hosts still need the token at /v1/probe', async () => {
    expect((await app.inject({ method: 'POST', url: '/v1/probe', payload: { host: '127.0.0.1', port: trap.port } })).statusCode).toBe(401);
    expect(trap.count()).toBe(0);
  });
  it('the per-IP limit holds for tokenless requests; a token bypasses it', async () => {
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await app.inject({ method: 'POST', url: '/v1/check', remoteAddress: '198.51.100.7', payload: listed })).statusCode);
    expect(codes).toEqual([200, 200, 200]);
    expect((await app.inject({ method: 'POST', url: '/v1/check', remoteAddress: '198.51.100.7', payload: listed })).statusCode).toBe(429);
    expect((await app.inject({ method: 'POST', url: '/v1/check', remoteAddress: '198.51.100.8', payload: listed })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/v1/check', remoteAddress: '198.51.100.7', headers: AUTH, payload: listed })).statusCode).toBe(200);
  });
});

describe('drain', () => {
  it('running streams finish; new requests get 503 meanwhile', async () => {
    // A DNS "server" that never answers makes a check last its whole resolver timeout.
    const blackhole = dgram.createSocket('udp4');
    await new Promise<void>((r) => blackhole.bind(0, '127.0.0.1', r));
    const app = await testApp({ checks: checksConfig({ dnsServers: [{ host: '127.0.0.1', port: blackhole.address().port }] }) });
    try {
      const url = await app.listen({ host: '127.0.0.1', port: 0 });
      const slow = fetch(`${url}/v1/check`, { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json', accept: 'application/x-ndjson' }, body: JSON.stringify(listed) }).then(async (r) => ({ status: r.status, body: await r.text() }));
      await new Promise((r) => setTimeout(r, 300));
      const drained = drainApp(app, 20_000);
      const refused = await fetch(`${url}/v1/check`, { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: JSON.stringify(listed) });
      expect(refused.status).toBe(503);
      expect((await fetch(`${url}/healthz`)).status).toBe(503);
      const first = await slow;
      expect(first.status).toBe(200);
      expect(first.body.trim().split('\n').at(-1)).toContain('"verdict"');
      expect(await drained).toBe(true);
    } finally {
      await app.close();
      blackhole.close();
    }
  });
});
