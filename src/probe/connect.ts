// TCP connect to an already-checked IP literal (never a name: no second DNS lookup), naming
// the way it failed: refused (RST), filtered (silence until the timeout), unreachable.
import net from 'node:net';
import type { FailureCode } from './types.ts';

export type ConnectOutcome = { ok: true; socket: net.Socket } | { ok: false; failure: FailureCode; error: string };

const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);

export function connectTcp(address: string, port: number, timeoutMs: number, signal?: AbortSignal): Promise<ConnectOutcome> {
  return new Promise((resolve) => {
    if (!net.isIP(address)) {
      resolve({ ok: false, failure: 'connect-error', error: 'not an IP literal' });
      return;
    }
    if (signal?.aborted) {
      resolve({ ok: false, failure: 'timeout', error: 'aborted' });
      return;
    }
    const socket = net.connect({ host: address, port });
    // A late error (a reset after we are done) must never become an uncaught exception.
    socket.on('error', () => undefined);
    const timer = setTimeout(() => finish({ ok: false, failure: 'filtered', error: `no answer in ${timeoutMs} ms` }), timeoutMs);
    const onAbort = (): void => finish({ ok: false, failure: 'timeout', error: 'aborted' });
    signal?.addEventListener('abort', onAbort, { once: true });
    function finish(outcome: ConnectOutcome): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.off('connect', onConnect);
      socket.off('error', onError);
      if (!outcome.ok) socket.destroy();
      resolve(outcome);
    }
    function onConnect(): void {
      finish({ ok: true, socket });
    }
    function onError(err: NodeJS.ErrnoException): void {
      const code = err.code ?? '';
      const failure: FailureCode = code === 'ECONNREFUSED' ? 'refused' : UNREACHABLE.has(code) ? 'unreachable' : code === 'ETIMEDOUT' ? 'filtered' : 'connect-error';
      finish({ ok: false, failure, error: code || err.message });
    }
    socket.once('connect', onConnect);
    socket.once('error', onError);
  });
}
