// Reads the contract start.sh writes ($BL_STACK_DIR/stack.json; README.md describes it).
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface StackUser {
  address: string;
  password: string;
}

export interface StackInfo {
  domain: string;
  hostname: string;
  smtpHost: string;
  ports: { smtp: number; submission: number; smtps: number; imap: number; lmtp: number };
  users: { alice: StackUser; bob: StackUser & { quotaBytes: number } };
  remote: { host: string; domain: string; hostname: string; sizeLimitBytes: number };
  roundcubeUrl: string;
  dns: { host: string; port: number };
  caCertPath: string;
  stateDir: string;
}

export function stackDir(): string {
  return process.env.BL_STACK_DIR ?? '/tmp/bounce-lens-stack';
}

export type StackRead = { ok: true; stack: StackInfo } | { ok: false; error: string };

export function readStack(dir: string = stackDir()): StackRead {
  const file = path.join(dir, 'stack.json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, error: `cannot read ${file} (is the stack started? bash scripts/mail-stack/start.sh): ${String(error)}` };
  }
  const s = parsed as Partial<StackInfo>;
  if (!s || typeof s.domain !== 'string' || !s.ports || !s.users?.alice || !s.users?.bob || !s.remote || typeof s.caCertPath !== 'string') {
    return { ok: false, error: `${file} lacks keys of the contract in scripts/mail-stack/README.md` };
  }
  return { ok: true, stack: s as StackInfo };
}
