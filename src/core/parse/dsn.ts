// RFC 3464 delivery-status fields: one record per recipient, plus the per-message fields.
// Read line by line from the report region; also finds fields pasted into plain text.
import { extractAddress, isChannelForm } from './address.ts';
import type { Located } from './codes.ts';

export interface DsnRecord {
  recipient: Located<string> | null;
  originalRecipient: string | null;
  action: Located<string> | null;
  status: Located<string> | null;
  /** End of the Status line: text after the code is a comment. */
  statusLineEnd: number;
  diagnostic: Located<string> | null;
  remoteMta: string | null;
  /**
   * A Status field that states a bare reply code ("Status: 552", Zoho's reports): a reply code where a
   * status belongs is never a status, but it is the reply the server gave.
   */
  statusReply?: Located<number>;
  /** The recipient stands in from Original-Recipient: the Final-Recipient was missing or no address. */
  recipientFromOriginal?: true;
  /** The record has a recipient field, whether or not its value is an address ("Final-Recipient: anon"). */
  namesRecipient?: true;
  /** The Final-Recipient is a mail system's internal channel form, not a mailbox anyone can write to. */
  channelRecipient?: true;
  /** Offset of the record's first field. */
  start: number;
}

export interface DsnReport {
  reportingMta: string | null;
  records: DsnRecord[];
}

const STATUS_VALUE = /^[245]\.\d{1,3}\.\d{1,3}(?!\d)/;
// The whole value is one reply code: "Status: 550", nothing after it (KumoMTA's "Status: 551 5.4.7 Next
// delivery …" is a sentence, skipped below).
const BARE_REPLY = /^[45]\d\d$/;
const FIELD = /^[ \t]*(final-recipient|original-recipient|x-actual-recipient|action|status|remote-mta|diagnostic-code|x-supplementary-info|reporting-mta|x-postfix-sender)[ \t]*:(.*)/i;

// First letters of those field names: a line starting otherwise is skipped without the regex.
const FIELD_INITIALS = new Set([...'foxasrdFOXASRD'].map((c) => c.charCodeAt(0)));

/** Whether the line at `pos` may be a field: its first non-blank character starts a field name. */
function mayBeField(text: string, pos: number): boolean {
  let c = text.charCodeAt(pos);
  while (c === 32 || c === 9) c = text.charCodeAt(++pos);
  return FIELD_INITIALS.has(c);
}

function typedValue(v: string): string {
  // "dns; mx.example.jp" / "rfc822; user@x" / "smtp; 550 …": drop the type.
  const semi = v.indexOf(';');
  return (semi >= 0 && semi < 12 ? v.slice(semi + 1) : v).trim();
}

// "< #5.5.0 smtp;550 …>": the remote's reply after Exchange's own status and the reply's type.
const SUPPLEMENTARY = /^<?[ \t]*(?:#[245]\.\d{1,3}\.\d{1,3}[ \t]+)?(?:[a-z-]{1,10};[ \t]*)?([245]\d\d\b.*)$/i;

const RECIPIENT_FIELDS = new Set(['final-recipient', 'original-recipient', 'x-actual-recipient']);

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function emptyRecord(start: number): DsnRecord {
  return { recipient: null, originalRecipient: null, action: null, status: null, statusLineEnd: start, diagnostic: null, remoteMta: null, start };
}

export function parseDsn(text: string, from: number, to: number): DsnReport {
  const report: DsnReport = { reportingMta: null, records: [] };
  let current: DsnRecord | null = null;
  let continuing: DsnRecord['diagnostic'] = null;
  const seen = new Set<string>();
  // A blank line since the current record's last field: RFC 3464 separates the per-message group
  // and each recipient's group by one, so a recipient field after it opens a new record.
  let blank = false;
  let pos = from;
  while (pos < to) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 || nl > to ? to : nl;
    if (!continuing && !mayBeField(text, pos)) {
      if (isBlank(text, pos, lineEnd)) blank = true;
      pos = lineEnd + 1;
      continue;
    }
    const line = text.slice(pos, lineEnd);
    const lineStart = pos;
    pos = lineEnd + 1;
    if (continuing && (line[0] === ' ' || line[0] === '\t') && line.trim() !== '') {
      continuing.value += ` ${line.trim()}`;
      continuing.end = lineEnd;
      continue;
    }
    continuing = null;
    const m = FIELD.exec(line);
    if (!m) continue;
    const name = (m[1] ?? '').toLowerCase();
    const rest = m[2] ?? '';
    const raw = rest.trim();
    const valueStart = lineStart + line.length - rest.length + (rest.length - rest.trimStart().length);
    const valueEnd = Math.min(lineEnd, valueStart + raw.length);
    if (name === 'reporting-mta') {
      report.reportingMta = typedValue(raw) || null;
      continue;
    }
    if (name === 'x-postfix-sender') continue;
    // A "Status:" line that does not open with a status code is a sentence of the human part
    // ("Status: 551 5.4.7 Next delivery …" in KumoMTA's text), not a recipient's field: taken as
    // one it would split the real record in two.
    if (name === 'status' && !STATUS_VALUE.test(raw) && !BARE_REPLY.test(raw)) continue;
    // A field seen twice starts the next recipient's record (fields come in any order); so does a
    // recipient field after a blank line, when the record before it names no recipient (a group of
    // Action/Status fields before the recipients' groups is no recipient's).
    const opensGroup = blank && RECIPIENT_FIELDS.has(name) && current !== null && !current.recipient && !current.originalRecipient;
    blank = false;
    if (!current || seen.has(name) || opensGroup) {
      current = emptyRecord(lineStart);
      report.records.push(current);
      seen.clear();
    }
    seen.add(name);
    if (RECIPIENT_FIELDS.has(name)) current.namesRecipient = true;
    switch (name) {
      case 'final-recipient':
      case 'x-actual-recipient': {
        const addr = extractAddress(raw);
        const offset = addr ? line.toLowerCase().indexOf(addr) : -1;
        // A mail system's own final form of a local mailbox (Sun/Oracle Messaging Server's "user@ims-ms-daemon",
        // an LMTP route "@host.lmtp:id@lmtpcs-daemon"): a channel name where a domain belongs. Nobody can write
        // to it; the Original-Recipient is the address the sender knows (taken below when there is one).
        if (addr && name === 'final-recipient' && isChannelForm(addr)) {
          current.channelRecipient = true;
        }
        if (addr && (name === 'final-recipient' || !current.recipient)) {
          current.recipient = offset >= 0 ? { value: addr, start: lineStart + offset, end: lineStart + offset + addr.length } : { value: addr, start: valueStart, end: valueEnd };
        }
        break;
      }
      case 'original-recipient':
        current.originalRecipient = extractAddress(raw);
        break;
      case 'action':
        current.action = { value: raw.toLowerCase().split(/[\s(]/)[0] ?? '', start: valueStart, end: valueEnd };
        break;
      case 'status':
        if (BARE_REPLY.test(raw)) {
          current.statusReply = { value: Number(raw), start: valueStart, end: valueStart + 3 };
          break;
        }
        current.status = { start: valueStart, end: valueStart + (raw.split(/[\s(]/)[0] ?? '').length, value: raw.split(/[\s(]/)[0] ?? '' };
        current.statusLineEnd = lineEnd;
        break;
      case 'remote-mta':
        current.remoteMta = typedValue(raw) || null;
        break;
      case 'diagnostic-code':
        current.diagnostic = { value: typedValue(raw), start: valueStart, end: valueEnd };
        continuing = current.diagnostic;
        break;
      case 'x-supplementary-info': {
        // Exchange's and Hotmail's reports give the remote's reply here instead of a Diagnostic-Code:
        // "X-Supplementary-Info: < #5.5.0 smtp;550 Requested action not taken: mailbox unavailable>".
        if (current.diagnostic) break;
        const reply = SUPPLEMENTARY.exec(raw);
        if (!reply) break;
        const value = reply[1] ?? '';
        const start = valueStart + raw.indexOf(value);
        current.diagnostic = { value, start, end: Math.min(lineEnd, start + value.length) };
        continuing = current.diagnostic;
        break;
      }
    }
  }
  // A record needs a recipient, a status/action or the server's reply to mean anything (a
  // Diagnostic-Code field alone is what a person selects in a rendered bounce).
  report.records = report.records.filter((r) => r.recipient || r.originalRecipient || r.status || r.action || r.diagnostic?.value);
  // Beside recipients' records, an Action/Status group that names nobody and quotes no reply is the
  // per-message part of the report (some generators write it there), not a recipient of its own.
  if (report.records.some((r) => r.recipient || r.originalRecipient)) {
    report.records = report.records.filter((r) => r.recipient || r.originalRecipient || r.diagnostic?.value);
  }
  for (const r of report.records) {
    if (r.channelRecipient && r.originalRecipient && !isChannelForm(r.originalRecipient)) r.recipient = null;
    if (!r.recipient && r.originalRecipient) {
      r.recipient = { value: r.originalRecipient, start: r.start, end: r.start };
      r.recipientFromOriginal = true;
    }
  }
  return report;
}
