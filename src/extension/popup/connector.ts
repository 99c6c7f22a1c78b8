// The popup's one way to the rest of the extension (Dark Reader's Connector idea): the tab it
// is about, that tab's bounces (from every frame), commands, and the probe port.
import browser from 'webextension-polyfill';
import type { PageBounce, ProbePortMessage, ProbePortRequest, ProbeTarget } from '../messages.ts';
import { sendToBackground, sendToTab } from '../shared/messaging.ts';
import { fail, ok, type Result } from '../shared/result.ts';

export interface TabInfo {
  id: number;
  url: string;
}

/** The tab the popup is about: ?tabId= when it opened detached, else the active tab of its window. */
export async function currentTab(search: string): Promise<TabInfo | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  try {
    const tab = Number.isInteger(fromQuery) && fromQuery > 0
      ? await browser.tabs.get(fromQuery)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? '' };
  } catch {
    return null;
  }
}

async function frameIds(tabId: number): Promise<number[]> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => true });
    return [...new Set(results.map((r) => r.frameId))];
  } catch {
    return [0]; // no access to list frames: the top frame is still worth asking
  }
}

/** Bounces from every frame with our content script (Roundcube shows messages in an iframe). */
export async function bouncesOnTab(tabId: number): Promise<Result<{ frameId: number; bounce: PageBounce }[]>> {
  const answers = await Promise.all(
    (await frameIds(tabId)).map(async (frameId) => ({ frameId, answer: await sendToTab(tabId, 'cs:get-bounces', {}, frameId) })),
  );
  const answered = answers.filter((a) => a.answer.ok && Array.isArray(a.answer.value?.bounces));
  if (answered.length === 0) return fail('ui_errNoContentScript');
  return ok(answered.flatMap(({ frameId, answer }) => (answer.ok ? answer.value.bounces.map((bounce) => ({ frameId, bounce })) : [])));
}

export async function runCommand(id: string, tabId: number | null, arg?: string): Promise<Result<void>> {
  const answer = await sendToBackground('bg:run-command', tabId === null ? { id, arg } : { id, arg, tabId });
  if (!answer.ok) return answer;
  return answer.value.ok ? ok(undefined) : fail(answer.value.error ?? 'ui_errCommandFailed');
}

/** Starts a probe; each message arrives as it streams. Returns the function that cancels it. */
export function startProbe(target: ProbeTarget, onMessage: (message: ProbePortMessage) => void): () => void {
  const port = browser.runtime.connect({ name: 'probe' });
  let finished = false;
  port.onMessage.addListener((message: unknown) => {
    const m = message as ProbePortMessage;
    if (m.kind !== 'stage') finished = true;
    onMessage(m);
  });
  port.onDisconnect.addListener(() => {
    if (!finished) onMessage({ kind: 'error', error: 'ui_errProbeFailed' });
    finished = true;
  });
  const request: ProbePortRequest = { target };
  port.postMessage(request);
  return () => {
    finished = true;
    port.disconnect();
  };
}
