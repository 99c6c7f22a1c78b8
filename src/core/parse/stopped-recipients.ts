// Content filters and gateways that stop a message write a notice of their own to the sender, naming
// the recipients they kept it from on one labelled line: MIMEDefang's "The recipients were: <a> <b>",
// an outbound quarantine's summary "Recipient: a" / "Recipients: a, b". Those addresses failed only when
// the notice says the message did not go through ("not delivered", "quarantined", "blocked for delivery",
// "delivery … was stopped"); a notice that only says it modified the message (an attachment removed)
// names recipients who got it. "Quarantined" alone stops a message only in a notice about the sender's own
// message ("your message", "an e-mail you sent"): a quarantine digest sent to the recipient ("messages
// quarantined for you", "Recipient: you") lists the person it reaches, who failed nothing.
import { ADDRESS_SOURCE } from './address.ts';
import type { Located } from './codes.ts';

const LIST_LINE = /^[ \t]*(?:the[ \t]+)?(?:intended[ \t]+)?recipients?(?:\(s\))?(?:[ \t]+(?:were|was|are|is))?[ \t]*:[ \t]*([^\n]{1,1000})/im;
const ADDRESS = new RegExp(ADDRESS_SOURCE, 'g');
// Between addresses only brackets, quotes, commas, semicolons and blanks: a list, not a sentence.
const SEPARATORS = /^[\s<>"',;]*$/;
const STOPPED = /\b(?:not[ \t\n]+(?:been[ \t\n]+)?delivered|blocked[ \t\n]+for[ \t\n]+delivery|delivery[ \t\n]+of[ \t\n]+the[ \t\n]+(?:e-?mail|message)[ \t\n]+was[ \t\n]+stopped|(?:was|has[ \t\n]+been)[ \t\n]+(?:rejected|blocked|refused|discarded))\b/i;
const QUARANTINED = /\b(?:quarantined|in[ \t\n]+quarantine)\b/i;
const SENDERS_MESSAGE = /\byour[ \t\n]+(?:(?:outbound|outgoing)[ \t\n]+)?(?:e-?mail|message|mail)\b|\b(?:e-?mail|message)[ \t\n]+you[ \t\n]+sent\b|\bmessage[ \t\n]+from[ \t\n]+you\b/i;
const MAX_SCAN = 4096;

/** Where the notice says the message did not go through. */
function stoppedAt(region: string): RegExpExecArray | null {
  const stop = STOPPED.exec(region);
  if (stop) return stop;
  return SENDERS_MESSAGE.test(region) ? QUARANTINED.exec(region) : null;
}
// A summary's own cause field ("Reason: Content policy …").
const CAUSE_FIELD = /^[ \t]*(?:reason|cause)[ \t]*:[ \t]*(\S[^\n]{0,300})/im;

export interface StoppedRecipients {
  recipients: Located<string>[];
  /** Where the notice says the message did not go through. */
  stop: { start: number; end: number };
  /** What the notice gives as the cause: its Reason field, else the paragraph that says it stopped the message. */
  cause: Located<string>;
}

function causeOf(text: string, region: string, from: number, stopAt: number): Located<string> {
  const field = CAUSE_FIELD.exec(region);
  if (field?.[1]) {
    const start = from + field.index + field[0].length - field[1].length;
    return { value: field[1].trim(), start, end: start + field[1].length };
  }
  const before = region.lastIndexOf('\n\n', stopAt);
  const after = region.indexOf('\n\n', stopAt);
  const start = from + (before === -1 ? 0 : before + 2);
  const end = from + (after === -1 ? region.length : after);
  return { value: text.slice(start, end).replace(/\s+/g, ' ').trim(), start, end };
}

/** The recipients a filter's notice lists as kept from the message; null when it does not say so. */
export function stoppedRecipients(text: string, from: number, to: number): StoppedRecipients | null {
  const region = text.slice(from, Math.min(to, from + MAX_SCAN));
  const m = LIST_LINE.exec(region);
  const stop = m ? stoppedAt(region) : null;
  if (!m || !stop) return null;
  const list = m[1] ?? '';
  const listAt = from + m.index + m[0].length - list.length;
  const recipients: Located<string>[] = [];
  let last = 0;
  ADDRESS.lastIndex = 0;
  for (let a = ADDRESS.exec(list); a; a = ADDRESS.exec(list)) {
    if (!SEPARATORS.test(list.slice(last, a.index))) break;
    const value = a[0].toLowerCase();
    if (!recipients.some((f) => f.value === value)) recipients.push({ value, start: listAt + a.index, end: listAt + a.index + a[0].length });
    last = a.index + a[0].length;
  }
  if (!recipients.length) return null;
  return { recipients, stop: { start: from + stop.index, end: from + stop.index + stop[0].length }, cause: causeOf(text, region, from, stop.index) };
}
