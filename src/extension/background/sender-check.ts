// Who may ask the background for what. Messages from other extensions never reach onMessage,
// but a content script runs inside pages we do not control, so page-side requests are limited
// to what a content script legitimately sends.
import type { Runtime } from 'webextension-polyfill';
import type { MessageType } from '../messages.ts';

/** From one of our own pages (popup, options; possibly opened in a tab), not a content script. */
export function isExtensionPage(sender: Runtime.MessageSender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && (sender.url ?? '').startsWith(ownOrigin);
}

/** From our content script in a web page tab. */
export function isOwnContentScript(sender: Runtime.MessageSender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && sender.tab?.id !== undefined && !(sender.url ?? '').startsWith(ownOrigin);
}

export function mayAsk(type: MessageType, sender: Runtime.MessageSender, ownId: string, ownOrigin: string): boolean {
  switch (type) {
    case 'bg:annotate':
      return isExtensionPage(sender, ownId, ownOrigin) || isOwnContentScript(sender, ownId, ownOrigin);
    case 'bg:open-help':
    case 'bg:catalogue':
      return isExtensionPage(sender, ownId, ownOrigin) || isOwnContentScript(sender, ownId, ownOrigin);
    case 'bg:run-command':
      return isExtensionPage(sender, ownId, ownOrigin);
    case 'bg:bounces-changed':
      return isOwnContentScript(sender, ownId, ownOrigin);
    default:
      return false; // cs:* are for content scripts, not the background
  }
}
