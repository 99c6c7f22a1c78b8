// `npm run bench:probe` (second part): bounce checks against a real dnsmasq on loopback.
// (1) one bounce check, cold cache (a new resolver each time) and warm; (2) 2 `serve --public`
// instances × 200 concurrent checks sharing one redis-server: errors, the shared limit, RSS;
// (3) public mode against a trap listener (an MX and a probe target pointing at it): connections.
// Figures are printed, never asserted.
import { startDnsmasq } from '../helpers/dns/dnsmasq.ts';
import { IPS, ZONE_CONF } from '../helpers/dns/zones.ts';
import { startServe, type ServeProcess } from '../helpers/dns/serve-process.ts';
import { startRedis } from '../helpers/smtp/redis.ts';
import { startCountingListener } from '../helpers/smtp/counting-listener.ts';
import { checkFacts, createCheckResolver, defaultCheckOptions, parseBlocklistSpec, runBounceChecks, type CheckResolver } from '../../src/probe/checks/index.ts';

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};
const fmt = (xs: number[]): string => `p50 ${pct(xs, 50).toFixed(1)} ms, p95 ${pct(xs, 95).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;

const dns = await startDnsmasq([...ZONE_CONF, 'mx-host=trapped.test,trap.good.test,10', 'host-record=trap.good.test,127.0.0.1']);
const server = { host: dns.host, port: dns.port };
// A policy bounce that plans every DNS check kind except the recipient's: blocklist, PTR, SPF, DMARC, DKIM.
const facts = checkFacts({
  refusal: `550 5.7.1 [${IPS.listed}] blocked using bl.test; also SPF/DMARC/DKIM unauthenticated (s=sel1), no PTR, TLS required`,
  bucket: 'policy-reputation', reason: 'blocked', sendingIps: [IPS.listed], senderDomain: 'good.test', recipientDomain: 'good.test',
});
if (!facts.ok) throw new Error('facts');
const options = defaultCheckOptions({ blocklists: ['bl.test', 'dbl.test=domain'].map((s) => parseBlocklistSpec(s)!) });

async function once(resolver: CheckResolver): Promise<{ ms: number; checks: number }> {
  const t0 = performance.now();
  const gen = runBounceChecks(facts.ok ? facts.value : (undefined as never), resolver, options);
  let checks = 0;
  for (;;) {
    const n = await gen.next();
    if (n.done) break;
    checks++;
  }
  return { ms: performance.now() - t0, checks };
}

console.log(`# bounce checks — ${new Date().toISOString()} — Node ${process.version}`);
const cold: number[] = [];
let checksPerRun = 0;
for (let i = 0; i < 100; i++) {
  const r = await once(createCheckResolver({ servers: [server] }));
  cold.push(r.ms);
  checksPerRun = r.checks;
}
const warmResolver = createCheckResolver({ servers: [server] });
await once(warmResolver);
const warm: number[] = [];
for (let i = 0; i < 300; i++) warm.push((await once(warmResolver)).ms);
console.log(`\n## one bounce check (${checksPerRun} checks: dnsbl ×2, ptr, spf, dmarc, dkim, mta-sts) against loopback dnsmasq`);
console.log(`cold cache (100 runs): ${fmt(cold)}   (target p95 ≤ 1500 ms)`);
console.log(`warm cache (300 runs): ${fmt(warm)}   (target ≤ 50 ms)`);

// (2) two instances, one Redis.
const redis = await startRedis();
const LIMIT = 300;
const token = 'bench-checks-token-0123456789';
const args = ['--public', '--rate-per-ip-public', String(LIMIT), '--max-running', '1000', '--dns-server', dns.server, '--dnsbl', 'bl.test,dbl.test=domain', '--token', token];
const instances: ServeProcess[] = [await startServe(args, { REDIS_URL: redis.url }), await startServe(args, { REDIS_URL: redis.url })];
const body = JSON.stringify(facts.value);
const rss = instances.map((s) => s.rssBytes());
const peak = [...rss];
const sampler = setInterval(() => instances.forEach((s, i) => { peak[i] = Math.max(peak[i] ?? 0, s.rssBytes()); }), 50);
const t0 = performance.now();
const results = await Promise.all(instances.flatMap((s) => Array.from({ length: 200 }, async () => {
  const t = performance.now();
  try {
    const r = await fetch(`${s.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/x-ndjson' }, body });
    const text = await r.text();
    return { status: r.status, ok: r.status !== 200 || text.trim().split('\n').at(-1)?.startsWith('{"verdict"'), ms: performance.now() - t };
  } catch {
    return { status: 0, ok: false, ms: performance.now() - t };
  }
})));
const wall = performance.now() - t0;
clearInterval(sampler);
const by = (c: number) => results.filter((r) => r.status === c).length;
console.log('\n## 2 instances × 200 concurrent checks, one redis-server, public per-IP limit', LIMIT);
console.log(`answered 200: ${by(200)}, limited 429: ${by(429)}, other: ${results.length - by(200) - by(429)}, transport/stream errors: ${results.filter((r) => !r.ok).length}   (target 0 errors; exactly ${LIMIT} answered)`);
console.log(`latency ${fmt(results.map((r) => r.ms))}, wall ${wall.toFixed(0)} ms`);
console.log(`RSS idle ${rss.map((b) => (b / 2 ** 20).toFixed(0)).join(' / ')} MB, peak ${peak.map((b) => (b / 2 ** 20).toFixed(0)).join(' / ')} MB   (target < 300 MB each)`);
for (const s of instances) await s.stop();

// (3) public mode never connects anywhere but submission hosts and DNS servers.
const trap = await startCountingListener();
const pub = await startServe(['--public', '--rate-per-ip-public', '10000', '--dns-server', dns.server, '--dnsbl', 'bl.test', '--token', token,
  '--allow-private', '--ports', `25,465,587,${trap.port}`, '--public-ports', String(trap.port), '--public-host', 'smtp.provider.test'], {});
const tries = [
  fetch(`${pub.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refusal: '550 5.1.2 Host or domain name not found', bucket: 'recipient', reason: 'hostunknown', recipientDomain: 'trapped.test' }) }),
  fetch(`${pub.url}/v1/public/probe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ host: '127.0.0.1', port: trap.port, security: 'none' }) }),
  fetch(`${pub.url}/v1/public/probe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ host: 'trap.good.test', port: trap.port, security: 'none' }) }),
  fetch(`${pub.url}/v1/probe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ host: '127.0.0.1', port: trap.port }) }),
  fetch(`${pub.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refusal: `blocked using evil.example [${IPS.listed}]`, bucket: 'policy-reputation', sendingIps: [IPS.listed], reportingMta: 'trap.good.test' }) }),
];
const statuses = await Promise.all(tries.map((p) => p.then((r) => r.status)));
await new Promise((r) => setTimeout(r, 500));
console.log('\n## public mode, trap listener (an MX, a probe target by IP and by name, a token-only route, a forged list)');
console.log(`answers ${statuses.join(', ')}; trap connections: ${trap.count()}   (target 0)`);
await pub.stop();
await trap.close();
await redis.stop();
await dns.stop();
