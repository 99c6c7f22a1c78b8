// The real `bounce-lens serve` process, as an operator starts it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../../bin/bounce-lens.js', import.meta.url));
export const SERVE_TOKEN = 'security-test-token-0123456789';

export interface ServeProcess {
  child: ChildProcessWithoutNullStreams;
  port: number;
  stop(): Promise<void>;
}

/** Runs `serve` to completion (for refused options): exit code and stderr. */
export function serveExit(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--quiet', ...args], { env: { ...process.env, BOUNCE_LENS_TOKEN: SERVE_TOKEN, LANG: 'C' } });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  // A server that did start is stopped, so the test sees it started instead of hanging.
  const timer = setTimeout(() => child.kill('SIGTERM'), 15_000);
  child.stderr.on('data', () => {
    if (/http:\/\/127\.0\.0\.1:\d+/.test(stderr)) child.kill('SIGTERM');
  });
  return new Promise((resolve) => child.once('exit', (code) => {
    clearTimeout(timer);
    resolve({ code, stderr });
  }));
}

export function startServe(args: string[]): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--quiet', ...args], { env: { ...process.env, BOUNCE_LENS_TOKEN: SERVE_TOKEN, LANG: 'C' } });
  let stderr = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not start: ${stderr}`));
    }, 30_000);
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      const port = /http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr)?.[1];
      if (!port) return;
      clearTimeout(timer);
      resolve({
        child,
        port: Number(port),
        stop: () => new Promise<void>((done) => {
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${String(code)}: ${stderr}`)));
  });
}
