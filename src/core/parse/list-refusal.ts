// A mailing list's manager refusing a post writes a notice of its own, not a delivery report: Mailman 2
// "Your request to the Devtalk mailing list … has been rejected by the list moderator", Mailman 3 "Your
// message to the ant@x mailing-list was rejected for the following reasons", Majordomo 2 "Your message to
// devtalk has been rejected" (German: "Ihre Nachricht an devtalk wurde … abgelehnt"), Sympa "Your message
// for list astro@x has been rejected by the moderator" (Portuguese "Sua mensagem para a lista … foi rechaçado"),
// LISTSERV "You are not authorized to send mail to the ASTRO-L list", mlmmj "this is the mlmmj program
// managing the mailinglist\n\n<list@x>" … "only subscribers may post". The failed recipient
// is the list as the notice names it; the poster, the list owner in the help text and the returned post's
// other addresses did not fail. A notice that holds a post for approval refuses nothing and is not read.
import { ADDRESS_SOURCE, extractAddress } from './address.ts';
import type { RecipientBlock } from './recipient-blocks.ts';
import type { Located } from './codes.ts';
import { headerValue, type HeaderField } from './message.ts';

// "Your request to the X mailing list", "Your message to X", "Your message for list X", "Ihre Nachricht an X",
// "Sua mensagem para a lista X", "You are not authorized to send mail to the X list", LISTSERV's "Mail has been
// received for delivery to the X list". The name: a list address or a list's name (letters, digits, . _ -),
// maybe in quotes; a list word before or after it says the notice calls it a list.
const NAMED = /^[ \t]*(?:"?mail[ \t]+has[ \t]+been[ \t]+received[ \t]+for[ \t]+delivery[ \t]+to|your[ \t]+(?:request|message|post(?:ing)?|mail|e-?mail)[ \t]+(?:to|for)|ihre[ \t]+(?:nachricht|e-?mail|mail)[ \t]+an|sua[ \t]+mensagem[ \t]+para|votre[ \t]+message[ \t]+(?:pour|à)|you[ \t]+are[ \t]+not[ \t]+authori[sz]ed[ \t]+to[ \t]+(?:send[ \t]+mail|post)[ \t]+to)[ \t]+(?:the[ \t]+|a[ \t]+|la[ \t]+)?(?<before>(?:mailing[ \t-]?)?(?:list|lista|liste)[ \t]+)?['"]?(?<name>[a-z0-9][a-z0-9._+-]{0,63}(?:@[a-z0-9.-]{1,253})?)['"]?(?<after>[ \t]+(?:mailing[ \t-]?list|list|liste))?/im;
// Words a name slot may catch that name no list ("Your message to the following recipients …", "Your message
// to the list was rejected").
const NOT_NAMES = new Set([
  'following', 'recipient', 'recipients', 'address', 'addresses', 'this', 'that', 'your', 'our', 'all', 'list', 'lista', 'liste',
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'could', 'can', 'cannot', 'will', 'would', 'not', 'and', 'or',
  'you', 'we', 'it', 'with', 'from', 'for', 'to', 'wurde', 'ist', 'foi', 'a', 'an', 'the',
]);
// A list server's robot writes from the list's host: sympa@, listserv@, majordomo@, mailman@ (-request, -owner).
const ROBOT = /^(?:sympa|listserv|majordomo|mailman|ezmlm|listproc|smartlist|mlmmj)(?:-(?:request|owner|bounces))?$/;
// mlmmj names the list's address alone, on the first line with text after its greeting ("managing the
// mailinglist\n\n<list@x>"), or in the greeting itself in its later list texts ("managing the <list@x>\nmailing list").
// (Found with plain string steps after its intro: one pattern spanning the blank lines would backtrack.)
const MLMMJ_INTRO = /managing[ \t]+the[ \t]+mailing[ \t-]?list[ \t]*\n/i;
const MLMMJ_GREETING = /managing[ \t]+the[ \t]+</i;
const MLMMJ_GREETING_END = /^>\s{0,40}mailing[ \t-]?list\b/i;
const LONE_ADDRESS = new RegExp(String.raw`^<?(${ADDRESS_SOURCE})>?$`);

/** mlmmj's list line: the match as NAMED's would be (index, text up to the address, the address). */
function mlmmjList(region: string): { index: number; 0: string; 1: string } | null {
  const greeting = MLMMJ_GREETING.exec(region);
  if (greeting) {
    const at = greeting.index + greeting[0].length;
    const close = region.indexOf('>', at);
    const address = close !== -1 && close - at <= 320 ? LONE_ADDRESS.exec(region.slice(at, close))?.[1] : undefined;
    const end = MLMMJ_GREETING_END.exec(region.slice(close));
    if (address && end) return { index: greeting.index, 0: region.slice(greeting.index, close + end[0].length), 1: address };
  }
  const intro = MLMMJ_INTRO.exec(region);
  if (!intro) return null;
  let pos = intro.index + intro[0].length;
  // The address is on the next line with text, after at most one blank line.
  for (let i = 0; i < 2; i++) {
    const nl = region.indexOf('\n', pos);
    const raw = region.slice(pos, nl === -1 ? region.length : nl);
    const line = raw.trim();
    if (line) {
      const address = LONE_ADDRESS.exec(line)?.[1];
      if (!address) return null;
      const end = pos + raw.indexOf(address) + address.length;
      return { index: intro.index, 0: region.slice(intro.index, end), 1: address };
    }
    if (nl === -1) return null;
    pos = nl + 1;
  }
  return null;
}
// What a refusal of a post says (a hold for approval says none of it): one list for both readings below, the
// named list's and the From address's. ("rechaçado" in 8-bit Latin-1 read as UTF-8 has a replacement character
// for its "ç".) mlmmj's "was unable to be delivered to the list", LISTSERV's "served out", a forum's
// post-by-email program's "wasn't able to deliver and/or post your message", Mailman's "deemed inappropriate".
const REFUSED = new RegExp(String.raw`\b(?:${[
  String.raw`rejected|refused|denied|abgelehnt|zurückgewiesen|recha[^\s]ad[oa]|rejeitad[oa]|recusad[oa]|refusée?|rejetée?`,
  String.raw`not\s+authori[sz]ed|not\s+allowed\s+to\s+(?:post|send)|only\s+subscribers\s+may\s+post|not\s+subscribed`,
  String.raw`(?:could\s+not|unable\s+to)\s+be\s+delivered\s+to\s+the\s+list|served\s+out|deemed\s+inappropriate`,
  String.raw`(?:wasn't|was\s+not|couldn't|could\s+not)\s+(?:able\s+to\s+)?(?:deliver\s+and/or\s+)?post\b|could\s+not\s+be\s+posted`,
].join('|')})\b`, 'i');
const HELD = /\b(?:being[ \t\n]+held|held[ \t\n]+(?:for|until)|awaits?[ \t\n]+(?:the[ \t\n]+)?moderator|for[ \t\n]+approval|zur(?:ü|ue)ckgehalten|wartet[ \t\n]+auf)\b/i;
// A list's own addresses: its name, then a role suffix (devtalk-owner@, devtalk-bounces@, devtalk+owner@).
const ROLE_SUFFIX = /^[-+](?:owner|bounces?|request|admin|approval|confirm)\b/;
const MAX_SCAN = 2048;
// The refusal's words follow the name within its paragraph or the next few.
const MAX_SENTENCE = 600;

export interface ListRefusal {
  list: Located<string>;
  /** Where the notice says it refused the post (the refusal word), for the action's evidence. */
  refused: { start: number; end: number };
  /** The notice's own text, from the naming line to the end of the refusal's paragraph. */
  sentence: Located<string>;
  /** The list server only postponed the post (its list is held): a delay, not a refusal. */
  delayed?: boolean;
}

// A list server may name the list only in its subject ("Rejected posting to ASTRO-L@HOST", mlmmj's "Post to
// list@x denied: …") and say in its body only that the post was refused: the subject's address is the list when
// the notice comes from the list's robot or one of the list's own addresses and its body refuses.
const SUBJECT_NAMED = new RegExp(String.raw`^[ \t]*(?:(?:rejected|refused)[ \t]+post(?:ing)?[ \t]+to[ \t]+<?(${ADDRESS_SOURCE})>?|post(?:ing)?[ \t]+to[ \t]+<?(${ADDRESS_SOURCE})>?[ \t]+(?:denied|rejected|refused)\b)`, 'i');

/** A refusal whose list only its subject names; null when it is none. */
function subjectRefusal(text: string, headers: readonly HeaderField[], region: string, from: number): ListRefusal | null {
  const m = SUBJECT_NAMED.exec(headerValue(headers, 'subject') ?? '');
  const address = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (!address) return null;
  const refused = REFUSED.exec(region);
  if (!refused || HELD.test(region)) return null;
  const name = address.slice(0, address.lastIndexOf('@'));
  const sender = extractAddress(headerValue(headers, 'from') ?? '') ?? '';
  const local = sender.slice(0, sender.lastIndexOf('@')).toLowerCase();
  if (!ROBOT.test(local) && !isListRole(local, name)) return null;
  // Evidence: the address in the subject line of the header block.
  const head = text.slice(0, from).toLowerCase();
  const line = /^subject:/im.exec(head);
  const at = line ? head.indexOf(address, line.index) : -1;
  const paragraphEnd = region.indexOf('\n\n', refused.index);
  const sentenceEnd = from + (paragraphEnd === -1 ? region.length : paragraphEnd);
  return {
    list: { value: address, start: Math.max(at, 0), end: Math.max(at, 0) + (at === -1 ? 0 : address.length) },
    refused: { start: from + refused.index, end: from + refused.index + refused[0].length },
    sentence: { value: text.slice(from, sentenceEnd).replace(/\s+/g, ' ').trim(), start: from, end: sentenceEnd },
  };
}

// LISTSERV postpones a post while its list is held ("The distribution of your message … has been postponed
// because the TEST list is held. No action is required from you"): the list, still to be tried, not refused.
const HELD_LIST = /\bpostponed[ \t\n]+because[ \t\n]+the[ \t\n]+(?<name>[a-z0-9][a-z0-9._+-]{0,63})[ \t\n]+list[ \t\n]+is[ \t\n]+held\b/i;

/** A list server's notice that it postponed a post because the list is held; null when it is none. */
function heldListDelay(text: string, headers: readonly HeaderField[], region: string, from: number): ListRefusal | null {
  const m = HELD_LIST.exec(region);
  const name = m?.groups?.['name']?.toLowerCase();
  if (!m || !name) return null;
  const address = listAddress(name, headers, region, true);
  if (!address) return null;
  const before = region.lastIndexOf('\n\n', m.index);
  const after = region.indexOf('\n\n', m.index);
  const sentenceStart = from + (before === -1 ? 0 : before + 2);
  const sentenceEnd = from + (after === -1 ? region.length : after);
  const start = from + m.index + m[0].toLowerCase().indexOf(name, 'postponed because the'.length);
  return {
    list: { value: address, start, end: start + name.length },
    refused: { start: from + m.index, end: from + m.index + 'postponed'.length },
    sentence: { value: text.slice(sentenceStart, sentenceEnd).replace(/\s+/g, ' ').trim(), start: sentenceStart, end: sentenceEnd },
    delayed: true,
  };
}

/** The list address a notice's own headers or words give for a list named `name`. */
function listAddress(name: string, headers: readonly HeaderField[], region: string, calledList: boolean): string | null {
  if (name.includes('@')) return name;
  let robotDomain: string | null = null;
  for (const field of ['from', 'sender', 'return-path', 'errors-to', 'reply-to']) {
    const address = extractAddress(headerValue(headers, field) ?? '');
    if (!address) continue;
    const at = address.lastIndexOf('@');
    const local = address.slice(0, at).toLowerCase();
    if (isListRole(local, name)) return `${name}${address.slice(at).toLowerCase()}`;
    if (ROBOT.test(local)) robotDomain ??= address.slice(at + 1).toLowerCase();
  }
  // Or the notice itself writes the list's address, or one of its role addresses ("ASTRO-L-request@HOST").
  const lower = region.toLowerCase();
  for (let at = lower.indexOf(name); at !== -1; at = lower.indexOf(name, at + 1)) {
    if (at > 0 && !BEFORE_ADDRESS.includes(lower[at - 1] ?? '')) continue;
    const sign = lower.indexOf('@', at + name.length);
    if (sign === -1 || sign - at > name.length + 16 || !isListRole(lower.slice(at, sign), name)) continue;
    const domain = DOMAIN_START.exec(lower.slice(sign + 1, sign + 256))?.[0] ?? '';
    let end = domain.length;
    while (end > 0 && (domain[end - 1] === '.' || domain[end - 1] === '-')) end--;
    if (domain.slice(0, end).includes('.')) return `${name}@${domain.slice(0, end)}`;
  }
  // Or a list server's robot wrote it, from the list's host, about something it calls a list.
  return calledList && robotDomain ? `${name}@${robotDomain}` : null;
}
const isListRole = (local: string, name: string): boolean => local === name || (local.startsWith(name) && ROLE_SUFFIX.test(local.slice(name.length)));
const BEFORE_ADDRESS = ' \t\n<"\'(';
const DOMAIN_START = /^[a-z0-9][a-z0-9.-]{0,252}/;

/** The list a list manager's refusal names, between `from` and `to`; null when the text is no such notice. */
export function listRefusal(text: string, headers: readonly HeaderField[], from: number, to: number): ListRefusal | null {
  const region = text.slice(from, Math.min(to, from + MAX_SCAN));
  const named = NAMED.exec(region);
  const mlmmj = named ? null : mlmmjList(region);
  const m = named ?? mlmmj;
  if (!m) return heldListDelay(text, headers, region, from) ?? subjectRefusal(text, headers, region, from);
  const after = region.slice(m.index, m.index + m[0].length + MAX_SENTENCE);
  const refused = REFUSED.exec(after);
  // A post held for approval may still go out, whatever its hold reason says ("not allowed to post").
  if (!refused || HELD.test(after)) return null;
  const name = (named?.groups?.['name'] ?? mlmmj?.[1] ?? '').toLowerCase();
  // (A word of the sentence is a name only where a list word follows it: "the A list".)
  if (!name || (NOT_NAMES.has(name) && !named?.groups?.['after'])) return null;
  // An address is a list's only where the notice calls it one (Office 365 writes "Your message to x@y
  // couldn't be delivered … rejected" about a person); a bare name resolves only to a list's own address.
  const calledList = mlmmj !== null || Boolean(named?.groups?.['before'] || named?.groups?.['after']);
  if (name.includes('@') && !calledList) return null;
  const address = listAddress(name, headers, region, calledList);
  if (!address) return null;
  const nameAt = m.index + m[0].toLowerCase().lastIndexOf(name);
  const start = from + nameAt;
  const refusedAt = from + m.index + refused.index;
  let paragraphEnd = region.indexOf('\n\n', m.index + refused.index);
  // "… rejected for the following reason(s):" — the reasons are the next paragraph.
  if (paragraphEnd !== -1 && region.slice(0, paragraphEnd).trimEnd().endsWith(':')) {
    const next = region.indexOf('\n\n', paragraphEnd + 2 + (/^\s*/.exec(region.slice(paragraphEnd + 2))?.[0].length ?? 0));
    paragraphEnd = next === -1 ? region.length : next;
  }
  const sentenceStart = from + m.index;
  const sentenceEnd = paragraphEnd === -1 ? from + region.length : from + paragraphEnd;
  return {
    list: { value: address, start, end: start + name.length },
    refused: { start: refusedAt, end: refusedAt + refused[0].length },
    sentence: { value: text.slice(sentenceStart, sentenceEnd).replace(/\s+/g, ' ').trim(), start: sentenceStart, end: sentenceEnd },
  };
}

// --- The same refusal when the notice never writes the list's name (Mailman 2's "You are not allowed to post to
// this mailing list, and your message has been automatically rejected"): the notice comes from the list's own
// address ("X-owner@", "X-bounces@", "owner-X@"), so the address that refused the post is that name at the list's
// domain. Only with the refusal's own words and words about a list in the notice: a list's other mail (held for
// approval, digests, welcome notes) names no failure. formats/sender-report.ts asks for it when nothing else in a
// notice to the sender names a recipient.
const FROM_ADDRESS = new RegExp(ADDRESS_SOURCE);
const MAX_SCAN_FROM = 4096;
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
  const m = FROM_ADDRESS.exec(line);
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

// That it was a post to a list that was refused.
const ABOUT_A_LIST: readonly string[] = [
  'your message to', 'mailing list', 'mailing-list', 'this list', 'ihre nachricht an', 'liste', 'votre message',
];
// A forum's post-by-email program refusing a post (ElkArte's and SMF's "This is the post-by-email program at …
// I'm afraid I wasn't able to deliver and/or post your message"): it answers from the address the post was sent
// to, which is the address that refused it. Never a no-reply or mail-system sender.
const POSTING_PROGRAM: readonly string[] = ['post-by-email', 'post by email', 'post-by-e-mail'];
const POSTING_PROGRAM_SAID = /post[- ]by[- ]e-?mail/i;
const NOT_A_POSTING_ADDRESS = /^(?:no-?reply|do-?not-?reply|mailer-daemon|postmaster|bounces?)(?:[-+.]|$)/;

/** The From field's address (lowercase) and where it is in the header block. */
function fromAddress(head: string): { address: string; start: number; end: number } | null {
  const at = /^from:/im.exec(head);
  if (!at) return null;
  const lineEnd = head.indexOf('\n', at.index);
  const line = head.slice(at.index, lineEnd === -1 ? head.length : lineEnd);
  const m = FROM_ADDRESS.exec(line);
  if (!m) return null;
  const start = at.index + m.index;
  return { address: m[0].toLowerCase(), start, end: start + m[0].length };
}

/** The list's posting address when the message is a list manager's refusal of a post; [] otherwise. */
export function listRefusalRecipients(text: string, from: number, to: number): RecipientBlock[] {
  if (from <= 0) return [];
  const head = text.slice(0, Math.min(from, 16384));
  // Who wrote it first (a list's own address, or a posting program's): most notices are from neither.
  const list = listFrom(head);
  const posting = list ? null : fromAddress(head);
  if (!list && (!posting || NOT_A_POSTING_ADDRESS.test(posting.address.slice(0, posting.address.lastIndexOf('@'))))) return [];
  const end = Math.min(to, from + MAX_SCAN_FROM);
  if (!list && !POSTING_PROGRAM_SAID.test(text.slice(from, end))) return [];
  const said = text.slice(from, end).replace(/\s+/g, ' ').toLowerCase();
  const about = list ? ABOUT_A_LIST : POSTING_PROGRAM;
  if (!about.some((w) => said.includes(w)) || !REFUSED.test(said) || HELD.test(said)) return [];
  // Evidence: the list's own address in the From field (the posting address is that name at that domain), or
  // the posting program's own address.
  const recipient = list ? `${list.name}@${list.domain}` : (posting?.address ?? '');
  const at = list ?? posting ?? { start: 0, end: 0 };
  return [{ recipient, start: at.start, end: at.end, textStart: from, textEnd: end, refusedByOwner: true }];
}
