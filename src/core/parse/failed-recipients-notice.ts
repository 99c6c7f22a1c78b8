// Applications that mail on a person's behalf (a file-transfer service, a form builder, a ticket desk) learn of
// bounces from their own mail system and tell that person in a notice of their own, in their own words and
// language: "One or more of your recipients failed to receive your message(s):" then one line per address
// (FileSender, with the transfer and the date), "… has responses that were unable to be delivered to the
// following recipients: a, b." (FormSG). No delivery report, no code: the notice's statement and the
// addresses it lists under it are all there is. The failed recipients are those listed addresses, never the
// person the notice is sent to, the links or the addresses in its advice text.
import { ADDRESS_SOURCE, findAddress } from './address.ts';
import { findReplyCode, findStatus, type Located } from './codes.ts';

// The statement that recipients did not get the message, as the applications word it, ending just before the
// colon that introduces the list. (en, de, fr, es, nl, it, pt: FileSender's translations and FormSG's wordings.)
const STATEMENT = new RegExp([
  // "One or more of your recipients failed to receive your message(s)"
  String.raw`recipients?(?:\(s\))?\s+(?:failed\s+to|did\s+not|could\s+not)\s+receive\b[^:\n]{0,60}`,
  // "unable to be delivered to the following recipients", "could not be delivered to the following recipient(s)"
  String.raw`(?:unable\s+to\s+be|could\s+not\s+be|couldn't\s+be|were\s+not|was\s+not)\s+delivered\s+to\s+(?:the\s+)?following\s+recipients?(?:\(s\))?`,
  // "Responses to the following recipient(s) could not be delivered"
  String.raw`to\s+the\s+following\s+recipients?(?:\(s\))?\s+(?:could\s+not|couldn't|cannot)\s+be\s+delivered`,
  // "ein oder mehrere Ihrer Empfänger haben Ihre Nachricht(en) nicht erhalten"
  String.raw`empfänger\s+haben\s+[^:\n]{0,40}nicht\s+erhalten`,
  // "Certains de vos destinataires n'ont pas pu recevoir votre message"
  String.raw`destinataires?\s+n['’](?:ont|a)\s+pas\s+p[uû]\s+re[cç]evoir\b[^:\n]{0,40}`,
  // "Uno o más de sus destinatarios no recibieron su(s) mensaje(s)"
  String.raw`destinatarios?\s+no\s+(?:recibieron|recibió|han\s+recibido|ha\s+recibido)\b[^:\n]{0,40}`,
  // "Het is niet gelukt uw bericht(en) af te leveren bij een of meer van uw ontvangers"
  String.raw`niet\s+gelukt\s+[^:\n]{0,60}af\s+te\s+leveren\s+bij\s+[^:\n]{0,40}ontvangers?`,
  // Italian and Portuguese counterparts ("destinatari non hanno ricevuto", "destinatários não receberam")
  String.raw`destinatari\s+non\s+hanno\s+ricevuto\b[^:\n]{0,40}`,
  String.raw`destinatários?\s+não\s+(?:receberam|recebeu)\b[^:\n]{0,40}`,
].join('|'), 'gi');
// Words one of the statements has, looked for first: most reports have none of them.
const STATEMENT_WORDS = /receive|re[cç]evoir|recib|ricevut|receb|erhalten|leveren|be[ \t\n]+delivered/i;
// The colon that opens the list follows the statement closely ("message(s) :", "recipients:").
const OPENS_LIST = /^[^:\n]{0,12}:/;
const ADDRESS = new RegExp(ADDRESS_SOURCE, 'g');
// An inline list: addresses with only brackets, quotes, commas, semicolons, "and" and blanks between them.
const INLINE_SEPARATORS = /^(?:[\s<>"',;]|\band\b|\bund\b|\bet\b|\by\b|\ben\b|\be\b)*$/i;
// A list line starts with a bullet, or names an address.
const BULLET = /^[ \t]*(?:[-*•·‣–]|\d{1,3}[.)])[ \t]/;
const MAX_SCAN = 4096;
const MAX_LINES = 400;

export interface FailedRecipientsNotice {
  recipients: Located<string>[];
  /** The notice's statement that they did not get the message. */
  statement: { start: number; end: number };
  /** Its own words: from the statement to the end of the paragraph after the list. */
  words: { start: number; end: number };
  /** Where its (last) list ends. */
  listEnd: number;
}

/** The addresses listed inline after the colon, up to the end of the sentence ("a, b."). */
function inlineList(region: string, at: number): { found: { value: string; index: number }[]; end: number } {
  const nl = region.indexOf('\n\n', at);
  const limit = nl === -1 ? region.length : nl;
  const found: { value: string; index: number }[] = [];
  let last = at;
  ADDRESS.lastIndex = at;
  for (let a = ADDRESS.exec(region); a && a.index < limit; a = ADDRESS.exec(region)) {
    if (!INLINE_SEPARATORS.test(region.slice(last, a.index))) break;
    // (A sentence's full stop is no part of the last address: "b@y.org." ends at "org".)
    found.push({ value: a[0], index: a.index });
    last = a.index + a[0].length;
  }
  return { found, end: last };
}

/**
 * The addresses of the list lines after the statement's line, one per line. Blank lines may part items that
 * start with a bullet ("  - Transfer #12 recipient a@x on …"); a line right under an item may carry its address
 * (an item wrapped before it). Any other line ends the list ("Please reply to postmaster@x" is advice).
 */
function listedLines(region: string, at: number): { found: { value: string; index: number }[]; end: number } {
  const found: { value: string; index: number }[] = [];
  let pos = region.indexOf('\n', at);
  let end = at;
  let items = 0;
  let afterBlank = false;
  for (let n = 0; pos !== -1 && n < MAX_LINES; n++) {
    const next = region.indexOf('\n', pos + 1);
    const line = region.slice(pos + 1, next === -1 ? region.length : next);
    if (!line.trim()) {
      afterBlank = true;
    } else {
      const address = findAddress(line);
      const bullet = BULLET.test(line);
      if ((!address && !bullet) || (items > 0 && afterBlank && !bullet)) break;
      if (address) found.push({ value: address.value, index: pos + 1 + address.index });
      items++;
      afterBlank = false;
      end = pos + 1 + line.length;
    }
    pos = next;
  }
  return { found, end };
}

/** The recipients an application's notice says did not get the message; null when the text is no such notice. */
export function failedRecipientsNotice(text: string, from: number, to: number): FailedRecipientsNotice | null {
  const region = text.slice(from, Math.min(to, from + MAX_SCAN));
  if (!STATEMENT_WORDS.test(region)) return null;
  STATEMENT.lastIndex = 0;
  const first = STATEMENT.exec(region);
  if (!first) return null;
  // A mail system's report quotes codes: it is read as one (its recipient lines carry the server's reply).
  if (findStatus(region) || findReplyCode(region)) return null;
  const recipients: Located<string>[] = [];
  let end = 0;
  // Each statement and its list (a notice may repeat the statement per recipient).
  STATEMENT.lastIndex = 0;
  for (let m = STATEMENT.exec(region); m; m = STATEMENT.exec(region)) {
    const afterStatement = m.index + m[0].length;
    const colon = OPENS_LIST.exec(region.slice(afterStatement));
    if (!colon) continue;
    const listAt = afterStatement + colon[0].length;
    const lineEnd = region.indexOf('\n', listAt);
    const restOfLine = region.slice(listAt, lineEnd === -1 ? region.length : lineEnd);
    const list = restOfLine.trim() ? inlineList(region, listAt) : listedLines(region, listAt);
    for (const a of list.found) {
      const value = a.value.toLowerCase();
      if (!recipients.some((r) => r.value === value)) recipients.push({ value, start: from + a.index, end: from + a.index + a.value.length });
    }
    if (list.found.length) end = Math.max(end, list.end);
    STATEMENT.lastIndex = Math.max(STATEMENT.lastIndex, list.end);
  }
  if (!recipients.length) return null;
  const m = first;
  const afterStatement = m.index + m[0].length;
  // The notice's words about them run on to the end of the next paragraph ("This bounce was likely due to a full mailbox.").
  const paragraph = region.indexOf('\n\n', end);
  const nextParagraph = paragraph === -1 ? -1 : region.indexOf('\n\n', paragraph + 2 + (/^\s*/.exec(region.slice(paragraph + 2))?.[0].length ?? 0));
  const wordsEnd = paragraph === -1 ? region.length : nextParagraph === -1 ? region.length : nextParagraph;
  return {
    recipients,
    statement: { start: from + m.index, end: from + afterStatement },
    words: { start: from + m.index, end: from + wordsEnd },
    listEnd: from + end,
  };
}
