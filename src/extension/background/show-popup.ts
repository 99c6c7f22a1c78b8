// Opens the popup to show a command's result. action.openPopup needs a focused normal window
// (and, in Firefox, the user gesture that is still running); when it cannot, the popup page
// opens in a small window of its own, told which tab it is about.
import browser from 'webextension-polyfill';

export function popupUrl(tabId: number | null): string {
  const page = browser.runtime.getManifest().action?.default_popup ?? 'src/extension/popup/index.html';
  return browser.runtime.getURL(tabId === null ? page : `${page}?tabId=${tabId}`);
}

/** Call before any await in a user-gesture handler, so Firefox still counts the gesture. */
export function showPopup(tabId: number | null): Promise<void> {
  return browser.action.openPopup().catch(async () => {
    await browser.windows.create({ url: popupUrl(tabId), type: 'popup', width: 400, height: 600 });
  });
}
