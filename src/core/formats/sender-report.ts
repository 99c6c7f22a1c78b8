// A content filter's notice to the sender (MailScanner's sender.*.report.txt templates and the filters that
// copy them): it quotes the refused message's envelope as an indented summary right under its opening
// sentence — "Our virus detector has just been triggered by a message you sent:-" / "  To: x@y" /
// "  Subject: …" — and that "To:" line is the one place it names whom the message did not reach.
// (Only indented and right under "a message you sent": a "To:" at the start of a line is a header of the
// returned original, never a failed recipient.)
import { ADDRESS_SOURCE } from '../parse/address.ts';
import type { RecipientBlock } from '../parse/recipient-blocks.ts';
import { listRefusalRecipients } from '../parse/list-refusal.ts';

const SENT_THEN_TO = /a[ \t]+message[ \t]+you[ \t]+sent\b[^\n]{0,16}\n(?:[ \t]*\n)?[ \t]+to:[ \t]*([^\n]{1,2000})/i;
const ADDRESS = new RegExp(ADDRESS_SOURCE, 'g');
const MAX_SCAN = 8192;
// The rest of the indented summary under the "To:" line.
const SUMMARY_LINES = /^(?:\n[ \t]+[A-Za-z-]{1,20}:[^\n]*)*\n?/;

// MIMEDefang's notification (Mail::MIMEDefang's action_notify_sender): "The recipients were: <a> <b>" on one
// line, and the message stopped ("quarantined, and not delivered to the recipients", "was NOT delivered"). Its
// notice about a message only modified and passed on names recipients too: without "not delivered" none failed.
const RECIPIENTS_WERE = /^the[ \t]+recipients[ \t]+were:[ \t]*([^\n]{1,2000})/im;
const NOT_DELIVERED = /\bnot[ \t\n]+(?:been[ \t\n]+)?delivered\b/i;

function recipientsWere(text: string, from: number, to: number): RecipientBlock[] {
  const region = text.slice(from, Math.min(to, from + MAX_SCAN));
  const m = RECIPIENTS_WERE.exec(region);
  if (!m || !NOT_DELIVERED.test(region)) return [];
  const list = m[1] ?? '';
  const listStart = from + m.index + m[0].length - list.length;
  const blocks: RecipientBlock[] = [];
  ADDRESS.lastIndex = 0;
  for (let a = ADDRESS.exec(list); a; a = ADDRESS.exec(list)) {
    const start = listStart + a.index;
    blocks.push({ recipient: a[0].toLowerCase(), start, end: start + a[0].length, textStart: from + m.index + m[0].length, textEnd: to });
  }
  return blocks;
}

/**
 * The recipients a filter's or list's notice to the sender names, between `from` and `to` (an envelope
 * summary, MIMEDefang's recipient line, a list manager's refusal: parse/list-refusal.ts); [] when it is none.
 */
export function senderReportRecipients(text: string, from: number, to: number): RecipientBlock[] {
  const region = text.slice(from, Math.min(to, from + MAX_SCAN));
  const m = SENT_THEN_TO.exec(region);
  if (!m) {
    const named = recipientsWere(text, from, to);
    return named.length ? named : listRefusalRecipients(text, from, to);
  }
  const list = m[1] ?? '';
  const listStart = from + m.index + m[0].length - list.length;
  // The notice's own words about why follow the summary ("  Subject: …", "  Date: …"): they are every
  // recipient's text (the opening sentence stays in the report's text).
  const after = SUMMARY_LINES.exec(region.slice(m.index + m[0].length));
  const textStart = from + m.index + m[0].length + (after ? after[0].length : 0);
  const blocks: RecipientBlock[] = [];
  ADDRESS.lastIndex = 0;
  for (let a = ADDRESS.exec(list); a; a = ADDRESS.exec(list)) {
    const start = listStart + a.index;
    blocks.push({ recipient: a[0].toLowerCase(), start, end: start + a[0].length, textStart, textEnd: to });
  }
  return blocks;
}
