// The probe client against a real HTTP server on loopback that speaks the probe's contract
// (POST /v1/probe, Bearer token, Server-Sent Events). The real probe server is exercised in
// test/e2e/probe-button.test.ts; here each answer shape is produced on purpose.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeRequestFrom, runProbe, toPortMessage } from '../../../../src/extension/background/probe-client.ts';
import type { ProbePortMessage } from '../../../../src/extension/messages.ts';

const TOKEN = 'secret-token';
let server: Server;
let base: string;
let lastBody: unknown = null;
let lastAuthorization: string | undefined;
let answer: (res: ServerResponse) => void = () => undefined;

const stage = (name: string, ok: boolean) => `event: stage\ndata: ${JSON.stringify({ stage: name, ok, ms: 3, reply: ['220 hi'], detail: name })}\n\n`;
const VERDICT = `event: verdict\ndata: ${JSON.stringify({ causes: { 'port-encryption': 'confirmed', bogus: 'confirmed' }, recommended: { host: 'mx.example.com', port: 587, security: 'starttls' }, summary: 'Port 587 expects STARTTLS.' })}\n\n`;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      lastBody = body ? JSON.parse(body) : null;
      lastAuthorization = req.headers.authorization;
      // A provider's public probe (serve --public): its own submission hosts, no token.
      if (req.url === '/v1/public/probe' && req.method === 'POST') return void answer(res);
      if (req.url !== '/v1/probe' || req.method !== 'POST') return void res.writeHead(404).end();
      if (req.headers.authorization !== `Bearer ${TOKEN}`) {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'unauthorized', message: 'bad token' }));
        return;
      }
      answer(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function collect(config: { probeUrl: string; probeToken: string }, target: unknown): Promise<ProbePortMessage[]> {
  const out: ProbePortMessage[] = [];
  for await (const m of runProbe(config, target)) out.push(m);
  return out;
}

describe('probe request', () => {
  it('sends only host, port and domain, checked', () => {
    expect(probeRequestFrom({ host: 'mx.example.com', port: 587, domain: 'example.com', security: 'ssl', text: 'the whole message' }))
      .toEqual({ ok: true, value: { host: 'mx.example.com', port: 587, domain: 'example.com' } });
    expect(probeRequestFrom({ host: '[2001:db8::1]' })).toEqual({ ok: true, value: { host: '2001:db8::1' } });
    for (const bad of [{}, { host: 'a b' }, { host: 'mx.example.com', port: 70000 }, { host: 'x.example', domain: '<script>' }, null]) {
      expect(probeRequestFrom(bad).ok, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('runProbe', () => {
  it('without a token asks the provider\'s public probe, and sends no authorization', async () => {
    answer = (res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(stage('dns', true) + VERDICT);
    };
    const out = await collect({ probeUrl: base, probeToken: '' }, { host: 'smtp.provider.example', port: 587 });
    expect(lastAuthorization).toBeUndefined();
    expect(out.map((m) => m.kind)).toEqual(['stage', 'verdict']);
  });
  it('streams each stage, then the verdict, and sends nothing but the target', async () => {
    answer = (res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(stage('dns', true));
      setTimeout(() => {
        res.write(': keep-alive\n\n' + stage('tcp', false) + 'data: not json\n\n');
        res.end(VERDICT);
      }, 20);
    };
    const out = await collect({ probeUrl: base, probeToken: TOKEN }, { host: 'mx.example.com', port: 587, secret: 'x' });
    expect(out.map((m) => m.kind)).toEqual(['stage', 'stage', 'verdict']);
    expect(out[1]).toEqual({ kind: 'stage', event: { stage: 'tcp', ok: false, ms: 3, reply: ['220 hi'], detail: 'tcp' } });
    // Unknown buckets from the server are dropped; the rest is kept as sent.
    expect(out[2]).toEqual({
      kind: 'verdict',
      verdict: { causes: { 'port-encryption': 'confirmed' }, recommended: { host: 'mx.example.com', port: 587, security: 'starttls' }, summary: 'Port 587 expects STARTTLS.' },
    });
    expect(lastBody).toEqual({ host: 'mx.example.com', port: 587 });
  });

  it('says when no probe is configured, without a request', async () => {
    lastBody = 'untouched';
    expect(await collect({ probeUrl: '', probeToken: '' }, { host: 'mx.example.com' })).toEqual([{ kind: 'error', error: 'ui_errProbeNotConfigured' }]);
    expect(lastBody).toBe('untouched');
  });

  it('never sends the token over plain http to anything but loopback, whatever the stored URL says', async () => {
    for (const probeUrl of ['http://probe.example.net:8787', 'http://10.1.2.3', 'javascript:alert(1)']) {
      const [only] = await collect({ probeUrl, probeToken: TOKEN }, { host: 'mx.example.com' });
      expect(only?.kind, probeUrl).toBe('error');
      expect(only?.kind === 'error' && only.error, probeUrl).toMatch(/^(opt_errProbeUrlHttp|ui_errProbeUrlInvalid)$/);
    }
  });

  it('a refused token, a busy server and an unreachable one each have their own message', async () => {
    const token = await collect({ probeUrl: base, probeToken: 'wrong' }, { host: 'mx.example.com' });
    expect(token).toEqual([{ kind: 'error', error: 'ui_errProbeToken', detail: 'bad token' }]);

    answer = (res) => void res.writeHead(503, { 'content-type': 'application/json' }).end('{"message":"busy"}');
    expect(await collect({ probeUrl: base, probeToken: TOKEN }, { host: 'mx.example.com' })).toEqual([{ kind: 'error', error: 'ui_errProbeBusy', detail: 'busy' }]);

    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = await collect({ probeUrl: `http://127.0.0.1:${port}`, probeToken: TOKEN }, { host: 'mx.example.com' });
    expect(unreachable).toHaveLength(1);
    expect(unreachable[0]).toMatchObject({ kind: 'error', error: 'ui_errProbeUnreachable' });
  });

  it('a stream that ends without a verdict ends with an error, never silently', async () => {
    answer = (res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(stage('dns', true));
    };
    const out = await collect({ probeUrl: base, probeToken: TOKEN }, { host: 'mx.example.com' });
    expect(out.map((m) => (m.kind === 'error' ? m.error : m.kind))).toEqual(['stage', 'ui_errProbeIncomplete']);
  });

  it('an error event from the server ends the probe with its text', () => {
    expect(toPortMessage('error', '{"error":"internal error"}')).toEqual({ kind: 'error', error: 'ui_errProbeFailed', detail: 'internal error' });
    expect(toPortMessage('stage', '[1,2]')).toBeNull();
  });
});
