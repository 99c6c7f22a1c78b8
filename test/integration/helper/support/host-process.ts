// Runs the real helper host (`bounce-lens helper host`, as the browser does) and speaks the
// native messaging framing to it, optionally inside a network namespace.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { encodeFrame, FrameReader, MAX_REPLY_BYTES } from '../../../../src/helper/framing.ts';
import type { HelperReply } from '../../../../src/shared/helper-protocol.ts';

const BIN = fileURLToPath(new URL('../../../../bin/bounce-lens.js', import.meta.url));

export interface HostProcess {
  child: ChildProcessWithoutNullStreams;
  replies: HelperReply[];
  stderr: () => string;
  send(message: unknown): void;
  sendRaw(bytes: Buffer): void;
  /** Resolves with the first reply (from now on or already received) that matches. */
  waitFor(match: (r: HelperReply) => boolean, timeoutMs?: number): Promise<HelperReply>;
  /** All replies for one request id, up to and including its "done". */
  collect(id: string, timeoutMs?: number): Promise<HelperReply[]>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startHost(options: { netns?: string; env?: NodeJS.ProcessEnv } = {}): HostProcess {
  const args = [BIN, 'helper', 'host', 'chrome-extension://test/'];
  const child = options.netns
    ? spawn('ip', ['netns', 'exec', options.netns, process.execPath, ...args], { env: { ...process.env, ...options.env } })
    : spawn(process.execPath, args, { env: { ...process.env, ...options.env } });
  const reader = new FrameReader(MAX_REPLY_BYTES);
  const replies: HelperReply[] = [];
  const listeners = new Set<() => void>();
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  child.stdout.on('data', (chunk: Buffer) => {
    for (const frame of reader.push(chunk)) {
      if (!frame.ok) throw new Error(`host sent a broken frame: ${frame.error}`);
      replies.push(frame.message as HelperReply);
    }
    for (const l of listeners) l();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      resolve({ code, signal });
      for (const l of listeners) l();
    });
  });

  const waitFor = (match: (r: HelperReply) => boolean, timeoutMs = 15_000): Promise<HelperReply> =>
    new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = replies.find(match);
        if (found) {
          cleanup();
          resolve(found);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no matching reply in ${timeoutMs} ms; got ${JSON.stringify(replies)}; stderr: ${stderr}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        listeners.delete(listener);
      };
      const listener = (): void => void check();
      listeners.add(listener);
      check();
    });

  return {
    child,
    replies,
    stderr: () => stderr,
    send(message) {
      const encoded = encodeFrame(message);
      if (!encoded.ok) throw new Error(encoded.error);
      child.stdin.write(encoded.frame);
    },
    sendRaw(bytes) {
      child.stdin.write(bytes);
    },
    waitFor,
    async collect(id, timeoutMs) {
      await waitFor((r) => r.id === id && r.kind === 'done', timeoutMs);
      return replies.filter((r) => r.id === id);
    },
    exited,
  };
}
