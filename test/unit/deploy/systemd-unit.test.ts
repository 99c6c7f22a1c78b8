// deploy/bounce-lens-probe.service passes `systemd-analyze verify` and keeps its hardening.
// A deliberately broken copy must fail, so the check is known to bite.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const unitPath = new URL('../../../deploy/bounce-lens-probe.service', import.meta.url).pathname;
const ANALYZE = '/usr/bin/systemd-analyze';
const HAVE = existsSync(ANALYZE);

function verify(path: string): { status: number | null; out: string } {
  const r = spawnSync(ANALYZE, ['verify', path], { encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe.skipIf(!HAVE)('systemd unit (install systemd: scripts/install-system-deps.sh)', () => {
  it('verifies cleanly', () => {
    const r = verify(unitPath);
    expect(r.out).toBe('');
    expect(r.status).toBe(0);
  });
  it('is hardened and runs serve --public with the drain', () => {
    const unit = readFileSync(unitPath, 'utf8');
    for (const line of ['DynamicUser=yes', 'NoNewPrivileges=yes', 'ProtectSystem=strict', 'ProtectHome=yes', 'PrivateTmp=yes',
      'CapabilityBoundingSet=\n', 'RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX', 'SystemCallFilter=@system-service', 'KillSignal=SIGTERM']) {
      expect(unit).toContain(line);
    }
    expect(unit).toMatch(/^ExecStart=.* serve --public .*--drain-timeout \d+/m);
  });
  it('control: a unit with an unknown directive and no ExecStart fails verification', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bl-unit-'));
    try {
      const broken = join(dir, 'broken.service');
      writeFileSync(broken, readFileSync(unitPath, 'utf8').replace(/^ExecStart=.*$/m, 'ExecStartt=/nonexistent/bin'));
      const r = verify(broken);
      expect(r.status === 0 && r.out === '').toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
