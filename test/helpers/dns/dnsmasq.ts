// A real dnsmasq (Debian's) on 127.0.0.1 at a high port, answering only the zones it is given
// (no upstream, no /etc/hosts, NXDOMAIN for the rest of .test). Stopped by the returned stop().
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { queryServer } from '../../../src/probe/checks/dns-client.ts';

export interface RunningDnsmasq {
  host: string;
  port: number;
  /** "127.0.0.1:PORT", the --dns-server form. */
  server: string;
  /** The queries dnsmasq logged so far (names asked). */
  queries(): string[];
  stop(): Promise<void>;
}

export const DNSMASQ = '/usr/sbin/dnsmasq';

async function tryStart(conf: string[], port: number, dir: string): Promise<{ child: ChildProcess; log: string } | null> {
  const log = join(dir, 'queries.log');
  const file = join(dir, 'dnsmasq.conf');
  writeFileSync(file, [
    `port=${port}`, 'listen-address=127.0.0.1', 'bind-interfaces', 'no-resolv', 'no-hosts', 'no-poll',
    'local=/test/', 'local=/invalid/', 'local-ttl=300', 'neg-ttl=60', 'log-queries', `log-facility=${log}`,
    'user=', 'pid-file=', ...conf, '',
  ].join('\n'));
  const child = spawn(DNSMASQ, ['--keep-in-foreground', `--conf-file=${file}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => { err += d.toString(); });
  const exited = new Promise<null>((r) => child.once('exit', () => r(null)));
  for (let i = 0; i < 50; i++) {
    const answer = await Promise.race([queryServer({ host: '127.0.0.1', port }, 'probe-ready.invalid', 'A', 200), exited]);
    if (answer === null) {
      if (/address already in use/i.test(err)) return null;
      throw new Error(`dnsmasq exited: ${err}`);
    }
    if (answer.rcode !== 'TIMEOUT') return { child, log };
  }
  child.kill('SIGTERM');
  throw new Error(`dnsmasq did not answer: ${err}`);
}

/** Starts dnsmasq with extra configuration lines (host-record=, txt-record=, mx-host=, dns-rr=, …). */
export async function startDnsmasq(conf: string[]): Promise<RunningDnsmasq> {
  if (!existsSync(DNSMASQ)) throw new Error(`${DNSMASQ} is missing: run scripts/install-system-deps.sh (Debian package dnsmasq-base)`);
  const dir = mkdtempSync(join(tmpdir(), 'bl-dnsmasq-'));
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = 53_500 + Math.floor(Math.random() * 500);
    const started = await tryStart(conf, port, dir);
    if (!started) continue;
    const { child, log } = started;
    return {
      host: '127.0.0.1', port, server: `127.0.0.1:${port}`,
      queries: () => {
        try {
          return [...readFileSync(log, 'utf8').matchAll(/query\[[A-Z0-9]+\] (\S+) from/g)].map((m) => m[1] ?? '');
        } catch {
          return [];
        }
      },
      stop: async () => {
        const exited = new Promise<void>((r) => child.once('exit', () => r()));
        child.kill('SIGTERM');
        await exited;
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error('dnsmasq: no free port in 53500-53999');
}
