// Free-text bounces (Exim, qmail, Postfix, Exchange, Gmail …) name each failed recipient on a line
// of its own ("  user@example.jp", "<user@example.jp>:", "Name<mailto:user@example.jp>") and put
// the error under or beside it. This finds those lines and the text that belongs to each.
import { ADDRESS_SOURCE } from './address.ts';
import { isFateHeading } from './section-heading.ts';

export interface RecipientBlock {
  recipient: string;
  /** The address the sender wrote, when the report names it apart ("(generated from x@y)"). */
  originalRecipient?: string | null;
  /** Offset of the address in the text. */
  start: number;
  end: number;
  /** The error text that belongs to this recipient (may be empty). */
  textStart: number;
  textEnd: number;
  /** The recipient's own side refused the message on purpose (a list or forum refusing a post). */
  refusedByOwner?: boolean;
}

// What may follow the address on a recipient line: ":" / "..." / "(…" / "on <date>" or nothing.
// Or the sentence that says it failed: "Your message to x couldn't be delivered" (Microsoft 365).
// (A CRLF line reads as one ending in a space: text/line-endings.ts keeps offsets so.)
const TRAILER = String.raw`(?:[ \t]*(?::|\.\.\.|\(|<<<|#|\.?[ \t]?$)|[ \t]+(?:on|could(?:n't| not) be delivered)[ \t.])`;
// A leading name (no colon: that would be a header line) or a Sendmail reply code, then the address;
// or the address first on its line, followed by anything (Zoho: "user@x Invalid Address, …").
const RECIPIENT_LINE = new RegExp(
  String.raw`^[ \t]*(?:(?:[-*•>]{1,2}|[-=]>)[ \t]+)?(?:(?:["'A-Za-z][^\s:<>@]{0,39}[ \t]){0,3}(?:["'A-Za-z][^\s:<>@]{0,39}(?=<))?|[245]\d\d[ \t]+(?:[245]\.\d{1,3}\.\d{1,3}[ \t]+)?)["<]?(?:mailto:)?(${ADDRESS_SOURCE})[">]?${TRAILER}`,
);
const ADDRESS_FIRST = new RegExp(String.raw`^[ \t]*[<"]?(${ADDRESS_SOURCE})[>"]?[ \t]+\S`);
// Or a phrase that introduces the recipient: "Could not be delivered to: <…>", "Invalid final
// delivery userid: …". Found as an address whose preceding text ends with such a word or a colon.
const ANY_ADDRESS_SOURCE = String.raw`<?(?:mailto:)?(${ADDRESS_SOURCE})>?`;
// (and "an"/"à"/"a", the "to" of Gmail's and Exchange's German, French, Spanish, Italian, Portuguese NDRs)
const INTRODUCING_WORDS = new Set(['to', 'for', 'recipient', 'recipients', 'recipient(s)', 'userid', 'address', 'user', 'mailbox', 'an', 'à', 'a']);
// An introduced address may also end its sentence with another one after it ("… delivering your
// message to x@y. Gmail will retry for 46 more hours.").
// Or the sentence goes on to say what became of it ("… to x@y for the following reason:", "… to x@y
// has been returned", "user x@y does not exist", "mailbox for x@y is full", "(Originally addressed to x@y)").
// ("… to x@y for" at a line's end: the sentence goes on under it, "the following reason:".)
const TRAILER_AFTER = new RegExp(`^(?:${TRAILER}|\\.[ \\t]+[A-Z]|[ \\t]+for(?:[ \\t]+the[ \\t]+following[ \\t]+reason|[ \\t]*$))`);
// Words right after the address that state what became of it ("… to x@y has been returned", "user x@y
// does not exist", "mailbox for x@y is full").
const FAILED_AFTER = new RegExp(
  String.raw`^,?[ \t]+(?:failed|could not|cannot|does not|doesn't|did not|didn't|is (?:not (?:valid|found|known|available)|unknown|invalid|unavailable|full|disabled|inactive|over|no longer)|was (?:not|rejected|refused|returned|undeliverable)|has (?:not|been (?:returned|rejected|refused|disabled|suspended|postponed|delayed|blocked))|but (?:your|the|this) (?:mail|message|e-?mail|post(?:ing)?) (?:has been|was|could not be) (?:refused|rejected|returned|delivered))(?=[\s,.:;]|$)`,
);
// Words that only continue a sentence ("… to x@y because …", "(… to x@y)", Gmail's translated "… an
// x@y zugestellt, weil …"): the address is a failed recipient only when the sentence itself says
// something failed ("This notice was sent to x@y because you sent the message" names no failure).
const CONTINUATION_AFTER = /^(?:\)|,?[ \t]+(?:because|zugestellt|weil|car|porque|perch[eé])(?=[\s,.:;]|$))/;
// ("There was an error delivering your mail to <x@y>.": DragonFly Mail Agent's failure sentence.)
const SENTENCE_FAILURE =
  /\b(?:not|no|unable|cannot|fail\w*|undeliver\w*|reject\w*|refused|unknown|invalid|full|disabled|inactive|exceed\w*|problem|postponed|delayed|nicht|pas|non|errors?[ \t]+(?:(?:occurred[ \t]+)?while[ \t]+)?deliver\w*)\b|n't\b|não/i;
// Where a notice says the message or a copy went ("returned to x@y", "forwarded to x@y"): that address
// received something, it did not fail.
const SENT_ON_TO = /\b(?:returned|forwarded|redirected|copied|bounced(?:[ \t]+back)?|reported)[ \t]+to[ \t]*$/i;
const MAX_INTRO_WORDS = 9;
const APPOSITIVE_NOUN = /\b(?:address(?:ed)?|recipient|mailbox)\b/i;
const SENDER_WORDS = /^(?:from|sender|envelope-from|return-path|reply-to):?$/i;
const IDENTIFIER_FIELD = /^(?:(?:resent-|original-|x-[a-z-]*)?message-id|in-reply-to|references|content-id|x-[a-z-]*-id):$/i;
// The same in words ("Original Message ID: <x@y>", "Message Token: x@y", "Queue identifier: x@y"): a
// label that ends in an identifier's name introduces an identifier, which only looks like an address.
const IDENTIFIER_WORD = /^(?:ids?|identifier|token|reference|ref):$/i;

// A sentence may name the sender first ("Your message from a@x to b@y could not be delivered"): each
// address of the line is tried in turn (a few: a line of many addresses is a header, not a sentence).
const ANY_ADDRESS_ALL = new RegExp(ANY_ADDRESS_SOURCE, 'g');
const MAX_SENTENCE_ADDRESSES = 4;

function introducedRecipient(line: string, nextLine: () => string): RegExpExecArray | null {
  ANY_ADDRESS_ALL.lastIndex = 0;
  for (let n = 0; n < MAX_SENTENCE_ADDRESSES; n++) {
    const m = ANY_ADDRESS_ALL.exec(line);
    if (!m) return null;
    const found = introducedAddress(line, m, nextLine);
    if (found) return found;
  }
  return null;
}

// The address ends its line (after a comma at most): the sentence goes on under it, wrapped at the MTA's
// line width ("your message, addressed to x@y,\ncould not be delivered", DBMail).
const LINE_ENDS_AFTER = /^,?[ \t]*$/;

function introducedAddress(line: string, m: RegExpExecArray, nextLine: () => string): RegExpExecArray | null {
  // An address in quotes ("addressed to 'x@y' failed") reads as the address (an apostrophe may
  // belong to a local part, so the address pattern keeps it: cut here).
  const single = (m[1] ?? '').startsWith("'") && m[0].startsWith("'");
  if (single) m[1] = (m[1] ?? '').slice(1);
  // Or in double quotes or brackets ("to \"x@y\" has been postponed", "Delivery to [x@y] failed").
  const double = '"[('.includes(line[m.index - 1] ?? ' ');
  const quote = single || double;
  const before = line.slice(0, double ? m.index - 1 : m.index);
  // Quoted lines ("> To: …") read as the line itself.
  const spoken = before.replace(/^[ \t>]+/, '');
  // A long sentence is read from its last clause ("I'm sorry to inform you that your message, addressed to x@y").
  const clauseAt = spoken.split(/[ \t]+/).length > MAX_INTRO_WORDS + 1 ? spoken.lastIndexOf(',') + 1 : 0;
  const words = spoken.slice(clauseAt).trim().split(/[ \t]+/);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  // "To: x" alone is a header line (the original's), not a report of a failed recipient.
  if (words.length > MAX_INTRO_WORDS || !/[ \t]$/.test(before) || (words.length === 1 && last === 'to:')) return null;
  // "Unknown user: x", or any sentence that ends in a colon before the address ("User mailbox exceeds
  // allowed size: x"); a single word before the colon is a header field ("To: x"), not a report.
  // Phrases about the sender ("MAIL FROM:", "Original Sender:") never introduce a recipient.
  // (Unless the sender's own address came right after those words: "Your message from a@x to b@y could
  // not be delivered" names b@y as what failed.)
  const senderAt = words.findLastIndex((w) => SENDER_WORDS.test(w));
  if (senderAt >= 0 && !words.slice(senderAt + 1, -1).some((w) => w.includes('@'))) return null;
  // A message's identifier quoted in a transcript or notice ("*  Message-ID: <x@y>"): not a mailbox.
  if (IDENTIFIER_FIELD.test(last) || (words.length >= 2 && IDENTIFIER_WORD.test(last))) return null;
  // An address set off in commas after the words that name it, whose clause says it failed ("The
  // address to which your message was addressed, x@y, did not match any mailbox").
  if (!quote && /,[ \t]+$/.test(before) && APPOSITIVE_NOUN.test(before) && FAILED_AFTER.test(line.slice(m.index + m[0].length))) return m;
  const sentence = last.endsWith(':') && words.length >= 2;
  if (!sentence && !INTRODUCING_WORDS.has(last.endsWith(':') ? last.slice(0, -1) : last)) return null;
  const after = line.slice(m.index + m[0].length);
  const rest = quote && /^['"\])]/.test(after) ? after.slice(1) : after;
  if (SENT_ON_TO.test(before)) return null;
  // "(Originally addressed to x@y)": the address the failed one was sent as.
  const original = /originally[ \t]+addressed[ \t]+to[ \t]*$/i.test(before);
  if (FAILED_AFTER.test(rest)) return m;
  if (LINE_ENDS_AFTER.test(rest) && FAILED_AFTER.test(`${rest.trim()} ${nextLine().trimStart()}`)) return m;
  // Otherwise the sentence must say that something failed, or introduce the address with a label of
  // its own ("Undeliverable address: x@y"): "This report was sent to x@y." names no failure.
  const says = original || sentence || SENTENCE_FAILURE.test(line);
  return says && (TRAILER_AFTER.test(rest) || CONTINUATION_AFTER.test(rest)) ? m : null;
}
// A line that points the reader elsewhere ("Please contact postmaster@x", "send mail to …"): the
// address there is help text, not a failed recipient.
const HELP_WORDS = 'please|contact|questions?|help|assistance|notify|administrator|write to|forward|reply to(?![ \\t]+(?:rcpt|mail|end|data|the))';
const HELP_BEFORE = new RegExp(`\\b(?:${HELP_WORDS})\\b`, 'i');
const HELP_ABOVE = new RegExp(`\\b(?:${HELP_WORDS}|mail to|submissions|subscribe|reach)\\b`, 'i');
// "send a message to:", "send the command to": the reader is told where to write.
const SEND_TO_ABOVE = /\bsend\b[^\n]{0,40}\bto[ \t]?:?$/i;
// A line above that says something failed introduces the failed address, whatever else it says.
const FAILURE_WORDS = /\b(?:not|unable|fail\w*|undeliver\w*|error|reject\w*|problems?)\b|n't\b/i;
// The envelope sender named as such ("A message sent by <x@y>", "Sender: x@y"): never a recipient.
const SENDER_BEFORE = /(?:\bsent by|\bfrom|\bsender|return.path|\bauthor)$/i;
// Addresses a mailing list manager writes into a digest or its footer (list-request@, list-owner@ …)
// and the mail system's own mailboxes: they are who to ask, not who failed.
// (postmaster@ may be the failed recipient itself: only help text around it excludes it.)
const ROLE_LOCAL = /^(?:mailer-daemon|owner-.*|.*-(?:request|owner|admin|bounces?|confirm|join|leave|(?:un)?subscribe))$/;
export const isRoleAddress = (address: string): boolean => ROLE_LOCAL.test(address.split('@')[0]?.split('+')[0]?.toLowerCase() ?? '');

/** Whether the words just before an address name it as the sender ("A message sent by <x@y>"). */
function introducesSender(before: string): boolean {
  let end = before.length;
  while (end > 0 && ' \t\n:<"('.includes(before[end - 1] ?? '')) end--;
  return SENDER_BEFORE.test(before.slice(Math.max(0, end - 40), end).replace(/\s+/g, ' '));
}
/** The last non-blank line before `lineStart` (blank lines skipped, up to 3 lines back), and where it starts. */
function lineAbove(text: string, lineStart: number, floor: number): { line: string; start: number } {
  let end = lineStart - 1;
  for (let n = 0; n < 3 && end > floor; n++) {
    const start = Math.max(text.lastIndexOf('\n', end - 1) + 1, floor);
    const line = text.slice(start, end);
    if (line.trim() !== '') return { line, start };
    end = start - 1;
  }
  return { line: '', start: floor };
}
/** That line with the one just above it when no blank line parts them: a sentence wrapped over two lines is read whole. */
function sentenceAbove(text: string, above: { line: string; start: number }, floor: number): string {
  if (above.line === '' || above.start <= floor) return above.line;
  const before = text.slice(Math.max(text.lastIndexOf('\n', above.start - 2) + 1, floor), above.start - 1);
  return before.trim() === '' ? above.line : `${before} ${above.line}`;
}

/** Whether the line's last non-blank character may close a heading (":", or a rule of "-", "*", "="). */
function endsLikeHeading(text: string, lineStart: number, lineEnd: number): boolean {
  let i = lineEnd - 1;
  while (i > lineStart && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  const c = text.charCodeAt(i);
  return c === 58 || c === 45 || c === 42 || c === 61;
}

/** The line after the one ending at `lineEnd` (empty at the region's end). */
function nextLineOf(text: string, lineEnd: number, to: number): string {
  if (lineEnd >= to) return '';
  const nl = text.indexOf('\n', lineEnd + 1);
  return text.slice(lineEnd + 1, nl === -1 || nl > to ? to : nl);
}

/** Whether an address found on a line is said to be someone other than a failed recipient. */
function notARecipient(text: string, line: string, lineStart: number, address: string, addressAt: number, floor: number, labelled: boolean): boolean {
  if (isRoleAddress(address)) return true;
  // A line of a labelled form says whose address it is ("(generated from x@y)" is no sender).
  if (labelled) return false;
  const before = line.slice(0, addressAt);
  if (HELP_BEFORE.test(before) || introducesSender(before)) return true;
  // First on its line: the sentence above may introduce it as the sender, or as whom to write to
  // ("please send mail to\n postmaster@x", a digest's "Send … submissions to\n list@x").
  if (before.trim().replace(/[<"]/g, '') !== '') return false;
  const found = lineAbove(text, lineStart, floor);
  const above = found.line;
  if (introducesSender(above) || (HELP_ABOVE.test(above) && !FAILURE_WORDS.test(above))) return true;
  // An instruction wrapped over two lines that ends in the address ("For help with listserver commands, send a\n
  // message to :\n\n robot@x"): whom to write to, unless the sentence says something failed.
  const sentence = sentenceAbove(text, found, floor);
  return SEND_TO_ABOVE.test(sentence.trimEnd()) && !FAILURE_WORDS.test(sentence);
}

// Where a recipient's text ends: the next recipient, a MIME boundary or a part header.
// Sticky: tried at a line start in the whole text, so lines without an address are not sliced.
const BLOCK_END = /(?:--[!-~]|content-type:|[ \t]*-{3,}|_{5,})/iy;
const MAX_BLOCK = 1500;
// Sendmail's per-recipient verdict, "554 <user@x>... Remote protocol error", closes its own story:
// the transcript lines before it ("While talking to x: >>> DATA <<< 550 …", "421 host (smtp)…")
// are about this recipient, and the lines after it about the next one.
const CODE_FIRST = /^[ \t]*[245]\d\d[ \t]/;
// A new conversation with another host: what came before it is not about the next recipient.
const SESSION_START = /[ \t]*(?:\.\.\.[ \t]*)?while talking to /iy;

const isDelimiter = (text: string, lineStart: number): boolean =>
  text.startsWith('--', lineStart) && !' \t\r\n'.includes(text[lineStart + 2] ?? ' ');

/** Whether the sticky `pattern` matches at `pos` within the line ending at `lineEnd`. */
function matchesAt(pattern: RegExp, text: string, pos: number, lineEnd: number): boolean {
  pattern.lastIndex = pos;
  return pattern.test(text) && pattern.lastIndex <= lineEnd;
}
const isVerdictLine = (line: string, addressEnd: number): boolean =>
  CODE_FIRST.test(line) && /^>?\.\.\./.test(line.slice(addressEnd));

/**
 * Rarer ways of naming a recipient, recognised on the full paths (analyze, analyzeText) but not in
 * the content script, which must stay small (parse/recipient-forms.ts).
 */
export interface RecipientForms {
  /**
   * A recipient line of a rarer form: its address (and the original address it was expanded from);
   * or true when the line names where the recipient just above (`above`) came from, recorded there.
   */
  line(line: string, above: RecipientBlock | null): [string, string?] | true | null;
  /** Addresses the report names as the envelope sender ("MAIL FROM:<x>"): never a failed recipient. */
  senders(text: string, from: number, to: number): ReadonlySet<string>;
  /** When nothing else names a recipient: the addresses quoted server replies name ("550 5.1.1 <x@y>..."). */
  quoted(text: string, from: number, to: number): RecipientBlock[];
}
const NO_SENDERS: ReadonlySet<string> = new Set();

export function findRecipientBlocks(text: string, from: number, to: number, forms: RecipientForms | null = null): RecipientBlock[] {
  // Read only once an address is about to be taken (most lines never get that far).
  let senders: ReadonlySet<string> | null = forms ? null : NO_SENDERS;
  const blocks: RecipientBlock[] = [];
  let open: RecipientBlock | null = null;
  // Start of the lines no block has claimed since a verdict line or a section rule.
  let unclaimed = from;
  let pos = from;
  // The next "@" at or after the current line (-1: none left).
  let nextAt = text.indexOf('@', from);
  while (pos < to) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 || nl > to ? to : nl;
    const lineStart = pos;
    pos = lineEnd + 1;
    // Only a line with an "@" can name a recipient: most lines skip the three patterns.
    if (nextAt !== -1 && nextAt < lineStart) nextAt = text.indexOf('@', lineStart);
    // A MIME delimiter ("--boundary", which may hold an "@") is never a recipient line.
    const line = nextAt !== -1 && nextAt < lineEnd && lineEnd - lineStart < 400 && !isDelimiter(text, lineStart) ? text.slice(lineStart, lineEnd) : null;
    const rare = line !== null && forms ? forms.line(line, open !== null && lineStart - open.end < 200 ? open : null) : null;
    if (rare === true) continue;
    const m = line !== null ? (rare ? [line, rare[0]] : (RECIPIENT_LINE.exec(line) ?? introducedRecipient(line, () => nextLineOf(text, lineEnd, to)) ?? ADDRESS_FIRST.exec(line))) : null;
    const address = m?.[1] ?? '';
    const addressAt = line !== null ? line.toLowerCase().indexOf(address.toLowerCase()) : -1;
    if (m && line !== null && address.includes('@') && !(senders ??= (forms as RecipientForms).senders(text, from, to)).has(address.toLowerCase()) && !notARecipient(text, line, lineStart, address, addressAt, from, rare !== null)) {
      if (open) open.textEnd = lineStart;
      const addrStart = lineStart + addressAt;
      const verdict = isVerdictLine(line, line.indexOf(address) + address.length);
      // The whole line belongs to the recipient: Sendmail and Gmail put the reply code before the address.
      const textStart: number = verdict && !open && lineStart - unclaimed <= MAX_BLOCK ? unclaimed : lineStart;
      const block: RecipientBlock = { recipient: address.toLowerCase(), start: addrStart, end: addrStart + address.length, textStart, textEnd: lineEnd };
      if (rare?.[1]) block.originalRecipient = rare[1];
      blocks.push(block);
      open = verdict ? null : block;
      unclaimed = pos;
      continue;
    }
    // (A heading that sorts the next recipients by their fate, "Recipients that failed permanently:", too.)
    const sectionEnd = matchesAt(BLOCK_END, text, lineStart, lineEnd) || (open !== null && lineEnd - lineStart > 8 && endsLikeHeading(text, lineStart, lineEnd) && isFateHeading(text.slice(lineStart, lineEnd)));
    if (sectionEnd) unclaimed = pos;
    else if (lineEnd - lineStart > 16 && matchesAt(SESSION_START, text, lineStart, lineEnd)) unclaimed = lineStart;
    if (!open) continue;
    if (sectionEnd || lineEnd - open.textStart > MAX_BLOCK) {
      open.textEnd = lineStart;
      open = null;
      continue;
    }
    open.textEnd = lineEnd;
  }
  return shareListText(text, blocks);
}

// Nothing but the address's own brackets and punctuation (and the next line's list bullet, "- b@y"): the
// recipient line says nothing of its own.
const BARE = /^[\s<>"'(),;:.\]*•=-]*$/;

/**
 * A list of addresses, one a line, then one explanation under the last ("… could not be delivered to
 * these recipients:\n  a@x\n  b@y\n\nThe remote server answered: 550 5.1.1 …"): the explanation is
 * about every address of the list, not only the last one.
 */
function shareListText(text: string, blocks: RecipientBlock[]): RecipientBlock[] {
  for (let i = blocks.length - 2; i >= 0; i--) {
    const b = blocks[i] as RecipientBlock;
    const next = blocks[i + 1] as RecipientBlock;
    const between = text.slice(b.end, next.start);
    if (!BARE.test(between) || b.textEnd < b.end) continue;
    // The next address's text (which may itself be shared from further down the list).
    const nextOwn = next.textStart >= next.end ? next.textStart : next.end;
    if (BARE.test(text.slice(nextOwn, next.textEnd))) continue;
    b.textStart = nextOwn;
    b.textEnd = next.textEnd;
  }
  return blocks;
}
