// Issue 13, item 11 (the helper's observe request). Attack: a forged bounce names a host, the
// extension asks the local helper to observe it, and the helper connects from the user's machine
// to cloud metadata (169.254.169.254), to "0.0.0.0" (this machine), or to broadcast and
// reserved addresses. Played against the real helper process inside its own network namespace,
// where a real trap listens on every address of the SMTP ports and counts what reaches it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startHost, type HostProcess } from '../integration/helper/support/host-process.ts';
import { canUseNetns, createUserNetwork, removeStaleNamespaces, type UserNetwork } from '../integration/helper/support/netns.ts';

const PORTS = [25, 465, 587, 2525];
const netns = canUseNetns();

describe.skipIf(!netns.ok)(`helper observe: the address guard${netns.ok ? '' : ` (skipped: ${netns.why})`}`, () => {
  let network: UserNetwork | undefined;
  let trap: ChildProcess | undefined;
  let helper: HostProcess | undefined;
  const reached: string[] = [];
  let requests = 0;

  beforeAll(async () => {
    removeStaleNamespaces();
    network = createUserNetwork();
    // Metadata lives on this "machine" too, so a connection to it would land on the trap.
    execFileSync('ip', ['-n', network.name, 'addr', 'add', '169.254.169.254/32', 'dev', 'lo']);
    const script = fileURLToPath(new URL('./support/port-trap.mjs', import.meta.url));
    trap = spawn('ip', ['netns', 'exec', network.name, process.execPath, script, ...PORTS.map(String)], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      let out = '';
      trap?.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('ready')) resolve();
        for (const line of d.toString().split('\n')) if (line.startsWith('conn ')) reached.push(line);
      });
      trap?.once('exit', (code) => reject(new Error(`trap exited ${String(code)}`)));
    });
    helper = startHost({ netns: network.name });
  });

  afterAll(() => {
    helper?.child.kill('SIGKILL');
    trap?.kill('SIGKILL');
    network?.destroy();
  });

  async function observe(host: string) {
    const id = `o${++requests}`;
    (helper as HostProcess).send({ type: 'observe', id, host, ports: PORTS, timeoutMs: 1_500 });
    return (helper as HostProcess).collect(id, 15_000);
  }

  it.each([
    '169.254.169.254', '::ffff:169.254.169.254', '::ffff:a9fe:a9fe', '0.0.0.0', '::', '::ffff:0.0.0.0',
    '224.0.0.1', '255.255.255.255', '240.0.0.1', '::7f00:1', 'ff02::1',
  ])('%s: refused before any connection', async (host) => {
    const replies = await observe(host);
    expect(replies.filter((r) => r.kind === 'observation')).toEqual([]);
    expect(replies[0]).toMatchObject({ kind: 'error', error: 'forbidden-address' });
    expect(replies.at(-1)).toMatchObject({ kind: 'done' });
  });

  it('nothing reached the trap', () => {
    expect(reached).toEqual([]);
  });

  it('control: the user’s own machine and LAN stay allowed, and the trap does count them', async () => {
    const replies = await observe('127.0.0.1');
    const observed = replies.flatMap((r) => (r.kind === 'observation' ? [r.observation] : []));
    expect(observed.map((o) => o.connect)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(reached.length).toBeGreaterThanOrEqual(PORTS.length);
  });
});
