// The native messaging host loop: frames in on stdin, frames out on stdout (nothing else may
// ever be written there). Requests run concurrently, each with its own AbortController; when
// the browser closes the port (stdin ends) everything running is aborted and the host returns.
import type { Readable, Writable } from 'node:stream';
import { encodeFrame, FrameReader, type FrameError } from './framing.ts';
import { parseRequest } from './request-schema.ts';
import { HELPER_PROTOCOL_VERSION, type HelperReply, type HelperRequest } from '../shared/helper-protocol.ts';
import type { LocalEngines } from './local-engines.ts';

/** Beyond this many running requests the host answers "busy". */
export const MAX_ACTIVE_REQUESTS = 4;
/** How long running requests get to wind down after the browser has gone. */
const SHUTDOWN_GRACE_MS = 1_000;

export interface HostOptions {
  input: Readable;
  output: Writable;
  engines: LocalEngines;
  version: string;
}

/** Exit status: 0 when the browser closed the port, 1 after a request that broke the framing. */
export function runHost({ input, output, engines, version }: HostOptions): Promise<number> {
  const reader = new FrameReader();
  const active = new Map<string, { controller: AbortController; done: Promise<void> }>();
  let outputOpen = true;
  let finished = false;

  const send = (reply: HelperReply): void => {
    if (!outputOpen) return;
    const encoded = encodeFrame(reply);
    if (encoded.ok) {
      output.write(encoded.frame);
      return;
    }
    const fallback = encodeFrame({ id: reply.id, kind: 'error', error: 'probe-failed', detail: `reply not sent: ${encoded.error}` });
    if (fallback.ok) output.write(fallback.frame);
  };

  const start = (request: Exclude<HelperRequest, { type: 'hello' | 'cancel' }>): void => {
    if (active.has(request.id)) return send({ id: request.id, kind: 'error', error: 'duplicate-id' });
    if (active.size >= MAX_ACTIVE_REQUESTS) return send({ id: request.id, kind: 'error', error: 'busy' });
    const controller = new AbortController();
    const done = engines
      .run(request, controller.signal, send)
      .catch((error: unknown) => {
        send({ id: request.id, kind: 'error', error: 'probe-failed', detail: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => {
        active.delete(request.id);
        send({ id: request.id, kind: 'done' });
      });
    active.set(request.id, { controller, done });
  };

  const handle = (message: unknown): void => {
    const parsed = parseRequest(message);
    if (!parsed.ok) return send({ id: parsed.id, kind: 'error', error: parsed.error, detail: parsed.detail });
    const request = parsed.request;
    switch (request.type) {
      case 'hello':
        return send({ id: request.id, kind: 'hello', version, protocol: HELPER_PROTOCOL_VERSION });
      case 'cancel': {
        // A running request answers "done" itself once it has stopped.
        const running = active.get(request.id);
        if (running) return running.controller.abort();
        return send({ id: request.id, kind: 'done' });
      }
      default:
        return start(request);
    }
  };

  return new Promise<number>((resolve) => {
    const finish = async (code: number): Promise<void> => {
      if (finished) return;
      finished = true;
      input.off('data', onData);
      input.destroy(); // an open stdin would keep the process alive
      for (const { controller } of active.values()) controller.abort();
      const settled = Promise.all([...active.values()].map((a) => a.done));
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([settled, new Promise((r) => { timer = setTimeout(r, SHUTDOWN_GRACE_MS); })]);
      clearTimeout(timer);
      resolve(code);
    };
    const frameError = (error: FrameError): void => send({ id: null, kind: 'error', error });
    const onData = (chunk: Buffer): void => {
      for (const frame of reader.push(chunk)) {
        if (frame.ok) handle(frame.message);
        else frameError(frame.error);
      }
      // After an oversize length the rest of the stream cannot be framed: answer once, leave.
      if (reader.stopped) {
        void finish(1);
      }
    };
    input.on('data', onData);
    input.once('end', () => void finish(0));
    input.once('close', () => void finish(0));
    input.once('error', () => void finish(0));
    // The browser went away mid-reply (EPIPE): nothing more can be said.
    output.on('error', () => {
      outputOpen = false;
      void finish(0);
    });
  });
}
