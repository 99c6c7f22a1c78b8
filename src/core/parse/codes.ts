// Finds the machine-readable parts of an SMTP reply in free text: the RFC 3463 enhanced status,
// the RFC 5321 reply code and the SMTP command the reply answered.
import { familyCommand } from './family-commands.ts';

export interface Located<T> {
  value: T;
  start: number;
  end: number;
}

// Not part of an IP address, version number or link: no digit, letter, dot, slash or "=" before it,
// no digit or letter after it ("2.1.12rc2"), a dot only as the end of a sentence (not "5.7.1.html").
const ENHANCED = /(?<![\w./=])([245])\.(\d{1,3})\.(\d{1,3})(?!\w|\.\w)/g;
// A reply code stands at the start of the reply, after "said:", "#", "<<<", "(" …, followed by a
// space, a dash (multi-line reply) or the end of the line.
// "550: 5.1.1" keeps its code: a colon is allowed when a status follows.
// At a line start, "554: delivery error" (Yahoo) is a reply too.
// (Or labelled as such, wherever it ends: "[SMTP Error Code 550]", "error code: 552.")
const REPLY = /(?:^|[\s:;#(>[="'])([245][0-5]\d)(?=[ ,-]|$|:[ \t]*[245]\.\d)|^[ \t]*([245][0-5]\d)(?=:[ \t])|\bcode:?[ \t]*([245][0-5]\d)(?!\d|\.\d)/gim;
// (Postfix folds its long lines anywhere: "(in reply to\n    RCPT TO command)".)
const COMMAND =
  /(?:\b(?:in\s+reply\s+to|after|progress\s+was|during|while\s+sending|response\s+to|did\s+not\s+like\s+our)|>>>)\s+(?:the\s+)?(rcpt\s+to|rcpt|mail\s+from|mail|data|end\s+of\s+data|final\s+data|ehlo|helo|starttls|auth|connect|initial\s+connection|greeting)\b/i;

// Header fields that never carry the report's codes: a number in them is a version, a date, an id
// ("X-Mailman-Version: 2.1.5", "Received: … (Exim 4.2.1)"). Tried at a line start (sticky).
const NON_REPORT_FIELD = /[ \t>]*(?:x-[\w-]*|received|date|message-id|mime-version|user-agent|list-[\w-]+|references|dkim-signature|return-path)[ \t]*:/iy;
// A product and its version ("Mailman 2.0.12", "version 4.1.1", "v2.1.0") name no status; a success
// status said in free text follows its 250 reply (alone it is more likely a version).
const VERSION_BEFORE = /(?:version|v|mailman|exim|postfix)[ \t:]*$/i;
const SUCCESS_BEFORE = /2\d\d[ -]+$/;

/** Whether the line holding offset `at` is a header field that never holds the report's codes. */
export function inNonReportField(text: string, at: number): boolean {
  NON_REPORT_FIELD.lastIndex = text.lastIndexOf('\n', at - 1) + 1;
  return NON_REPORT_FIELD.test(text) && NON_REPORT_FIELD.lastIndex <= at;
}

export function findStatus(text: string, from = 0): Located<string> | null {
  ENHANCED.lastIndex = from;
  // A success status before an error's ("<-- 250 2.1.0 Ok" in a session transcript, then "<-- 550
  // 5.1.1 …") is a step that went well: the error's status is the one that explains (as for replies).
  let success: Located<string> | null = null;
  for (let m = ENHANCED.exec(text); m; m = ENHANCED.exec(text)) {
    const [whole, cls, sub, detail] = m;
    // Subject and detail beyond the registry's range are version numbers or dates, not codes.
    if (Number(sub) > 7 || Number(detail) > 999) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (VERSION_BEFORE.test(before) || (cls === '2' && m.index > 0 && !SUCCESS_BEFORE.test(before))) continue;
    if (inNonReportField(text, m.index)) continue;
    const found = { value: `${cls}.${Number(sub)}.${Number(detail)}`, start: m.index, end: m.index + whole.length };
    if (cls === '2') {
      success ??= found;
      continue;
    }
    return found.value.endsWith('.0.0') ? (moreSpecificAfter(text, found) ?? found) : found;
  }
  return success;
}

// An MTA's generic status followed on the same line by the remote server's own reply of the same class
// ("<mx.example.net #5.0.0 smtp; 550 5.1.1 <x@y>... User unknown>"): the server's status says which.
const SPECIFIC_WITHIN = 40;
function moreSpecificAfter(text: string, generic: Located<string>): Located<string> | null {
  const nl = text.indexOf('\n', generic.end);
  const lineEnd = nl === -1 ? text.length : nl;
  const next = findStatus(text.slice(0, Math.min(lineEnd, generic.end + SPECIFIC_WITHIN)), generic.end);
  return next && next.value[0] === generic.value[0] && !next.value.endsWith('.0.0') ? next : null;
}

// The reply codes RFC 5321 and its extensions define (smtp-basic-reply-codes.tsv): "541" or "426" in
// a text are something else. 522 is not in them, but mail servers write it for a mailbox over its quota
// (Oracle Messaging Server's LMTP "522 5.2.0 Delivery failed: Over quota"), and Sisimai 5 reads it.
const REPLY_CODES = new Set([
  211, 214, 220, 221, 235, 250, 251, 252, 334, 354, 421, 422, 432, 450, 451, 452, 453, 454, 455, 500, 501, 502,
  503, 504, 521, 522, 523, 524, 525, 530, 533, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556,
]);

// Exchange's delay notices say "400 4.4.7 Message delayed": a bare class code, taken only where an
// enhanced status of the same class follows it.
const CLASS_ONLY_400 = /^[ \t]+4\.\d/;

// A number with a unit is a size or a time ("message size 550 bytes"), not a reply.
const QUANTITY_AFTER = /^[ \t]+(?:bytes?|[kmg]b|kilobytes?|megabytes?|seconds?|minutes?|hours?|days?|ms)\b/i;

// Sendmail writes its own code before the address and the remote server's after it:
// "554 <user@x>... 550 Host unknown" — the remote's reply is the one that explains.
const SENDMAIL_REMOTE = /\.\.\.[ \t]+([245]\d\d)(?=[ -])/;

/** The reply code of the error: a greeting or success code before an error code is skipped ("220-… 421 …"). */
export function findReplyCode(text: string, from = 0): Located<number> | null {
  const remote = SENDMAIL_REMOTE.exec(from ? text.slice(from) : text);
  if (remote && REPLY_CODES.has(Number(remote[1]))) {
    const start = from + remote.index + remote[0].length - 3;
    return { value: Number(remote[1]), start, end: start + 3 };
  }
  REPLY.lastIndex = from;
  let first: Located<number> | null = null;
  for (let m = REPLY.exec(text); m; m = REPLY.exec(text)) {
    const value = Number(m[1] ?? m[2] ?? m[3]);
    const start = m.index + m[0].length - 3;
    if (!REPLY_CODES.has(value) && !(value === 400 && CLASS_ONLY_400.test(text.slice(start + 3, start + 8)))) continue;
    if (inNonReportField(text, start) || QUANTITY_AFTER.test(text.slice(start + 3, start + 16))) continue;
    const found = { value, start, end: start + 3 };
    if (value >= 400) return found;
    first ??= found;
  }
  return first;
}

// A line that is a reply of its own: the code first, or in Sendmail's "(reason: 550 …)".
const REPLY_LINE = /^[ \t]*(?:<<<[ \t]*|\(reason:[ \t]*)?([245]\d\d)(?=[ -])/gm;

/** The first line of `text` that is an SMTP error reply, as its code (HTML, dates and CSS are skipped). */
export function findReplyLine(text: string): Located<number> | null {
  REPLY_LINE.lastIndex = 0;
  for (let m = REPLY_LINE.exec(text); m; m = REPLY_LINE.exec(text)) {
    const value = Number(m[1]);
    if (value < 400 || !REPLY_CODES.has(value)) continue;
    const start = m.index + m[0].length - 3;
    return { value, start, end: start + 3 };
  }
  return null;
}

const COMMAND_NAMES: Readonly<Record<string, string>> = {
  'rcpt to': 'RCPT', rcpt: 'RCPT', 'mail from': 'MAIL', mail: 'MAIL', data: 'DATA', 'end of data': 'DATA', 'final data': 'DATA',
  ehlo: 'EHLO', helo: 'HELO', starttls: 'STARTTLS', auth: 'AUTH', connect: 'CONNECT',
  'initial connection': 'CONNECT', greeting: 'CONNECT',
};

// qmail says which greeting failed in words.
const HELO_REFUSED = /my name was rejected/i;
// Postfix's smtp(8) writes "host … refused to talk to me" when the server's greeting banner was an
// error: the connection itself was refused, before any command.
const GREETING_REFUSED = /refused\s+to\s+talk\s+to\s+me/i;

export function findCommand(text: string): string | null {
  const m = COMMAND.exec(text);
  if (m) return COMMAND_NAMES[(m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? null;
  // A family's own marker (Yahoo's "[RCPT_TO]" tags and others: family-commands.ts).
  const family = familyCommand(text);
  if (family) return family;
  if (HELO_REFUSED.test(text)) return 'HELO';
  return GREETING_REFUSED.test(text) ? 'CONNECT' : null;
}
