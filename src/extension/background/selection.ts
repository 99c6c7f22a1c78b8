// Reads what the user selected in a tab. Chrome's contextMenus selectionText has its newlines
// flattened to spaces, which joins the lines of a bounce; the page's own Selection keeps them,
// so it is preferred whenever activeTab (or a host permission) lets us read it.
import browser from 'webextension-polyfill';

/** Longer selections are cut: a bounce with headers fits well within it, a whole page does not matter. */
export const MAX_SELECTION = 100_000;

function pageSelection(): string {
  return globalThis.getSelection()?.toString() ?? '';
}

export async function readSelection(tabId: number, frameId: number | undefined, fallback: string): Promise<string> {
  let text = '';
  try {
    const results = await browser.scripting.executeScript({
      target: frameId === undefined ? { tabId } : { tabId, frameIds: [frameId] },
      func: pageSelection,
    });
    const found = results.map((r) => r.result).find((r): r is string => typeof r === 'string' && r.trim() !== '');
    text = found ?? '';
  } catch {
    // No access to this frame (e.g. a browser page): the flattened text is all there is.
  }
  return (text.trim() === '' ? fallback : text).slice(0, MAX_SELECTION);
}
