// The "bounce-check" runtime Port: the popup sends { facts }, the background relays each check
// row as the probe streams it and closes with the verdict or an error. Disconnecting aborts.
import type { Runtime } from 'webextension-polyfill';
import { BOUNCE_CHECK_PORT, type CheckPortMessage } from '../shared/bounce-check.ts';
import { loadSettings } from '../shared/settings.ts';
import { runBounceCheck } from './bounce-check-client.ts';
import { isExtensionPage } from './sender-check.ts';

export function handleBounceCheckPort(port: Runtime.Port, ownId: string, ownOrigin: string): void {
  if (port.name !== BOUNCE_CHECK_PORT) return;
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
  const post = (m: CheckPortMessage): void => {
    if (!closed) port.postMessage(m);
  };
  const onFirst = (message: unknown): void => {
    port.onMessage.removeListener(onFirst);
    const facts = (message as { facts?: unknown } | null)?.facts;
    void (async () => {
      const settings = await loadSettings();
      for await (const m of runBounceCheck(settings, facts, abort.signal)) post(m);
    })().catch((e: unknown) => post({ kind: 'error', error: 'ui_errProbeFailed', detail: String(e) }));
  };
  port.onMessage.addListener(onFirst);
}
