// Keeps the content script registered on the self-hosted webmail sites the user enabled
// (scripting.registerContentScripts), for the sites whose permission is still granted.
import browser from 'webextension-polyfill';
import { loadSettings } from '../shared/settings.ts';
import { syncSiteScripts } from '../shared/site-access.ts';

export async function restoreSiteScripts(): Promise<void> {
  await syncSiteScripts((await loadSettings()).sites);
}

export function watchPermissionRemoval(): void {
  browser.permissions.onRemoved.addListener(() => void restoreSiteScripts());
}
