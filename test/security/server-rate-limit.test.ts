// Issue 13, item 5. Attack: an anonymous client (a scanner, or a neighbour behind the same
// proxy) floods the probe without a token, to use up the per-IP window of everyone at that IP;
// and a client forges X-Forwarded-For to get a fresh rate-limit bucket per request.
// Played against the real server over real sockets and the real `serve` process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH } from '../helpers/smtp/app.ts';
import { zoneResolver } from '../helpers/smtp/resolver.ts';
import { DEFAULT_LIMITS } from '../../src/server/config.ts';
import { listen, request, type Listening } from './support/server.ts';
import { SERVE_TOKEN, serveExit, startServe, type ServeProcess } from './support/serve-process.ts';

describe('anonymous requests have their own bucket', () => {
  let server: Listening;
  beforeAll(async () => {
    server = await listen({
      limits: { ...DEFAULT_LIMITS, perIp: 3, perIpAnonymous: 3, perToken: 100, perTarget: 100 },
      // No names resolve: every authenticated probe ends at DNS, without a connection.
      engine: { resolver: zoneResolver({}) },
    });
  });
  afterAll(() => server.close());

  it('a token-less flood from the same IP leaves the token holder at that IP untouched', async () => {
    const anonymous: number[] = [];
    for (let i = 0; i < 8; i++) anonymous.push((await request(server.port, { body: { host: 'nothing.test' } })).status);
    // Token guessing is still limited.
    expect(anonymous.slice(0, 3)).toEqual([401, 401, 401]);
    expect(anonymous.slice(3).every((s) => s === 429)).toBe(true);

    const authenticated: number[] = [];
    for (let i = 0; i < 3; i++) authenticated.push((await request(server.port, { headers: AUTH, body: { host: 'nothing.test' } })).status);
    expect(authenticated).toEqual([200, 200, 200]);
    // The token holder's own window still ends.
    expect((await request(server.port, { headers: AUTH, body: { host: 'nothing.test' } })).status).toBe(429);
  });
});

describe('--trust-proxy believes only the given proxies', () => {
  it.each([['true'], ['1'], ['loopback'], ['127.0.0.1,true'], ['10.0.0.0/33'], ['proxy.example.com']])('--trust-proxy %s is refused', async (value) => {
    const run = await serveExit(['--trust-proxy', value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--trust-proxy/);
  });

  describe('with --trust-proxy 127.0.0.2 and 2 probes per IP', () => {
    let serve: ServeProcess;
    const auth = { authorization: `Bearer ${SERVE_TOKEN}` };
    // Refused at the port check, after the limits: no DNS, no connection.
    const body = { host: '192.0.2.1', port: 22 };
    beforeAll(async () => {
      serve = await startServe(['--trust-proxy', '127.0.0.2', '--rate-per-ip', '2']);
    });
    afterAll(() => serve.stop());

    it('a client that is not the proxy cannot pick its address with X-Forwarded-For', async () => {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        codes.push((await request(serve.port, { headers: { ...auth, 'x-forwarded-for': `198.51.100.${i + 10}` }, body })).status);
      }
      expect(codes).toEqual([400, 400, 429, 429]);
    });

    it('the proxy’s X-Forwarded-For does name the client (one bucket per client behind it)', async () => {
      const from = '127.0.0.2';
      const viaProxy = (client: string) => request(serve.port, { from, headers: { ...auth, 'x-forwarded-for': client }, body }).then((r) => r.status);
      expect([await viaProxy('198.51.100.1'), await viaProxy('198.51.100.1'), await viaProxy('198.51.100.1')]).toEqual([400, 400, 429]);
      expect(await viaProxy('198.51.100.2')).toBe(400);
    });
  });
});
