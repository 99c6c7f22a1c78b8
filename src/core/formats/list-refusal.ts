// A mailing list's manager refusing a post (Majordomo 2's "Denied post to X" — "Your message to X has been
// rejected for the following reason(s):"; GNU Mailman 3's "Your message to the X mailing-list was rejected for
// the following reasons:"; Mailman 2's "… your message has been automatically rejected"). The notice comes from
// the list's own address ("X-owner@", "X-bounces@", "owner-X@") and names the list only by its name, so the
// address that refused the message is the list's posting address: that name at the list's domain. Only with
// the refusal's own words in the notice: a list's other mail (held for approval, digests, welcome notes) names
// no failure.
import type { RecipientBlock } from '../parse/recipient-blocks.ts';

const MAX_SCAN = 4096;
// The list's own address in the notice's From field: "<name>-owner@<domain>" and the like, or "owner-<name>@".
const LIST_FROM = /^from:[^\n]{0,200}?\b((?:([a-z0-9][a-z0-9._+-]{0,63})-(?:owner|bounces|admin|request)|owner-([a-z0-9][a-z0-9._+-]{0,63}))@([a-z0-9][a-z0-9.-]{0,252}[a-z0-9]))/im;
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
  const head = LIST_FROM.exec(text.slice(0, Math.min(from, 16384)));
  if (!head) return [];
  const end = Math.min(to, from + MAX_SCAN);
  const said = text.slice(from, end).replace(/\s+/g, ' ').toLowerCase();
  if (!REFUSED.some((w) => said.includes(w)) || !ABOUT_A_LIST.some((w) => said.includes(w))) return [];
  const name = (head[2] ?? head[3] ?? '').toLowerCase();
  const domain = (head[4] ?? '').toLowerCase();
  // Evidence: the list's own address in the From field (the posting address is that name at that domain).
  const start = head.index + head[0].length - (head[1] ?? '').length;
  return [{ recipient: `${name}@${domain}`, start, end: head.index + head[0].length, textStart: from, textEnd: end }];
}
