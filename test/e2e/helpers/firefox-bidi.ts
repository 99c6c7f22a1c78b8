// firefox-esr with the built extension (web-ext run), driven over WebDriver BiDi: playwright-core
// cannot drive a stock Firefox, but Firefox itself speaks BiDi on --remote-debugging-port. BiDi
// may not navigate to a moz-extension:// page, but it may script one that the extension opened
// (the help page a note's "Help on this" opens), and that page may go to the popup itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import WebSocket from 'ws';
import { ROOT } from './paths.ts';
import { freePort } from './probe-server.ts';

const WEB_EXT = join(ROOT, 'node_modules/web-ext/bin/web-ext.js');

export interface FirefoxSession {
  /** Opens a new tab at a URL; resolves with its browsing context id once loaded. */
  open(url: string): Promise<string>;
  /** Evaluates an expression (awaiting a promise) in a tab; returns its JSON-able value. */
  evaluate<T>(context: string, expression: string): Promise<T>;
  close(): Promise<void>;
  /** Browsing contexts (tabs) and their URLs. */
  tabs(): Promise<{ context: string; url: string }[]>;
  reload(context: string): Promise<void>;
}

interface BidiReply { id?: number; type?: string; result?: unknown; error?: string; message?: string }

/** Turns a BiDi remote value into plain JSON. */
function fromRemote(value: { type: string; value?: unknown }): unknown {
  switch (value.type) {
    case 'string': case 'number': case 'boolean': return value.value;
    case 'null': case 'undefined': return null;
    case 'array': return (value.value as { type: string }[]).map(fromRemote);
    case 'object': return Object.fromEntries((value.value as [string, { type: string }][]).map(([k, v]) => [k, fromRemote(v)]));
    default: return value.value ?? null;
  }
}

export async function launchFirefox(extensionDir: string, prefs: Record<string, string> = {}): Promise<FirefoxSession> {
  const port = await freePort();
  const prefArgs = Object.entries({
    // No network but loopback: every proxied request goes to a dead port.
    'network.proxy.type': '1', 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': '9',
    'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': '9', 'network.proxy.no_proxies_on': '127.0.0.1',
    ...prefs,
  }).flatMap(([k, v]) => ['--pref', `${k}=${v}`]);
  const child: ChildProcess = spawn(process.execPath, [
    WEB_EXT, 'run', '--source-dir', extensionDir, '--firefox', '/usr/bin/firefox-esr', '--no-input', '--no-reload',
    '--no-config-discovery', `--arg=--remote-debugging-port=${port}`, ...prefArgs,
  ], { cwd: ROOT, detached: true, stdio: 'ignore', env: { ...process.env, MOZ_HEADLESS: '1' } });
  const kill = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };

  let socket: WebSocket | undefined;
  for (let i = 0; i < 120 && !socket; i++) {
    await new Promise((r) => setTimeout(r, 500));
    socket = await new Promise<WebSocket | undefined>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/session`);
      ws.once('open', () => resolve(ws));
      ws.once('error', () => resolve(undefined));
    });
  }
  if (!socket) {
    kill();
    throw new Error('firefox-esr did not open its BiDi port');
  }
  const ws = socket;
  let next = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  ws.on('message', (data: Buffer) => {
    const reply = JSON.parse(data.toString()) as BidiReply;
    if (reply.id === undefined) return;
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.type === 'error') waiter?.reject(new Error(`${reply.error}: ${reply.message}`));
    else waiter?.resolve(reply.result);
  });
  const send = <T>(method: string, params: Record<string, unknown>): Promise<T> => new Promise<T>((resolve, reject) => {
    const id = ++next;
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    ws.send(JSON.stringify({ id, method, params }));
  });

  await send('session.new', { capabilities: {} });
  const session: FirefoxSession = {
    async open(url) {
      const { context } = await send<{ context: string }>('browsingContext.create', { type: 'tab' });
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
      return context;
    },
    async evaluate<T>(context: string, expression: string) {
      const result = await send<{ type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } }>('script.evaluate', {
        expression, target: { context }, awaitPromise: true, resultOwnership: 'none',
      });
      if (result.type === 'exception') throw new Error(`in the page: ${result.exceptionDetails?.text ?? 'exception'}`);
      return fromRemote(result.result ?? { type: 'undefined' }) as T;
    },
    async tabs() {
      const tree = await send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', {});
      return tree.contexts.map(({ context, url }) => ({ context, url }));
    },
    async reload(context) {
      await send('browsingContext.reload', { context, wait: 'complete' });
    },
    async close() {
      await send('session.end', {}).catch(() => undefined);
      ws.close();
      kill();
    },
  };
  return session;
}

/** Polls an expression in a tab until it returns something truthy (or gives up). */
export async function waitIn<T>(session: FirefoxSession, context: string, expression: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await session.evaluate<T>(context, expression).catch(() => null);
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for: ${expression}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
