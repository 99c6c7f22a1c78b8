// Roundcube (cPanel's webmail; Elastic skin). The preview is a same-origin iframe
// (#messagecontframe, reached through all_frames); the full view is the top document. Both put the
// message in #messagebody, and both URLs carry _uid/_mbox, which give the raw source.
import type { PageLocation, WebmailAdapter } from './types.ts';
import { selectBodies } from './select-bodies.ts';
import { fetchPageText } from './page-fetch.ts';

const BODY = '#messagebody';
/** A bounce with its returned message rarely exceeds this; bigger answers are not bounces worth parsing. */
const MAX_SOURCE_BYTES = 4_000_000;

/** The viewsource URL for the message shown at `href`, or null when it names no message. */
export function viewSourceUrl(href: string): string | null {
  const url = new URL(href);
  const uid = url.searchParams.get('_uid');
  const mbox = url.searchParams.get('_mbox');
  if (!uid || !mbox || !/^[\w.-]+$/.test(uid)) return null;
  const source = new URL(url.pathname, url.origin);
  source.search = new URLSearchParams({ _task: 'mail', _action: 'viewsource', _uid: uid, _mbox: mbox }).toString();
  return source.href;
}

export const roundcube: WebmailAdapter = {
  id: 'roundcube',
  matches: (location: PageLocation) => new URLSearchParams(location.search).get('_task') === 'mail',
  findBodies: (root) => selectBodies(root, BODY),
  async rawSource(body) {
    const url = viewSourceUrl(body.ownerDocument.location.href);
    return url ? fetchPageText(url, 'text/plain', MAX_SOURCE_BYTES) : null;
  },
};
