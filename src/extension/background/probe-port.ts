// The "probe" runtime Port: the popup sends one ProbePortRequest, the background relays each
// stage as it arrives and closes with a verdict or an error. Disconnecting aborts the probe.
import type { Runtime } from 'webextension-polyfill';
import type { ProbePortMessage } from '../messages.ts';
import { loadProbeConfig } from './probe-config.ts';
import { runProbe } from './probe-client.ts';
import { isExtensionPage } from './sender-check.ts';

export const PROBE_PORT = 'probe';

export function handleProbePort(port: Runtime.Port, ownId: string, ownOrigin: string): void {
  if (port.name !== PROBE_PORT) return;
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
  const post = (message: ProbePortMessage): void => {
    if (!closed) port.postMessage(message);
  };
  const onFirst = (message: unknown): void => {
    port.onMessage.removeListener(onFirst);
    const target = (message as { target?: unknown } | null)?.target;
    void (async () => {
      for await (const event of runProbe(await loadProbeConfig(), target, abort.signal)) post(event);
    })().catch((e: unknown) => post({ kind: 'error', error: 'ui_errProbeFailed', detail: String(e) }));
  };
  port.onMessage.addListener(onFirst);
}
