// A "user" network namespace joined to this machine's root namespace by a veth pair, to play
// an office network in front of the SMTP server. Traffic stays on this machine. Needs root.
import { execFileSync, spawnSync } from 'node:child_process';

const PREFIX = 'blh-';

function ip(...args: string[]): void {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Whether this machine lets us make namespaces (root, iproute2, nft). */
export function canUseNetns(): { ok: true } | { ok: false; why: string } {
  if (process.getuid?.() !== 0) return { ok: false, why: 'needs root' };
  const probe = `${PREFIX}probe-${process.pid}`;
  const add = spawnSync('ip', ['netns', 'add', probe], { encoding: 'utf8' });
  if (add.status !== 0) return { ok: false, why: `ip netns add failed: ${add.stderr || add.error?.message}` };
  const nft = spawnSync('ip', ['netns', 'exec', probe, 'nft', 'list', 'ruleset'], { encoding: 'utf8' });
  spawnSync('ip', ['netns', 'del', probe]);
  if (nft.status !== 0) return { ok: false, why: `nft does not run: ${nft.stderr || nft.error?.message}` };
  return { ok: true };
}

/** Namespaces left by a test run whose process died (names carry the pid). */
export function removeStaleNamespaces(): void {
  const list = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' }).stdout ?? '';
  for (const name of list.split('\n').map((l) => l.split(' ')[0] ?? '')) {
    const pid = new RegExp(`^${PREFIX}(?:probe-)?(\\d+)`).exec(name)?.[1];
    if (!pid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch {
      spawnSync('ip', ['netns', 'del', name]);
    }
  }
}

export interface UserNetwork {
  name: string;
  /** The server's address, in the root namespace. */
  serverAddress: string;
  userAddress: string;
  /** Replaces the namespace's firewall with these nft rules. */
  firewall(rules: string): void;
  destroy(): void;
}

export function createUserNetwork(): UserNetwork {
  const tag = `${process.pid}-${Math.floor(Math.random() * 1e4)}`;
  const name = `${PREFIX}${tag}`;
  // Interface names: at most 15 characters.
  const outer = `blh${(process.pid % 1e5).toString(36)}${Math.floor(Math.random() * 1e3).toString(36)}`.slice(0, 13);
  const net = `10.${200 + Math.floor(Math.random() * 50)}.${Math.floor(Math.random() * 250)}`;
  const serverAddress = `${net}.1`;
  const userAddress = `${net}.2`;
  const destroy = (): void => {
    spawnSync('ip', ['netns', 'del', name]);
    spawnSync('ip', ['link', 'del', `${outer}a`]);
  };
  try {
    ip('netns', 'add', name);
    ip('link', 'add', `${outer}a`, 'type', 'veth', 'peer', 'name', `${outer}b`);
    ip('link', 'set', `${outer}b`, 'netns', name);
    ip('addr', 'add', `${serverAddress}/30`, 'dev', `${outer}a`);
    ip('link', 'set', `${outer}a`, 'up');
    ip('-n', name, 'addr', 'add', `${userAddress}/30`, 'dev', `${outer}b`);
    ip('-n', name, 'link', 'set', `${outer}b`, 'up');
    ip('-n', name, 'link', 'set', 'lo', 'up');
  } catch (error) {
    destroy();
    throw error;
  }
  return {
    name,
    serverAddress,
    userAddress,
    firewall(rules) {
      execFileSync('ip', ['netns', 'exec', name, 'nft', '-f', '-'], { input: `flush ruleset\n${rules}\n` });
    },
    destroy,
  };
}
