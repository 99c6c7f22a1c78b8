// Sends a message to a tab's content scripts from the extension's service worker (as the popup
// and background do), so tests can ask the page what it found.
import type { LaunchedBrowser } from './browser.ts';

/** The slice of the chrome.* API the evaluated function uses (it runs in the service worker). */
interface WorkerGlobals {
  chrome: {
    tabs: {
      query(q: { url: string }): Promise<{ id?: number }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
  };
}

/** The answer of the tab whose URL is `url` (no fragment), or null when no tab or no answer. */
export async function sendToTab<T>(browser: LaunchedBrowser, url: string, message: unknown): Promise<T | null> {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('the extension has no running service worker');
  return worker.evaluate(async ([tabUrl, msg]) => {
    const { chrome } = globalThis as unknown as WorkerGlobals;
    const [tab] = await chrome.tabs.query({ url: tabUrl });
    if (tab?.id === undefined) return null;
    return ((await chrome.tabs.sendMessage(tab.id, msg)) ?? null) as T | null;
  }, [url.replace(/#.*$/, ''), message] as const);
}
