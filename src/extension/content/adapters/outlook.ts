// Outlook on the web / Outlook.com, and on-premises Outlook Web App (/owa/ on any host).
// Class names are hashed and aria labels localised, so only the body's id prefix is a stable key.
import type { WebmailAdapter } from './types.ts';
import { selectBodies } from './select-bodies.ts';

const HOSTS = new Set(['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']);

export const outlook: WebmailAdapter = {
  id: 'outlook',
  matches: (location) => HOSTS.has(location.hostname) || location.pathname.startsWith('/owa/'),
  findBodies: (root) => selectBodies(root, 'div[id^="UniqueMessageBody"]'),
};
