// The popup's way to the local helper: ask for the nativeMessaging permission (on the user's
// click), then talk over the background's "helper" Port.
import browser from 'webextension-polyfill';
import type { HelperPortMessage, HelperPortRequest } from '../background/helper-port.ts';

export interface HelperConnection {
  send(request: HelperPortRequest): void;
  close(): void;
}

/** Everything the two-sided panel needs from the extension, so a test can hand in its own. */
export interface HelperAccess {
  /** Must be the first thing a click handler awaits: browsers grant permissions only in a user gesture. */
  permit(): Promise<boolean>;
  connect(onMessage: (message: HelperPortMessage) => void): HelperConnection;
}

function permit(): Promise<boolean> {
  return browser.permissions.request({ permissions: ['nativeMessaging'] }).catch(() => false);
}

function connect(onMessage: (message: HelperPortMessage) => void): HelperConnection {
  const port = browser.runtime.connect({ name: 'helper' });
  let open = true;
  port.onMessage.addListener((message: unknown) => onMessage(message as HelperPortMessage));
  port.onDisconnect.addListener(() => {
    if (open) onMessage({ kind: 'closed' });
    open = false;
  });
  return {
    send: (request) => {
      if (open) port.postMessage(request);
    },
    close: () => {
      if (!open) return;
      open = false;
      port.disconnect();
    },
  };
}

export const helperAccess: HelperAccess = { permit, connect };
