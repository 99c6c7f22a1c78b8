// A mailing list's manager refusing a post (Majordomo 2's "Denied post to X" — "Your message to X has been
// rejected for the following reason(s):"; GNU Mailman 3's "Your message to the X mailing-list was rejected for
// the following reasons:"; Mailman 2's "… your message has been automatically rejected"). The notice comes from
// the list's own address ("X-owner@", "X-bounces@", "owner-X@") and names the list only by its name, so the
// address that refused the message is the list's posting address: that name at the list's domain. Only with
// the refusal's own words in the notice: a list's other mail (held for approval, digests, welcome notes) names
// no failure.
import { ADDRESS_SOURCE } from '../parse/address.ts';
import type { RecipientBlock } from '../parse/recipient-blocks.ts';

const MAX_SCAN = 4096;
const ADDRESS = new RegExp(ADDRESS_SOURCE);
const LIST_SUFFIXES: readonly string[] = ['-owner', '-bounces', '-admin', '-request'];

/** The list's own address in the header block's From field ("<name>-owner@<domain>", "owner-<name>@…"). */
function listFrom(head: string): { name: string; domain: string; start: number; end: number } | null {
  let at = 0;
  while (at < head.length && head.slice(at, at + 5).toLowerCase() !== 'from:') {
    const next = head.indexOf('\n', at);
    if (next === -1) return null;
    at = next + 1;
  }
  const lineEnd = head.indexOf('\n', at);
  const line = head.slice(at, lineEnd === -1 ? head.length : lineEnd);
  const m = ADDRESS.exec(line);
  if (!m) return null;
  const address = m[0].toLowerCase();
  const sign = address.lastIndexOf('@');
  const local = address.slice(0, sign);
  const suffix = LIST_SUFFIXES.find((x) => local.endsWith(x));
  const name = suffix ? local.slice(0, -suffix.length) : local.startsWith('owner-') ? local.slice(6) : '';
  if (!name) return null;
  const start = at + m.index;
  return { name, domain: address.slice(sign + 1), start, end: start + address.length };
}

// The refusal itself, whitespace collapsed and lowercase.
// (The moderator's and the list's own wordings of Majordomo 1/2, Mailman 2/3 and their translations.)
const REFUSED: readonly string[] = [
  'rejected for the following reason', 'has been automatically rejected', 'aus folgenden gründen abgelehnt',
  'has been rejected by the list moderator', 'not allowed to post', 'not authorized to post',
  'are not allowed to send', 'deemed inappropriate by the moderator', 'wurde abgelehnt', 'a été rejeté',
];
// That it was a post to a list that was refused.
const ABOUT_A_LIST: readonly string[] = [
  'your message to', 'mailing list', 'mailing-list', 'this list', 'ihre nachricht an', 'liste', 'votre message',
];

/** The list's posting address when the message is a list manager's refusal of a post; [] otherwise. */
export function listRefusalRecipients(text: string, from: number, to: number): RecipientBlock[] {
  if (from <= 0) return [];
  const list = listFrom(text.slice(0, Math.min(from, 16384)));
  if (!list) return [];
  const end = Math.min(to, from + MAX_SCAN);
  const said = text.slice(from, end).replace(/\s+/g, ' ').toLowerCase();
  if (!REFUSED.some((w) => said.includes(w)) || !ABOUT_A_LIST.some((w) => said.includes(w))) return [];
  // Evidence: the list's own address in the From field (the posting address is that name at that domain).
  return [{ recipient: `${list.name}@${list.domain}`, start: list.start, end: list.end, textStart: from, textEnd: end }];
}
