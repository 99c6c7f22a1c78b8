// The "helper" runtime Port: a relay between the popup and the local helper (native messaging),
// so the popup can look at SMTP ports from the user's own machine. The background stores
// nothing: a password in a probe request passes straight through to the helper.
import browser, { type Runtime } from 'webextension-polyfill';
import type { HelperReply, HelperRequest } from '../../shared/helper-protocol.ts';
import { isExtensionPage } from './sender-check.ts';

export const HELPER_PORT = 'helper';
export const NATIVE_HOST = 'com.proredline.bounce_lens';
const HELLO_ID = 'hello';

/** What the popup receives: the helper's replies, or why there is no helper to talk to. */
export type HelperPortMessage =
  | HelperReply
  /** No helper answered (not installed, or it failed to start); the popup explains how to install it. */
  | { kind: 'missing' }
  /** The nativeMessaging permission was not granted, so the browser offers no way to the helper. */
  | { kind: 'no-permission' }
  /** The helper went away after it had answered. */
  | { kind: 'closed' };

/** What the popup may send: everything but hello, which the background sends itself. */
export type HelperPortRequest = Exclude<HelperRequest, { type: 'hello' }>;

export type ConnectNative = (application: string) => Runtime.Port;

const RELAYED: ReadonlySet<string> = new Set(['observe', 'probe', 'cancel']);

function isRelayable(message: unknown): message is HelperPortRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, id } = message as { type?: unknown; id?: unknown };
  return typeof type === 'string' && RELAYED.has(type) && typeof id === 'string' && id !== HELLO_ID;
}

/** Chrome leaves connectNative undefined until nativeMessaging is granted. */
function browserConnectNative(): ConnectNative | null {
  const runtime = browser.runtime as { connectNative?: ConnectNative };
  return typeof runtime.connectNative === 'function' ? (name) => (runtime.connectNative as ConnectNative)(name) : null;
}

export function handleHelperPort(
  port: Runtime.Port,
  ownId: string,
  ownOrigin: string,
  connectNative: ConnectNative | null = browserConnectNative(),
): void {
  if (port.name !== HELPER_PORT) return;
  if (!port.sender || !isExtensionPage(port.sender, ownId, ownOrigin)) {
    port.disconnect();
    return;
  }
  let popupOpen = true;
  const post = (message: HelperPortMessage): void => {
    if (popupOpen) port.postMessage(message);
  };
  const end = (message: HelperPortMessage): void => {
    post(message);
    popupOpen = false;
    port.disconnect();
  };

  let native: Runtime.Port;
  try {
    if (!connectNative) return end({ kind: 'no-permission' });
    native = connectNative(NATIVE_HOST);
  } catch {
    return end({ kind: 'missing' }); // a browser may throw at once instead of disconnecting
  }
  let greeted = false;
  // Chrome throws when posting to a port that has just gone: tell the popup rather than crash.
  const toNative = (message: HelperRequest): void => {
    try {
      native.postMessage(message);
    } catch {
      if (popupOpen) end(greeted ? { kind: 'closed' } : { kind: 'missing' });
    }
  };
  native.onMessage.addListener((message: unknown) => {
    if (typeof message !== 'object' || message === null) return; // not a reply: the helper only sends objects
    const reply = message as HelperReply;
    if (reply.kind === 'hello' && reply.id === HELLO_ID) greeted = true;
    post(reply);
  });
  native.onDisconnect.addListener(() => {
    if (popupOpen) end(greeted ? { kind: 'closed' } : { kind: 'missing' });
  });
  port.onDisconnect.addListener(() => {
    popupOpen = false;
    native.disconnect(); // the helper sees stdin close and exits
  });
  port.onMessage.addListener((message: unknown) => {
    if (isRelayable(message)) toNative(message);
    else post({ id: null, kind: 'error', error: 'invalid-request', detail: 'not a helper request' });
  });
  toNative({ type: 'hello', id: HELLO_ID });
}
