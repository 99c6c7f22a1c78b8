// What the host runs for each request, from the user's own machine: the port observation for
// the two-sided verdict, and the probe's stage engine (src/probe) with the client's vantage.
import { SMTP_PORTS } from '../core/two-sided-verdict.ts';
import type { GuardPolicy } from '../probe/options.ts';
import { defaultEngineOptions } from '../probe/options.ts';
import { resolveChecked } from '../probe/target.ts';
import type { HelperReply, HelperRequest } from './protocol.ts';
import { observePort } from './port-observer.ts';

/**
 * Where the helper may connect, for observe and probe alike: SMTP ports only; the user's own
 * mail server may sit on their LAN (private and loopback pass), but link-local (cloud
 * metadata), multicast, broadcast, unspecified and reserved addresses never do.
 */
const HELPER_POLICY: GuardPolicy = { ports: SMTP_PORTS, allowPrivate: true, allowedNetworks: [] };

export type RunnableRequest = Extract<HelperRequest, { type: 'observe' | 'probe' }>;
export type Send = (reply: HelperReply) => void;

export interface LocalEngines {
  /** Streams replies for one request through `send`; resolves when it is over. */
  run(request: RunnableRequest, signal: AbortSignal, send: Send): Promise<void>;
}

async function observe(request: Extract<RunnableRequest, { type: 'observe' }>, signal: AbortSignal, send: Send): Promise<void> {
  // One lookup, every address checked, then connections to that address only (no second
  // lookup that a rebinding DNS could answer differently).
  const checked = await resolveChecked(request.host, defaultEngineOptions({ policy: HELPER_POLICY, signal }));
  if (!checked.ok) {
    const error = checked.error.code === 'forbidden-address' ? 'forbidden-address' : 'invalid-request';
    send({ id: request.id, kind: 'error', error, detail: checked.error.code });
    return;
  }
  const address = checked.value.addresses[0];
  // Each port reports as soon as it is known, so a blocked port (a timeout) does not hold up the rest.
  await Promise.all(request.ports.map(async (port) => {
    const observation = address === undefined
      ? { port, connect: 'unreachable' as const, greeting: null, certFingerprint: null, tlsVerified: null }
      : await observePort(request.host, port, { address, timeoutMs: request.timeoutMs, signal });
    if (!signal.aborted) send({ id: request.id, kind: 'observation', observation });
  }));
}

async function probe(request: Extract<RunnableRequest, { type: 'probe' }>, signal: AbortSignal, send: Send): Promise<void> {
  // Loaded on demand, so that hello and observe answer without loading the whole engine.
  const engine = await import('../probe/index.ts');
  // The password lives in this one object for this one run, and is dropped in `finally`.
  const held = { credentials: request.auth };
  request.auth = null;
  const options = engine.defaultEngineOptions({
    vantage: 'client',
    policy: HELPER_POLICY,
    stageTimeoutMs: request.timeoutMs,
    signal,
    ...(held.credentials ? { credentials: held.credentials } : {}),
  });
  const translate = engine.loadTranslate(request.lang);
  try {
    const run = engine.runProbe({ host: request.host, port: request.port, security: request.security }, options);
    for (;;) {
      const next = await run.next();
      if (signal.aborted) return;
      if (next.done) {
        send({ id: request.id, kind: 'verdict', verdict: engine.renderVerdict(next.value, translate) });
        return;
      }
      send({ id: request.id, kind: 'stage', event: engine.renderWireStage(next.value, translate) });
    }
  } finally {
    held.credentials = null;
    delete options.credentials;
  }
}

export const localEngines: LocalEngines = {
  run(request, signal, send) {
    return request.type === 'observe' ? observe(request, signal, send) : probe(request, signal, send);
  },
};
