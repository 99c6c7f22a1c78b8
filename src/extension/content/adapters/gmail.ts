// Gmail: each message body is div.a3s inside div.ii.gt, in a message container div.adn.ads.
// The raw source is Gmail's own "Show original" page (see gmail-original.ts). Gmail enforces
// Trusted Types: no innerHTML and no DOMParser on strings anywhere.
import type { WebmailAdapter } from './types.ts';
import { selectBodies } from './select-bodies.ts';
import { fetchPageText } from './page-fetch.ts';
import { originalUrl, rawFromOriginalPage } from './gmail-original.ts';

/** A bounce with its returned message rarely exceeds this; bigger answers are not bounces worth parsing. */
const MAX_SOURCE_BYTES = 4_000_000;
/** The page escapes the message as HTML, which can grow it; beyond this it is not worth reading. */
const MAX_PAGE_BYTES = 2 * MAX_SOURCE_BYTES;

export const gmail: WebmailAdapter = {
  id: 'gmail',
  matches: (location) => location.hostname === 'mail.google.com',
  findBodies: (root) => selectBodies(root, '.ii.gt .a3s'),
  async rawSource(body) {
    const url = originalUrl(body);
    const html = url ? await fetchPageText(url, 'text/html', MAX_PAGE_BYTES) : null;
    const raw = html === null ? null : rawFromOriginalPage(html);
    return raw !== null && raw.length <= MAX_SOURCE_BYTES ? raw : null;
  },
};
