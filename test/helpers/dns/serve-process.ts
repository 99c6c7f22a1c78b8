// A real `bounce-lens serve` process (bin/bounce-lens.js) on a loopback port, for tests with
// several instances; stopped with SIGTERM (its drain path) by stop().
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { readFileSync } from 'node:fs';

const root = new URL('../../../', import.meta.url).pathname;

export interface ServeProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Sends SIGTERM and waits for the exit code. */
  stop(): Promise<number | null>;
  rssBytes(): number;
}

export async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as net.AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

export async function startServe(args: string[], env: Record<string, string>, port?: number): Promise<ServeProcess> {
  const p = port ?? (await freePort());
  const child = spawn(process.execPath, [`${root}bin/bounce-lens.js`, 'serve', '--quiet', '--port', String(p), ...args], {
    cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => { err += d.toString(); });
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 30_000);
    const poll = setInterval(() => {
      if (err.includes('http://127.0.0.1:')) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }
    }, 50);
    void exit.then((code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`serve exited (${code}): ${err}`));
    });
  });
  return {
    url: `http://127.0.0.1:${p}`, port: p, child,
    stop: async () => {
      child.kill('SIGTERM');
      return exit;
    },
    rssBytes: () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      } catch {
        return 0;
      }
    },
  };
}
