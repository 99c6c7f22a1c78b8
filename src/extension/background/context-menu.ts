// The context menu: one entry per command that names a menu context, titled from the catalogue.
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { COMMANDS } from '../shared/commands.ts';
import { runCommand } from './command-registry.ts';

/** Recreates the entries (menus survive restarts in Chrome but not always in Firefox: start clean). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const command of COMMANDS) {
    if (command.menuContexts.length === 0) continue;
    browser.contextMenus.create({
      id: command.id,
      title: browser.i18n.getMessage(command.title),
      contexts: command.menuContexts,
    });
  }
}

export function onMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): void {
  void runCommand(String(info.menuItemId), {
    tabId: tab?.id ?? null,
    frameId: info.frameId,
    selectionText: info.selectionText,
    popupOpen: false,
  });
}
