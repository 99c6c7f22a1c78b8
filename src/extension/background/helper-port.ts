// The "helper" runtime Port: a relay between the popup and the local helper (native messaging),
// so the popup can look at SMTP ports from the user's own machine. The background stores
// nothing: a password in a probe request passes straight through to the helper, but only
// towards the user's own outgoing server (settings or the administrator's preset) on a mail
// submission port. The popup may have been shown a host by a forged bounce or a pasted text;
// this is the one place that decides where a password may go, so the popup cannot be talked
// into anything else.
import browser, { type Runtime } from 'webextension-polyfill';
import type { HelperReply, HelperRequest } from '../../shared/helper-protocol.ts';
import { isExtensionPage } from './sender-check.ts';
import { loadSettings } from '../shared/settings.ts';
import { DEFAULT_PROFILE } from '../../core/profile/index.ts';
import { SUBMISSION_PORTS } from '../../core/two-sided-verdict.ts';

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
  | { kind: 'closed' }
  /** A login test the background refused: no own server is set, or the request named another host or port. */
  | { kind: 'login-refused'; id: string; reason: LoginRefusal };

export type LoginRefusal = 'no-outgoing-server' | 'not-own-server' | 'not-submission-port';

/** Where a password may go: the user's own outgoing server and the ports it takes mail on. */
export interface LoginTarget {
  host: string;
  ports: number[];
}

/** The user's own outgoing server from the settings in effect, and the profile's ports plus the submission ports. */
export async function ownLoginTarget(): Promise<LoginTarget> {
  const settings = await loadSettings();
  const profile = settings.profile.kind === 'custom' ? settings.profile.profile : DEFAULT_PROFILE;
  return { host: settings.outgoingServer, ports: [...new Set([...profile.smtp.ports.map((p) => p.port), ...SUBMISSION_PORTS])] };
}

/** Why a probe request may not carry a password, or null when it may (or carries none). */
export function loginRefusal(request: HelperPortRequest, target: LoginTarget): LoginRefusal | null {
  if (request.type !== 'probe' || request.auth === null) return null;
  if (target.host === '') return 'no-outgoing-server';
  if (request.host.trim().toLowerCase().replace(/\.$/, '') !== target.host.toLowerCase()) return 'not-own-server';
  if (!target.ports.includes(request.port)) return 'not-submission-port';
  return null;
}

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
  loginTarget: () => Promise<LoginTarget> = ownLoginTarget,
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
  // Requests keep their order, so a cancel never overtakes the probe it cancels: while a login's
  // target is being checked, later requests wait behind it.
  let queue: Promise<void> | null = null;
  const relayChecked = async (message: HelperPortRequest): Promise<void> => {
    const refused = loginRefusal(message, await loginTarget());
    if (refused) post({ kind: 'login-refused', id: message.id, reason: refused });
    else toNative(message);
  };
  port.onMessage.addListener((message: unknown) => {
    if (!isRelayable(message)) return post({ id: null, kind: 'error', error: 'invalid-request', detail: 'not a helper request' });
    const carriesPassword = message.type === 'probe' && message.auth !== null;
    if (!carriesPassword && queue === null) return toNative(message);
    const next: Promise<void> = (queue ?? Promise.resolve())
      .then(() => (carriesPassword ? relayChecked(message) : toNative(message)))
      .catch(() => post({ id: message.id, kind: 'error', error: 'invalid-request', detail: 'not relayed' }))
      .finally(() => {
        if (queue === next) queue = null;
      });
    queue = next;
  });
  toNative({ type: 'hello', id: HELLO_ID });
}
