// The popup's way to the local helper: ask for the nativeMessaging permission (on the user's
// click), then talk over the background's "helper" Port.
import browser from 'webextension-polyfill';
import type { HelperPortMessage, HelperPortRequest } from '../background/helper-port.ts';
import { loadSettings, saveSettings, validateOutgoingServer } from '../shared/settings.ts';
import type { Result } from '../shared/result.ts';

/** What the user pastes into a terminal to install the helper (shown with a copy button). */
export const HELPER_INSTALL_COMMAND = 'npx bounce-lens helper install';

export interface HelperConnection {
  send(request: HelperPortRequest): void;
  close(): void;
}

/** Everything the two-sided panel needs from the extension, so a test can hand in its own. */
export interface HelperAccess {
  /** Must be the first thing a click handler awaits: browsers grant permissions only in a user gesture. */
  permit(): Promise<boolean>;
  connect(onMessage: (message: HelperPortMessage) => void): HelperConnection;
  /** The user's own outgoing server from the settings ("" when none): the only host a login test goes to. */
  outgoingServer(): Promise<string>;
  /** Saves the outgoing server the user typed (validated); the saved host, or why not. */
  saveOutgoingServer(host: string): Promise<Result<string>>;
}

async function saveOutgoingServer(host: string): Promise<Result<string>> {
  const checked = validateOutgoingServer(host);
  if (!checked.ok || checked.value === '') return checked.ok ? { ok: false, error: 'opt_errOutgoingServer' } : checked;
  const saved = await saveSettings({ outgoingServer: checked.value });
  // An administrator's preset wins over what was typed: the login goes where it says.
  return { ok: true, value: saved.outgoingServer };
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

export const helperAccess: HelperAccess = {
  permit,
  connect,
  outgoingServer: async () => (await loadSettings()).outgoingServer,
  saveOutgoingServer,
};
