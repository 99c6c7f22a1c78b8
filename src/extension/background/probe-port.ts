// The probe's runtime Ports. The popup sends one request; the background relays each message of
// the probe's stream as it arrives and closes with a verdict or an error. Disconnecting aborts.
// "probe": a connection check of one server ({ target }); "bounce-check": the DNS checks of a
// bounce's facts ({ facts }). Only the extension's own pages may open them.
import type { Runtime } from 'webextension-polyfill';
import type { ProbePortMessage } from '../messages.ts';
import { BOUNCE_CHECK_PORT, type CheckPortMessage } from '../shared/bounce-check.ts';
import { loadProbeConfig, type ProbeConfig } from './probe-config.ts';
import { runProbe } from './probe-client.ts';
import { runBounceCheck } from './bounce-check-client.ts';
import { isExtensionPage } from './sender-check.ts';

export const PROBE_PORT = 'probe';

type ErrorMessage = { kind: 'error'; error: string; detail?: string };

/** Relays one run on a port: `field` of the first message is the request, `run` streams the answers. */
function relay<M extends ErrorMessage | { kind: string }>(
  port: Runtime.Port, ownId: string, ownOrigin: string, field: 'target' | 'facts',
  run: (config: ProbeConfig, request: unknown, signal: AbortSignal) => AsyncGenerator<M>,
): void {
  if (!port.sender || !isExtensionPage(port.sender, ownId, ownOrigin)) {
    port.disconnect();
    return;
  }
  const abort = new AbortController();
  let closed = false;
  port.onDisconnect.addListener(() => {
    closed = true;
    abort.abort();
  });
  const post = (message: M | ErrorMessage): void => {
    if (!closed) port.postMessage(message);
  };
  const onFirst = (message: unknown): void => {
    port.onMessage.removeListener(onFirst);
    const request = (message as Record<string, unknown> | null)?.[field];
    void (async () => {
      for await (const m of run(await loadProbeConfig(), request, abort.signal)) post(m);
    })().catch((e: unknown) => post({ kind: 'error', error: 'ui_errProbeFailed', detail: String(e) }));
  };
  port.onMessage.addListener(onFirst);
}

export function handleProbePort(port: Runtime.Port, ownId: string, ownOrigin: string): void {
  if (port.name === PROBE_PORT) relay<ProbePortMessage>(port, ownId, ownOrigin, 'target', runProbe);
}

export function handleBounceCheckPort(port: Runtime.Port, ownId: string, ownOrigin: string): void {
  if (port.name === BOUNCE_CHECK_PORT) relay<CheckPortMessage>(port, ownId, ownOrigin, 'facts', runBounceCheck);
}
