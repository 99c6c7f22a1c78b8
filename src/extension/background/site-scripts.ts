// Keeps the content script registered on the self-hosted webmail sites the user enabled or the
// administrator listed (scripting.registerContentScripts), for the sites whose permission is
// still granted, and on none of them while notes are turned off.
import browser from 'webextension-polyfill';
import { loadSettings } from '../shared/settings.ts';
import { syncSiteScripts } from '../shared/site-access.ts';

export async function restoreSiteScripts(): Promise<void> {
  const settings = await loadSettings();
  await syncSiteScripts(settings.notes ? settings.sites : []);
}

export function watchPermissionRemoval(): void {
  browser.permissions.onRemoved.addListener(() => void restoreSiteScripts());
}

/** The user's settings or the administrator's policy changed: notes or sites may have. */
export function watchSettings(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && changes.settings)) void restoreSiteScripts().catch(() => undefined);
  });
}
