// The SSRF table: every loopback/private/metadata notation, names resolving to private
// addresses, disallowed ports, malformed and oversized bodies, missing tokens and wrong
// origins — each refused with the right status, and a loopback listener on the probe's own
// allowed port sees zero connections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { AUTH, testApp } from '../../helpers/smtp/app.ts';
import { startCountingListener, type CountingListener } from '../../helpers/smtp/counting-listener.ts';
import { zoneResolver } from '../../helpers/smtp/resolver.ts';

let listener: CountingListener;
let app: FastifyInstance;
let P: number;

const ZONE: Record<string, string[]> = {
  'loop.evil.test': ['127.0.0.1'],
  'private.evil.test': ['10.0.0.5'],
  'private172.evil.test': ['172.16.3.4'],
  'private192.evil.test': ['192.168.0.10'],
  'meta.evil.test': ['169.254.169.254'],
  'mixed.evil.test': ['93.184.216.34', '127.0.0.1'],
  'v6loop.evil.test': ['::1'],
  'mapped.evil.test': ['::ffff:127.0.0.1'],
  'mappedhex.evil.test': ['::ffff:7f00:1'],
  'cgnat.evil.test': ['100.64.1.1'],
  'nat64.evil.test': ['64:ff9b::7f00:1'],
  '6to4.evil.test': ['2002:7f00:1::1'],
  'teredo.evil.test': ['2001:0:4136:e378:8000:63bf:3fff:fdd2'],
  'ula.evil.test': ['fd00::1'],
  'compat.evil.test': ['::7f00:1'],
  'll6.evil.test': ['fe80::1'],
  'mcast.evil.test': ['224.0.0.1'],
  'zero.evil.test': ['0.0.0.0'],
  'bcast.evil.test': ['255.255.255.255'],
  'localhost': ['127.0.0.1', '::1'],
};

interface Row {
  name: string;
  status: number;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  noAuth?: boolean;
  method?: 'GET' | 'POST';
}

const host = (h: string, status = 400): Row => ({ name: `host ${JSON.stringify(h).slice(0, 40)}`, status, body: { host: h, port: 'P' } });

const ROWS: Row[] = [
  // Loopback, private and metadata addresses in every notation.
  ...['127.0.0.1', '127.1', '127.0.1', '2130706433', '0x7f.0.0.1', '0x7f000001', '0177.0.0.1', '017700000001', '0x7f.1',
    '127.000.000.001', '[::ffff:127.0.0.1]', '::ffff:127.0.0.1', '::ffff:7f00:1', '[::1]', '::1', '0:0:0:0:0:0:0:1',
    '::', '0.0.0.0', '0', '10.0.0.1', '172.16.0.1', '192.168.1.1', '169.254.169.254', '[::ffff:169.254.169.254]',
    '169.254.0.1', '100.64.0.1', '224.0.0.1', '255.255.255.255', '64:ff9b::7f00:1', '64:ff9b::a9fe:a9fe',
    '2002:7f00:1::1', '2002:a9fe:a9fe::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', 'fd00::1', 'fe80::1', 'fe80::1%eth0',
    'ff02::1', '192.0.2.1', '198.18.0.1', '1.2.3', '::7f00:1', '::a9fe:a9fe', '[::7f00:1]'].map((h) => host(h)),
  // Names that resolve to forbidden addresses (one bad address among good ones is enough).
  ...Object.keys(ZONE).map((h) => host(h)),
  host('LOCALHOST'), host('localhost.'),
  // Host syntax.
  ...['exa mple.com', 'http://example.com', 'user@example.com', 'example.com:25', '-bad.example', 'bad-.example',
    'a'.repeat(254), 'exa\u0000mple.com', 'ex\nample.com', '例え.jp', '*.example.com', 'example..com', 'example.123',
    '../etc/passwd'].map((h) => host(h)),
  { name: 'empty host', status: 400, body: { host: '', port: 'P' } },
  { name: 'host is an object', status: 400, body: { host: { a: 1 }, port: 'P' } },
  { name: 'host is an array', status: 400, body: { host: ['127.0.0.1'], port: 'P' } },
  // Ports outside the allowlist, wrong types.
  ...[22, 80, 6379, 3306, 11211, 0, 65536, -1].map((port) => ({ name: `port ${port}`, status: 400, body: { host: 'loop.evil.test', port } })),
  { name: 'port 25.5', status: 400, body: { host: 'localhost', port: 25.5 } },
  { name: 'port as string', status: 400, body: { host: 'localhost', port: '587' } },
  { name: 'security tls', status: 400, body: { host: 'localhost', security: 'tls' } },
  { name: 'security SSL', status: 400, body: { host: 'localhost', security: 'SSL' } },
  { name: 'domain is an IP', status: 400, body: { host: 'localhost', domain: '127.0.0.1' } },
  { name: 'domain without dot', status: 400, body: { host: 'localhost', domain: 'localhost' } },
  // Bodies.
  { name: 'missing host', status: 400, body: { port: 587 } },
  { name: 'a password field', status: 400, body: { host: 'localhost', password: 'hunter2' } },
  { name: 'JSON array', status: 400, body: [{ host: 'localhost' }] },
  { name: 'not JSON', status: 400, raw: '{host: localhost' },
  { name: 'null body', status: 400, raw: 'null' },
  { name: 'oversized body', status: 413, raw: JSON.stringify({ host: 'localhost', pad: 'x'.repeat(8000) }) },
  { name: 'text/plain body', status: 415, raw: 'host=localhost', headers: { 'content-type': 'text/plain' } },
  // Token and origin.
  { name: 'missing token', status: 401, body: { host: 'localhost' }, noAuth: true },
  { name: 'wrong token', status: 401, body: { host: 'localhost' }, noAuth: true, headers: { authorization: 'Bearer wrong-token-0123456789' } },
  { name: 'basic auth', status: 401, body: { host: 'localhost' }, noAuth: true, headers: { authorization: 'Basic dXNlcjpwYXNz' } },
  { name: 'lowercase bearer', status: 401, body: { host: 'localhost' }, noAuth: true, headers: { authorization: 'bearer test-token-0123456789abcdef' } },
  { name: 'web origin', status: 403, body: { host: 'localhost' }, headers: { origin: 'https://evil.example' } },
  { name: 'null origin', status: 403, body: { host: 'localhost' }, headers: { origin: 'null' } },
  { name: 'malformed extension origin', status: 403, body: { host: 'localhost' }, headers: { origin: 'chrome-extension://not-an-id' } },
  { name: 'loopback page origin', status: 403, body: { host: 'localhost' }, headers: { origin: 'http://127.0.0.1:8080' } },
  { name: 'GET instead of POST', status: 404, method: 'GET' },
];

beforeAll(async () => {
  listener = await startCountingListener();
  P = listener.port;
  app = await testApp({
    engine: {
      policy: { ports: [P, 25, 465, 587, 2525], allowPrivate: false, allowedNetworks: [] },
      resolver: zoneResolver({ addresses: ZONE }),
      stageTimeoutMs: 500,
    },
  });
});
afterAll(async () => {
  await app.close();
  await listener.close();
});

describe('hostile inputs', () => {
  it('has at least 60 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(ROWS.map((r) => [r.name, r] as const))('%s → refused', async (_name, row) => {
    const body = row.body && typeof row.body === 'object' && !Array.isArray(row.body) && (row.body as { port?: unknown }).port === 'P'
      ? { ...(row.body as object), port: P }
      : row.body;
    const res = await app.inject({
      method: row.method ?? 'POST',
      url: '/v1/probe',
      headers: { ...(row.noAuth ? {} : AUTH), 'content-type': 'application/json', ...row.headers },
      ...(row.raw !== undefined ? { payload: row.raw } : body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
    expect(res.statusCode).toBe(row.status);
    const parsed = res.json() as { error: string; message: string };
    expect(parsed.message.length).toBeGreaterThan(5);
    expect(listener.count()).toBe(0);
  });

  it('any string as host or domain: a 200 (a name without records) or a 400, never a 5xx or a connection', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ maxLength: 300 }), fc.option(fc.string({ maxLength: 60 }), { nil: undefined }), async (h, domain) => {
      const res = await app.inject({ method: 'POST', url: '/v1/probe', headers: AUTH, payload: { host: h, port: P, ...(domain === undefined ? {} : { domain }) } });
      expect([200, 400]).toContain(res.statusCode);
    }), { numRuns: 300 });
    expect(listener.count()).toBe(0);
  });

  it('opened no connection at all', () => {
    expect(listener.count()).toBe(0);
  });
});

describe('control', () => {
  it('the listener does count a probe that is allowed (so zero above means something)', async () => {
    const open = await testApp({ engine: { policy: { ports: [P], allowPrivate: true, allowedNetworks: [] }, resolver: zoneResolver({ addresses: ZONE }), stageTimeoutMs: 300, tryTimeoutMs: 300 } });
    try {
      const res = await open.inject({ method: 'POST', url: '/v1/probe', headers: AUTH, payload: { host: 'loop.evil.test', port: P, security: 'none' } });
      expect(res.statusCode).toBe(200);
      expect(listener.count()).toBeGreaterThan(0);
    } finally {
      await open.close();
    }
  });
});
