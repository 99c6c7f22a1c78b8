// The few extension APIs the content script uses, without webextension-polyfill (3 kB gzip in
// every page). Chrome MV3's `chrome` and Firefox's `browser` both return promises for these
// calls; only onMessage differs (a listener's promise is not an answer in Chrome), so listeners
// answer through sendResponse, which both browsers support.
import type { Envelope, MessageType, Protocol } from '../messages.ts';

type Listener = (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined;
type Raw = (message: unknown, sender: { id?: string }, respond: (answer?: unknown) => void) => boolean;

interface NativeApi {
  runtime?: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(fn: Raw): void; removeListener(fn: Raw): void };
  };
  i18n: { getMessage(key: string, subs?: string[]): string; getUILanguage(): string };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    /** Absent or refusing where no policy applies (Firefox without one, older browsers). */
    managed: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: { addListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
  };
}

const scope = globalThis as { browser?: NativeApi; chrome?: NativeApi };
/** Read on every use: after an update the old content script's runtime goes away. */
export const api = (): NativeApi => (scope.browser?.runtime ? scope.browser : scope.chrome) as NativeApi;

const wrapped = new WeakMap<Listener, Raw>();

/** browser.runtime as the content script needs it (see RuntimeLike in content-script.ts). */
export const runtime = {
  get id(): string | undefined {
    return api()?.runtime?.id;
  },
  onMessage: {
    addListener(fn: Listener): void {
      const raw: Raw = (message, sender, respond) => {
        const answer = fn(message, sender);
        if (!answer) return false;
        answer.then(respond, () => respond(undefined));
        return true;
      };
      wrapped.set(fn, raw);
      api().runtime?.onMessage.addListener(raw);
    },
    removeListener(fn: Listener): void {
      const raw = wrapped.get(fn);
      if (raw) api().runtime?.onMessage.removeListener(raw);
    },
  },
  sendMessage: (message: unknown): Promise<unknown> => api().runtime?.sendMessage(message) ?? Promise.reject(new Error('no runtime')),
};

/** A background request; null when it failed (the polyfill in the worker answers a refusal with a marker object). */
export async function askBackground<T extends MessageType>(type: T, payload: Protocol[T]['req']): Promise<Protocol[T]['res'] | null> {
  try {
    const envelope: Envelope<T> = { type, payload };
    const answer = await runtime.sendMessage(envelope);
    if (answer && typeof answer === 'object' && '__mozWebExtensionPolyfillReject__' in answer) return null;
    return answer as Protocol[T]['res'];
  } catch {
    return null;
  }
}
