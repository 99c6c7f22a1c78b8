// Asks the service worker and copes with it not being there: asleep (the browser wakes it, the
// first answer is slow), restarted mid-request (the send rejects), or stuck (no answer). One
// retry, each attempt bounded in time; then null, and the caller says so in the page.
export interface Patience {
  /** How long one attempt may take; the first bounce after start waits for the worker to boot. */
  timeoutMs: number;
  /** Attempts after the first. */
  retries: number;
}

export const WORKER_PATIENCE: Patience = { timeoutMs: 5_000, retries: 1 };

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no answer')), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error: unknown) => { clearTimeout(timer); reject(error); },
    );
  });
}

/**
 * The first answer that passes `accept`, or null when every attempt failed. An answer that does
 * not pass (undefined from a worker without the handler, a polyfill's refusal marker) counts as
 * no answer.
 */
export async function askWorker<T>(send: () => Promise<unknown>, accept: (answer: unknown) => answer is T, patience: Patience = WORKER_PATIENCE): Promise<T | null> {
  for (let attempt = 0; attempt <= patience.retries; attempt++) {
    try {
      const answer = await within(Promise.resolve().then(send), patience.timeoutMs);
      if (accept(answer)) return answer;
    } catch {
      // rejected or timed out: try again while attempts remain
    }
  }
  return null;
}
