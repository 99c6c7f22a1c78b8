// Gmail: each message body is div.a3s inside div.ii.gt. The raw source ("Show original",
// ?view=om) needs the `ik` token from page globals, out of reach of an isolated content script,
// so Gmail bodies are analysed as rendered text. Gmail enforces Trusted Types: no innerHTML anywhere.
import type { WebmailAdapter } from './types.ts';
import { selectBodies } from './select-bodies.ts';

export const gmail: WebmailAdapter = {
  id: 'gmail',
  matches: (location) => location.hostname === 'mail.google.com',
  findBodies: (root) => selectBodies(root, '.ii.gt .a3s'),
};
