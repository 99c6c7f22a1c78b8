// Issue 13, item 11 (CORS). Attack: another extension the user installed (any
// chrome-extension:// origin) calls the probe from the browser. By default only this
// extension's own origin passes: its Chrome id is pinned by the manifest key. Played against
// the real server on a real socket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH } from '../helpers/smtp/app.ts';
import { zoneResolver } from '../helpers/smtp/resolver.ts';
import { CHROME_EXTENSION_ID } from '../../src/extension/extension-id.ts';
import { listen, request, type Listening } from './support/server.ts';

const OWN = `chrome-extension://${CHROME_EXTENSION_ID}`;
const OTHER_EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

let server: Listening;
beforeAll(async () => {
  server = await listen({ engine: { resolver: zoneResolver({}) } });
});
afterAll(() => server.close());

const preflight = (origin: string) => request(server.port, {
  method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
});
const post = (origin: string) => request(server.port, { headers: { ...AUTH, origin }, body: { host: 'nothing.test' } });

describe('CORS defaults to this extension', () => {
  it('this extension: preflight allowed, probe answered', async () => {
    expect((await preflight(OWN)).headers['access-control-allow-origin']).toBe(OWN);
    const res = await post(OWN);
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(OWN);
  });

  it.each([OTHER_EXTENSION, `chrome-extension://${CHROME_EXTENSION_ID.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))}`, `${OWN}.evil.example`, `${OWN}/`, 'moz-extension://not-a-uuid', 'https://evil.example'])(
    'another origin (%s): no CORS grant, 403 even with the token',
    async (origin) => {
      expect((await preflight(origin)).headers['access-control-allow-origin']).toBeUndefined();
      const res = await post(origin);
      expect(res.status).toBe(403);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    },
  );

  it('Firefox installs (a random UUID origin each, the gecko id never appears): allowed, the token decides', async () => {
    const firefox = 'moz-extension://0f2c5a8e-1d3b-4c6a-9e7f-0123456789ab';
    expect((await post(firefox)).status).toBe(200);
    expect((await request(server.port, { headers: { origin: firefox }, body: { host: 'nothing.test' } })).status).toBe(401);
  });
});
