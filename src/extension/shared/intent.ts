// What the background hands to the popup when a command ran elsewhere (context menu, keyboard):
// kept in storage.session so the popup finds it whether it opens before or after the result.
import browser from 'webextension-polyfill';
import type { ExplainResult } from '../../core/knowledge/types.ts';

export type PopupIntent =
  | { kind: 'explained'; text: string; result: ExplainResult; tabId: number | null }
  | { kind: 'explain-failed'; error: string; tabId: number | null }
  | { kind: 'confirm-probe'; tabId: number | null };

const KEY = 'popupIntent';

export async function putIntent(intent: PopupIntent): Promise<void> {
  await browser.storage.session.set({ [KEY]: intent });
}

/** Reads and removes the intent, so it is shown once. */
export async function takeIntent(): Promise<PopupIntent | null> {
  const stored = await browser.storage.session.get(KEY);
  const intent = stored[KEY] as PopupIntent | undefined;
  if (!intent) return null;
  await browser.storage.session.remove(KEY);
  return intent;
}

export function onIntent(callback: () => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'session' && changes[KEY]?.newValue) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
