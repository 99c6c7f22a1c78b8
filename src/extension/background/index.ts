// Service worker entry: wires the command registry to its three entrances (context menu,
// keyboard commands, popup messages), the badge, the probe port and the site registrations.
import browser from 'webextension-polyfill';
import { listen } from '../shared/messaging.ts';
import { annotate } from './annotate.ts';
import { annotateDeps } from './annotate-deps.ts';
import { createBudget } from './annotate-budget.ts';
import { runCommand } from './command-registry.ts';
import { createMenus, onMenuClicked } from './context-menu.ts';
import { forgetTab, reportBounces } from './badge.ts';
import { handleBounceCheckPort, handleProbePort } from './probe-port.ts';
import { handleHelperPort } from './helper-port.ts';
import { mayAsk } from './sender-check.ts';
import { catalogueFor, openHelp } from './page-requests.ts';
import { restoreSiteScripts, watchPermissionRemoval, watchSettings } from './site-scripts.ts';
import { migrateProbeToken } from '../shared/probe-token.ts';

const ownId = browser.runtime.id;
const ownOrigin = browser.runtime.getURL('');
const annotateBudget = createBudget();

browser.runtime.onInstalled.addListener(() => {
  void createMenus();
  void restoreSiteScripts();
  void migrateProbeToken().catch(() => undefined);
});
browser.runtime.onStartup.addListener(() => {
  void createMenus(); // Firefox's event page does not always keep menus across restarts
  void restoreSiteScripts();
});
watchPermissionRemoval();
watchSettings();

browser.contextMenus.onClicked.addListener(onMenuClicked);
browser.commands.onCommand.addListener((name, tab) => {
  void runCommand(name, { tabId: tab?.id ?? null, popupOpen: false });
});
browser.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId);
  annotateBudget.forget(String(tabId));
});
browser.runtime.onConnect.addListener((port) => handleProbePort(port, ownId, ownOrigin));
browser.runtime.onConnect.addListener((port) => handleHelperPort(port, ownId, ownOrigin));
browser.runtime.onConnect.addListener((port) => handleBounceCheckPort(port, ownId, ownOrigin));

listen(
  {
    'bg:annotate': (payload, sender) => annotate(payload, annotateDeps, (chars) => annotateBudget.take(String(sender.tab?.id ?? 'extension'), chars)),
    'bg:run-command': async ({ id, arg, tabId }, sender) => {
      const target = typeof tabId === 'number' ? tabId : (sender.tab?.id ?? null);
      const result = await runCommand(String(id), { tabId: target, arg, popupOpen: true });
      return result.ok ? { ok: true } : { ok: false, error: result.error };
    },
    'bg:open-help': openHelp,
    'bg:catalogue': catalogueFor,
    'bg:bounces-changed': async ({ count }, sender) => {
      if (sender.tab?.id !== undefined) await reportBounces(sender.tab.id, sender.frameId ?? 0, Number(count) || 0);
    },
  },
  (type, sender) => mayAsk(type, sender, ownId, ownOrigin),
);
