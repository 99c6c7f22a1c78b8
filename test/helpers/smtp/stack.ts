// Reads the mail stack's contract ($BL_STACK_DIR/stack.json, see scripts/mail-stack/README.md)
// and resolves names through the stack's own dnsmasq, never the machine's resolver.
import { promises as dnsp } from 'node:dns';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Resolver } from '../../../src/probe/dns.ts';

export interface Stack {
  domain: string;
  hostname: string;
  smtpHost: string;
  ports: { smtp: number; submission: number; smtps: number };
  users: Record<string, { address: string; password: string }>;
  remote: { host: string; domain: string; hostname: string };
  dns: { host: string; port: number };
  caCertPath: string;
}

export const STACK_FILE = join(process.env.BL_STACK_DIR ?? '/tmp/bounce-lens-stack', 'stack.json');

export function readStack(): Stack | null {
  return existsSync(STACK_FILE) ? (JSON.parse(readFileSync(STACK_FILE, 'utf8')) as Stack) : null;
}

const EMPTY = new Set(['ENOTFOUND', 'ENODATA']);
async function orEmpty<T>(p: Promise<T[]>): Promise<T[]> {
  try {
    return await p;
  } catch (err) {
    if (EMPTY.has((err as NodeJS.ErrnoException).code ?? '')) return [];
    throw err;
  }
}

export function stackResolver(stack: Stack): Resolver {
  const r = new dnsp.Resolver({ timeout: 1000, tries: 1 });
  r.setServers([`${stack.dns.host}:${stack.dns.port}`]);
  return {
    addresses: async (name) => [...await orEmpty(r.resolve4(name)), ...await orEmpty(r.resolve6(name))],
    mx: (name) => orEmpty(r.resolveMx(name)),
    srv: (name) => orEmpty(r.resolveSrv(name)),
  };
}
