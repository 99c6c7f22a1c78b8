// Reads what the user selected in a tab, in whichever frame it is (Roundcube shows the message in
// an iframe, #messagecontframe). Chrome's contextMenus selectionText has its newlines flattened
// to spaces, which joins the lines of a bounce; the page's own Selection keeps them, so it is
// preferred whenever activeTab (or a host permission) lets us read it.
import browser from 'webextension-polyfill';

/** Longer selections are cut: a bounce with headers fits well within it, a whole page does not matter. */
export const MAX_SELECTION = 100_000;

/** What one frame reports: its selection, and whether it has the focus (where the user selected last). */
export interface FrameSelection {
  text: string;
  focused: boolean;
}

/** Runs in each frame: it must be self-contained (executeScript serialises it). */
function frameSelection(): FrameSelection {
  return { text: globalThis.getSelection()?.toString() ?? '', focused: document.hasFocus() };
}

/**
 * The selection to explain when several frames answer: the focused frame's, else the first
 * non-empty one (top frame first, as executeScript lists them).
 */
export function pickSelection(frames: readonly unknown[]): string {
  const valid = frames.filter((f): f is FrameSelection => {
    const o = f as Partial<FrameSelection> | null;
    return typeof o === 'object' && o !== null && typeof o.text === 'string' && o.text.trim() !== '';
  });
  return (valid.find((f) => f.focused) ?? valid[0])?.text ?? '';
}

/**
 * frameId: the frame the context menu was opened in. Without one (the shortcut, the popup's
 * command) every frame of the tab is asked.
 */
export async function readSelection(tabId: number, frameId: number | undefined, fallback: string): Promise<string> {
  let text = '';
  try {
    const results = await browser.scripting.executeScript({
      target: frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
      func: frameSelection,
    });
    text = pickSelection(results.map((r) => r.result));
  } catch {
    // No access to this tab (e.g. a browser page): the flattened text is all there is.
  }
  return (text.trim() === '' ? fallback : text).slice(0, MAX_SELECTION);
}
