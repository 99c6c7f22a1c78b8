// Two real `serve --public` processes behind one real redis-server (a load balancer's view):
// the per-IP public limit holds exactly across them, the DNS cache is shared, and an instance
// that restarts loses neither counters nor cache. SIGTERM exits cleanly (drain path).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { startRedis, type RunningRedis } from '../../helpers/smtp/redis.ts';
import { startDnsmasq, type RunningDnsmasq } from '../../helpers/dns/dnsmasq.ts';
import { IPS, ZONE_CONF } from '../../helpers/dns/zones.ts';
import { startServe, type ServeProcess } from '../../helpers/dns/serve-process.ts';

const HAVE_REDIS = existsSync('/usr/bin/redis-server');
let redis: RunningRedis;
let dns: RunningDnsmasq;

beforeAll(async () => {
  dns = await startDnsmasq(ZONE_CONF);
  if (HAVE_REDIS) redis = await startRedis();
});
afterAll(async () => {
  await dns.stop();
  if (HAVE_REDIS) await redis.stop();
});

const LIMIT = 7;
const facts = { refusal: `554 5.7.1 Client host [${IPS.listed}] blocked using bl.test`, bucket: 'policy-reputation', reason: 'blocked', sendingIps: [IPS.listed], senderDomain: 'good.test' };
const args = () => ['--public', '--rate-per-ip-public', String(LIMIT), '--dns-server', dns.server, '--dnsbl', 'bl.test', '--token', 'instances-test-token-0123456789'];
const check = (s: ServeProcess) => fetch(`${s.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(facts) });

describe.skipIf(!HAVE_REDIS)('two instances, one Redis (install redis-server: scripts/install-system-deps.sh)', () => {
  it('limits exact across instances; a restarted instance keeps counters and cache', async () => {
    let a = await startServe(args(), { REDIS_URL: redis.url });
    const b = await startServe(args(), { REDIS_URL: redis.url });
    try {
      // 2 × LIMIT requests alternating: exactly LIMIT answered, whichever instance took them.
      const codes = await Promise.all(Array.from({ length: 2 * LIMIT }, (_, i) => check(i % 2 ? a : b).then((r) => r.status)));
      expect(codes.filter((c) => c === 200).length).toBe(LIMIT);
      expect(codes.filter((c) => c === 429).length).toBe(LIMIT);
      const asked = dns.queries().filter((q) => q.endsWith('.bl.test')).length;

      // Restart a on the same port: the window is still used up, and answers come from the shared cache.
      const port = a.port;
      expect(await a.stop()).toBe(0);
      a = await startServe(args(), { REDIS_URL: redis.url }, port);
      expect((await check(a)).status).toBe(429);
      const viaToken = await fetch(`${a.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer instances-test-token-0123456789' }, body: JSON.stringify(facts) });
      expect(viaToken.status).toBe(200);
      expect((await viaToken.json()).verdict.causes['policy-reputation']).toBe('confirmed');
      expect(dns.queries().filter((q) => q.endsWith('.bl.test')).length).toBe(asked);
    } finally {
      await a.stop();
      await b.stop();
    }
  }, 90_000);
});
