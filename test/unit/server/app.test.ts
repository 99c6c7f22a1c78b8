// The HTTP API through app.inject() and a real listener: health, OpenAPI, CORS, token, both
// response modes against a real smtp-server, limits, the concurrency cap, the error handler.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { app as appPlugin, fastifyOptions } from '../../../src/server/app.ts';
import { AUTH, testApp, testConfig } from '../../helpers/smtp/app.ts';
import { makeCertificates, type TestCertificates } from '../../helpers/smtp/certificates.ts';
import { startSmtp, type RunningServer } from '../../helpers/smtp/servers.ts';
import { zoneResolver } from '../../helpers/smtp/resolver.ts';
import { DEFAULT_LIMITS } from '../../../src/server/config.ts';
import { CHROME_EXTENSION_ID } from '../../../src/shared/extension-identity.ts';
import type { ProbeStageEvent, ProbeVerdict } from '../../../src/extension/messages.ts';

let certs: TestCertificates;
let smtp: RunningServer;
let tarpit: RunningServer;
const resolver = zoneResolver({ addresses: { 'localhost': ['127.0.0.1'] } });

beforeAll(async () => {
  certs = makeCertificates();
  smtp = await startSmtp({ mode: 'starttls', tls: certs.valid });
  tarpit = await startSmtp({ mode: 'tarpit' });
});
afterAll(async () => {
  await smtp.close();
  await tarpit.close();
  certs.cleanup();
});

function engine(extra = {}) {
  return { policy: { ports: [smtp.port, tarpit.port], allowPrivate: true, allowedNetworks: [] }, trustedCa: [certs.ca], resolver, stageTimeoutMs: 1500, tryTimeoutMs: 1500, ...extra };
}

function parseSse(body: string): { event: string; data: unknown }[] {
  return body.split('\n\n').filter(Boolean).map((block) => {
    const event = /^event: (.*)$/m.exec(block)?.[1] ?? '';
    const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null') as unknown;
    return { event, data };
  });
}

describe('public routes', () => {
  it('GET /healthz answers without a token', async () => {
    const app = await testApp();
    const res = await app.inject({ url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, running: 0 });
    await app.close();
  });

  it('GET /openapi.json documents POST /v1/probe with bearer auth and the closed body', async () => {
    const app = await testApp();
    const doc = (await app.inject({ url: '/openapi.json' })).json() as { openapi: string; paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: { additionalProperties: boolean } }> } }>> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/v1/probe']?.post?.requestBody.content['application/json']?.schema.additionalProperties).toBe(false);
    await app.close();
  });

  it('unknown routes: 404 in the error shape', async () => {
    const app = await testApp();
    const res = await app.inject({ url: '/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not-found' });
    await app.close();
  });
});

describe('CORS', () => {
  it.each([
    [`chrome-extension://${CHROME_EXTENSION_ID}`, true],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', false],
    ['moz-extension://0f2c5a8e-1d3b-4c6a-9e7f-0123456789ab', true],
    ['https://evil.example', false],
    ['chrome-extension://abc', false],
  ])('preflight from %s allowed: %s', async (origin, allowed) => {
    const app = await testApp();
    const res = await app.inject({ method: 'OPTIONS', url: '/v1/probe', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' } });
    expect(res.headers['access-control-allow-origin']).toBe(allowed ? origin : undefined);
    await app.close();
  });

  it('a configured origin list replaces the default', async () => {
    const app = await testApp({ corsOrigins: ['chrome-extension://abcdefghijklmnopabcdefghijklmnop'] });
    const other = await app.inject({ method: 'POST', url: '/v1/probe', headers: { ...AUTH, origin: 'moz-extension://0f2c5a8e-1d3b-4c6a-9e7f-0123456789ab' }, payload: { host: 'localhost' } });
    expect(other.statusCode).toBe(403);
    await app.close();
  });
});

describe('POST /v1/probe', () => {
  it('401 with WWW-Authenticate without a token', async () => {
    const app = await testApp();
    const res = await app.inject({ method: 'POST', url: '/v1/probe', payload: { host: 'localhost' } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    await app.close();
  });

  it('streams one SSE event per stage, then the verdict, in the extension’s shapes', async () => {
    const app = await testApp({ engine: engine() });
    const origin = `chrome-extension://${CHROME_EXTENSION_ID}`;
    const res = await app.inject({ method: 'POST', url: '/v1/probe', headers: { ...AUTH, accept: 'text/event-stream', origin }, payload: { host: 'localhost', port: smtp.port, security: 'starttls' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(res.headers['access-control-allow-origin']).toBe(origin);
    const events = parseSse(res.body);
    const stages = events.filter((e) => e.event === 'stage').map((e) => e.data as ProbeStageEvent);
    expect(stages.map((s) => s.stage)).toEqual(['dns', 'tcp', 'greeting', 'ehlo', 'starttls', 'ehlo-after-tls', 'auth-offered', 'relay', 'quit']);
    for (const s of stages) expect(Object.keys(s).filter((k) => k !== 'certificate').sort()).toEqual(['detail', 'failure', 'ms', 'ok', 'reply', 'stage']);
    const last = events[events.length - 1];
    expect(last?.event).toBe('verdict');
    const verdict = last?.data as ProbeVerdict;
    expect(verdict.recommended).toEqual({ host: 'localhost', port: smtp.port, security: 'starttls' });
    expect(verdict.summary).toMatch(/localhost/);
    await app.close();
  });

  it('streams JSON lines when asked, like /v1/check: one line per stage, then {"verdict": …}', async () => {
    const app = await testApp({ engine: engine() });
    const res = await app.inject({ method: 'POST', url: '/v1/probe', headers: { ...AUTH, accept: 'application/x-ndjson' }, payload: { host: 'localhost', port: smtp.port, security: 'starttls' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = res.body.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.slice(0, -1).map((l) => l.stage)).toEqual(['dns', 'tcp', 'greeting', 'ehlo', 'starttls', 'ehlo-after-tls', 'auth-offered', 'relay', 'quit']);
    expect((lines.at(-1)?.verdict as ProbeVerdict | undefined)?.recommended).toEqual({ host: 'localhost', port: smtp.port, security: 'starttls' });
    await app.close();
  });

  it('answers one JSON document otherwise, in German when asked', async () => {
    const app = await testApp({ engine: engine() });
    const res = await app.inject({ method: 'POST', url: '/v1/probe', headers: { ...AUTH, 'accept-language': 'de-DE,de;q=0.9' }, payload: { host: 'localhost', port: smtp.port } });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { stages: ProbeStageEvent[]; verdict: ProbeVerdict };
    expect(body.stages[0]?.stage).toBe('dns');
    expect(body.verdict.causes['port-encryption']).toBe('ruled-out');
    expect(body.stages.find((s) => s.stage === 'quit')?.detail).toMatch(/keine Mail/);
    await app.close();
  });

  it('rate limit per client IP: 429 with Retry-After once the window is used', async () => {
    const app = await testApp({ limits: { ...DEFAULT_LIMITS, perIp: 2, perToken: 100, perTarget: 100 }, engine: engine() });
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) {
      codes.push((await app.inject({ method: 'POST', url: '/v1/probe', headers: AUTH, payload: { host: 'localhost', port: 1 } })).statusCode);
    }
    const last = await app.inject({ method: 'POST', url: '/v1/probe', headers: AUTH, payload: { host: 'localhost', port: 1 } });
    expect(codes).toEqual([400, 400, 429]);
    expect(last.headers['retry-after']).toMatch(/^\d+$/);
    await app.close();
  });

  it('rate limit per target: a third probe of the same host is refused, another host is not', async () => {
    const app = await testApp({ limits: { ...DEFAULT_LIMITS, perIp: 100, perToken: 100, perTarget: 2 }, engine: engine() });
    const probe = (host: string) => app.inject({ method: 'POST', url: '/v1/probe', headers: AUTH, payload: { host, port: smtp.port } });
    expect((await probe('localhost')).statusCode).toBe(200);
    expect((await probe('LOCALHOST')).statusCode).toBe(200);
    expect((await probe('localhost')).statusCode).toBe(429);
    expect((await probe('nothing.test')).statusCode).toBe(200);
    await app.close();
  });

  it('rate limit per token', async () => {
    const app = await testApp({ limits: { ...DEFAULT_LIMITS, perIp: 100, perToken: 1, perTarget: 100 }, engine: engine() });
    const send = () => app.inject({ method: 'POST', url: '/v1/probe', headers: AUTH, payload: { host: 'localhost', port: 1 } });
    expect((await send()).statusCode).toBe(400);
    expect((await send()).statusCode).toBe(429);
    await app.close();
  });

  it('concurrency cap: 503 while the only slot probes a tarpit; free again after', async () => {
    const app = await testApp({ limits: { ...DEFAULT_LIMITS, maxConcurrent: 1 }, engine: engine({ stageTimeoutMs: 700, tryTimeoutMs: 300 }) });
    // light-my-request starts a request only when it is awaited: .then() sends it now.
    const slow = app.inject({ method: 'POST', url: '/v1/probe', headers: AUTH, payload: { host: 'localhost', port: tarpit.port, security: 'starttls' } }).then((r) => r);
    await new Promise((r) => setTimeout(r, 150));
    const busy = await app.inject({ method: 'POST', url: '/v1/probe', headers: AUTH, payload: { host: 'localhost', port: smtp.port } });
    expect(busy.statusCode).toBe(503);
    expect(busy.headers['retry-after']).toBeDefined();
    expect((await slow).statusCode).toBe(200);
    expect((await app.inject({ url: '/healthz' })).json()).toMatchObject({ running: 0 });
    await app.close();
  });
});

describe('error handler', () => {
  it('a 500 says nothing about why', async () => {
    const fastify = Fastify(fastifyOptions(testConfig()));
    await fastify.register(async (f) => {
      await appPlugin(f, testConfig());
      f.get('/boom', async () => {
        throw new Error('secret detail /etc/shadow');
      });
    });
    const res = await fastify.inject({ url: '/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toMatch(/secret|shadow/);
    expect(res.json()).toMatchObject({ error: 'internal' });
    await fastify.close();
  });
});

describe('over a real socket', () => {
  it('a client that goes away mid-stream stops its probe and frees its slot', async () => {
    const slow = await startSmtp({ mode: 'slow-greeting', delayMs: 1500 });
    const app = await testApp({ port: 0, engine: engine({ policy: { ports: [slow.port], allowPrivate: true, allowedNetworks: [] } }) });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const ac = new AbortController();
      const res = await fetch(`${url}/v1/probe`, { signal: ac.signal, method: 'POST', headers: { ...AUTH, 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify({ host: '127.0.0.1', port: slow.port, security: 'none' }) });
      expect(res.status).toBe(200);
      setTimeout(() => ac.abort(), 100);
      await res.text().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 300));
      expect((await (await fetch(`${url}/healthz`)).json()) as object).toMatchObject({ running: 0 });
    } finally {
      await app.close();
      await slow.close();
    }
  });
});
