// The real probe server (`bounce-lens serve --allow-private`) as a child process on a loopback
// address, for tests that press the extension's probe buttons against it.
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

export interface ProbeServer {
  /** http://HOST:PORT, without a trailing slash. */
  url: string;
  /** Stops the server and waits until it has exited. */
  close(): Promise<void>;
}

/** How long the server may take to answer /healthz (a cold start on 2 shared cores). */
const START_MS = 15_000;

/** A TCP port nothing listens on at this moment. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts the probe server on `host` with `token` and resolves once /healthz answers. */
export async function startProbeServer(token: string, host = '127.0.0.1'): Promise<ProbeServer> {
  const port = await freePort();
  const url = `http://${host}:${port}`;
  const child = spawn(process.execPath, [join(ROOT, 'bin/bounce-lens.js'), 'serve', '--host', host, '--port', String(port), '--token', token, '--allow-private'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let spawnError: Error | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.once('error', (error) => {
      spawnError = error;
      resolve();
    });
  });
  const close = async (): Promise<void> => {
    if (!spawnError && child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
  };
  const deadline = Date.now() + START_MS;
  while (Date.now() < deadline) {
    if (spawnError) throw new Error(`probe server could not start: ${spawnError.message}`);
    if (child.exitCode !== null) throw new Error(`probe server exited with ${child.exitCode} before answering at ${url}`);
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) return { url, close };
    await new Promise((r) => setTimeout(r, 100));
  }
  await close();
  throw new Error(`probe server did not answer at ${url}/healthz within ${START_MS} ms`);
}
