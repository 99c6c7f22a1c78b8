// `npm run bench:probe`: (1) parallel discovery over 4 candidates with injected latency vs the
// same tries one after another; (2) 500 concurrent probes of a tarpit through the real server
// (`bounce-lens serve` as a child process) driven by autocannon, while /healthz is measured.
// Figures are printed, never asserted. Everything stays on loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { makeCertificates } from '../helpers/smtp/certificates.ts';
import { startSmtp, type RunningServer } from '../helpers/smtp/servers.ts';
import { zoneResolver } from '../helpers/smtp/resolver.ts';
import { defaultEngineOptions, discoverSettings, type EngineOptions } from '../../src/probe/index.ts';
import { tryCombination } from '../../src/probe/tries.ts';

const root = new URL('../../', import.meta.url).pathname;
const TOKEN = 'bench-token-0123456789abcdef';

async function discoveryBench(): Promise<void> {
  const certs = makeCertificates();
  // Greeting delays play the network latency of four candidate servers.
  const delays = [120, 240, 360, 480];
  const servers: RunningServer[] = await Promise.all(delays.map((delayMs) => startSmtp({ mode: 'slow-greeting', delayMs, tls: certs.valid })));
  const resolver = zoneResolver({
    latencyMs: 20,
    srv: { '_submission._tcp.example.test': servers.map((s, i) => ({ name: 'mail.example.test', port: s.port, priority: i, weight: 1 })) },
    addresses: { 'mail.example.test': ['127.0.0.1'] },
  });
  const o: EngineOptions = defaultEngineOptions({
    policy: { ports: servers.map((s) => s.port), allowPrivate: true, allowedNetworks: [] },
    trustedCa: [certs.ca], resolver, stageTimeoutMs: 3000, tryTimeoutMs: 3000,
  });
  const targets = servers.map((s) => ({ host: 'mail.example.test', servername: 'mail.example.test', address: '127.0.0.1', port: s.port, security: 'starttls' as const }));

  const singles: number[] = [];
  for (const t of targets) {
    const t0 = performance.now();
    await tryCombination(t, o);
    singles.push(performance.now() - t0);
  }
  const seq0 = performance.now();
  for (const t of targets) await tryCombination(t, o);
  const sequential = performance.now() - seq0;
  const par0 = performance.now();
  for await (const _ of discoverSettings('example.test', o)) { /* drain */ }
  const parallel = performance.now() - par0;
  const slowest = Math.max(...singles);
  console.log('\n## Discovery: 4 candidates, greeting latency', delays.join('/'), 'ms, DNS latency 20 ms');
  console.log(`single tries (ms):           ${singles.map((s) => s.toFixed(0)).join(', ')}`);
  console.log(`sequential, one by one:      ${sequential.toFixed(0)} ms`);
  console.log(`parallel discovery (incl. DNS): ${parallel.toFixed(0)} ms`);
  console.log(`parallel / slowest single:   ${(parallel / slowest).toFixed(2)}×   (target ≤ 1.2×)`);
  await Promise.all(servers.map((s) => s.close()));
  certs.cleanup();
}

interface AutocannonResult {
  latency: { p50: number; p99: number; max: number };
  requests: { total: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '1xx'?: number; '2xx': number; '4xx': number; '5xx': number;
}

function autocannon(args: string[]): Promise<AutocannonResult> {
  const child = spawn(`${root}node_modules/.bin/autocannon`, [...args, '--json'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  return new Promise((resolve, reject) => child.on('exit', () => {
    try {
      resolve(JSON.parse(out) as AutocannonResult);
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  }));
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m?.[1] ?? 0) / 1024;
}

async function tarpitBench(): Promise<void> {
  const tarpit = await startSmtp({ mode: 'tarpit' });
  const child: ChildProcess = spawn(process.execPath, ['bin/bounce-lens.js', 'serve', '--port', '0', '--quiet', '--allow-private',
    '--ports', String(tarpit.port), '--max-concurrent', '1000', '--stage-timeout', '4000',
    '--rate-per-ip', '100000', '--rate-per-token', '100000', '--rate-per-target', '100000'],
  { cwd: root, env: { ...process.env, BOUNCE_LENS_TOKEN: TOKEN }, stdio: ['ignore', 'ignore', 'pipe'] });
  let crashed = false;
  child.on('exit', (code, signal) => {
    if (signal !== 'SIGTERM') crashed = code !== 0;
  });
  const url = await new Promise<string>((resolve) => {
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m?.[1]) resolve(m[1]);
    });
  });
  const pid = child.pid ?? 0;
  const rssBefore = rssMb(pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, rssMb(pid));
  }, 100);
  const body = JSON.stringify({ host: '127.0.0.1', port: tarpit.port, security: 'starttls' });
  const probes = autocannon(['-c', '500', '-a', '500', '-t', '60', '-m', 'POST', '-H', `authorization=Bearer ${TOKEN}`, '-H', 'content-type=application/json', '-b', body, `${url}/v1/probe`]);
  await new Promise((r) => setTimeout(r, 500));
  const health = await autocannon(['-c', '10', '-d', '4', `${url}/healthz`]);
  const load = await probes;
  clearInterval(sampler);
  const tarpitConnections = tarpit.connections();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  await tarpit.close();
  console.log('\n## 500 concurrent probes of a tarpit (stage timeout 4 s), /healthz under that load');
  console.log(`probes: ${load.requests.total} requests, 2xx ${load['2xx']}, non-2xx ${load.non2xx}, errors ${load.errors}, timeouts ${load.timeouts}, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms`);
  console.log(`tarpit saw ${tarpitConnections} connections`);
  console.log(`healthz: ${health.requests.total} requests, p50 ${health.latency.p50} ms, p99 ${health.latency.p99} ms, max ${health.latency.max} ms, errors ${health.errors}   (target p99 < 50 ms)`);
  console.log(`server RSS: ${rssBefore.toFixed(0)} MB idle, ${rssPeak.toFixed(0)} MB peak   (target < 300 MB)`);
  console.log(`server crashes: ${crashed ? 1 : 0}   (target 0)`);
}

console.log(`# bounce-lens probe benchmarks — ${new Date().toISOString()} — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
await discoveryBench();
await tarpitBench();
