// Yahoo Mail: the message view body carries a test id that has been stable for years.
import type { WebmailAdapter } from './types.ts';
import { selectBodies } from './select-bodies.ts';

export const yahoo: WebmailAdapter = {
  id: 'yahoo',
  matches: (location) => location.hostname === 'mail.yahoo.com' || location.hostname.endsWith('.mail.yahoo.com'),
  findBodies: (root) => selectBodies(root, '[data-test-id="message-view-body-content"], .msg-body'),
};
