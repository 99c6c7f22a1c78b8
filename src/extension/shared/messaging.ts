// The typed wrapper over runtime/tabs messaging for the protocol in ../messages.ts.
// Senders get a Result (a closed tab or a missing content script is an expected failure);
// listeners check the sender before a handler runs.
import browser, { type Runtime } from 'webextension-polyfill';
import type { Envelope, MessageType, Protocol } from '../messages.ts';
import { errorText, fail, ok, type Result } from './result.ts';

type Req<T extends MessageType> = Protocol[T]['req'];
type Res<T extends MessageType> = Protocol[T]['res'];

export function envelope<T extends MessageType>(type: T, payload: Req<T>): Envelope<T> {
  return { type, payload };
}

/** Whether an unknown message has the envelope shape (anything else is ignored, not trusted). */
export function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  return typeof type === 'string' && typeof payload === 'object' && payload !== null;
}

export async function sendToBackground<T extends MessageType>(type: T, payload: Req<T>): Promise<Result<Res<T>>> {
  try {
    return ok((await browser.runtime.sendMessage(envelope(type, payload))) as Res<T>);
  } catch (e) {
    return fail(errorText(e));
  }
}

export async function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: Req<T>,
  frameId?: number,
): Promise<Result<Res<T>>> {
  try {
    const options = frameId === undefined ? undefined : { frameId };
    return ok((await browser.tabs.sendMessage(tabId, envelope(type, payload), options)) as Res<T>);
  } catch (e) {
    return fail(errorText(e));
  }
}

export type Handlers = {
  [T in MessageType]?: (payload: Req<T>, sender: Runtime.MessageSender) => Promise<Res<T>> | Res<T>;
};
/** Decides, per message type, whether this sender may ask for it. */
export type SenderCheck = (type: MessageType, sender: Runtime.MessageSender) => boolean;

/** Listens for protocol messages; returns the function that stops listening. */
export function listen(handlers: Handlers, mayAsk: SenderCheck): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const type = message.type as MessageType;
    const handler = handlers[type] as ((p: unknown, s: Runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined; // another context answers it
    if (!mayAsk(type, sender)) return Promise.reject(new Error(`refused ${type} from ${sender.url ?? 'unknown sender'}`));
    return Promise.resolve().then(() => handler(message.payload, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
