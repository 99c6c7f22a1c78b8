// Any other webmail (Horde, SOGo, SnappyMail, self-hosted): no selector to trust, so a text
// detector. It runs the prefilter once over the root's text, and only when that hits does it walk
// text nodes to find the element that holds the bounce.
import type { WebmailAdapter } from './types.ts';
import { mayBeBounce } from '../prefilter.ts';

/** A bounce explanation needs more than a subject line: smaller containers are list rows or labels. */
const MIN_BODY_CHARS = 160;
/** Beyond this an element is the page, not a message. */
const MAX_BODY_CHARS = 200_000;
const MAX_BODIES = 20;
const MAX_LIKE_SIBLINGS = 8;
/** NodeFilter.SHOW_TEXT, without the global: the document may come from another realm. */
const SHOW_TEXT = 0x4;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'HEAD']);

function textLength(el: Element): number {
  return el.textContent?.length ?? 0;
}

/** Many siblings of one kind (rows, list items): `el` is an entry of a list, not part of a message. */
function isListEntry(el: Element): boolean {
  let same = 0;
  for (let sib = el.parentElement?.firstElementChild; sib; sib = sib.nextElementSibling) {
    if (sib.tagName === el.tagName && ++same > MAX_LIKE_SIBLINGS) return true;
  }
  return false;
}

/** The element that holds the message around a hint: big enough to be a message, grown to its parts. */
function messageAround(start: Element): Element | null {
  const page = start.ownerDocument.body;
  let el: Element = start;
  while (textLength(el) < MIN_BODY_CHARS) {
    // A hint in a short list entry (an inbox row's subject) is not a message body.
    if (!el.parentElement || el.parentElement === page || isListEntry(el)) return null;
    el = el.parentElement;
  }
  // Grow over sibling parts of the same message (notification + status part), not over the page.
  for (let parent = el.parentElement; parent && parent !== page && !isListEntry(el); parent = parent.parentElement) {
    const len = textLength(parent);
    if (len > MAX_BODY_CHARS || len > textLength(el) * 3) break;
    el = parent;
  }
  return el;
}

export function findTextBodies(root: Element): Element[] {
  // The head's scripts and styles are text too (megabytes on some webmails) and can hold any word.
  const body = root.ownerDocument.body;
  const scope = body && root.contains(body) ? body : root;
  if (!mayBeBounce(scope.textContent ?? '')) return [];
  const found: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(scope, SHOW_TEXT);
  for (let node = walker.nextNode(); node && found.length < MAX_BODIES; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || SKIP.has(parent.tagName) || !mayBeBounce(node.nodeValue ?? '')) continue;
    if (found.some((body) => body.contains(parent))) continue;
    const body = messageAround(parent);
    if (!body) continue;
    for (let i = found.length - 1; i >= 0; i--) if (body.contains(found[i] as Element)) found.splice(i, 1);
    found.push(body);
  }
  return found;
}

export const generic: WebmailAdapter = {
  id: 'generic',
  matches: () => true,
  findBodies: findTextBodies,
};
