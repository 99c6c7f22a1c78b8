// One candidate finding per affected recipient, from the RFC 3464 fields when there are any and
// from the free-text report otherwise (or both: the text often says more than the fields).
import { extractAddress } from './address.ts';
import { findCommand, findReplyCode, findReplyLine, findStatus, type Located } from './codes.ts';
import { parseDsn, type DsnRecord } from './dsn.ts';
import { labelledError } from './labelled-error.ts';
import { headerValue, type HeaderField } from './message.ts';
import { refusedGroup } from './group-notice.ts';
import { failedRecipientsNotice, type FailedRecipientsNotice } from './failed-recipients-notice.ts';
import { listRefusal, type ListRefusal } from './list-refusal.ts';
import { stoppedRecipients, type StoppedRecipients } from './stopped-recipients.ts';
import { reasonAbove } from './reason-heading.ts';
import { sectionAction } from './section-heading.ts';
import { findRecipientBlocks, type RecipientBlock, type RecipientForms } from './recipient-blocks.ts';
import { transcriptRecipients } from './transcript-recipients.ts';
import type { Action } from '../types.ts';

export interface Candidate {
  recipient: Located<string> | null;
  /** The address the sender wrote, when the report names it and it differs (an alias, a forward). */
  originalRecipient?: string | null;
  action: Located<Action> | null;
  status: Located<string> | null;
  replyCode: Located<number> | null;
  diagnostic: Located<string> | null;
  remoteMta: string | null;
  reportingMta: string | null;
  command: string | null;
  /** Ranges of the text that describe this recipient's error. */
  textRanges: [number, number][];
  /** The server's own words among them (Diagnostic-Code, Status comment), read first. */
  primaryRanges: [number, number][];
  /**
   * The reporting MTA's own status when `status` is the remote server's reply it quotes: the
   * outcome ("4.4.7 message expired") is classified by it, the remote's codes are reported.
   */
  verdictStatus?: string;
  /** The diagnostic is a Diagnostic-Code field: only delivery-status reports write one. */
  diagnosticField?: boolean;
  /**
   * The recipient's own side refused this sender on purpose (a list's manager, a person's Sieve or
   * mail filter): resending the same will not help unless the words name something the sender can change.
   */
  refusedByOwner?: boolean;
  /** A filter's notice lists this recipient among those it kept the message from (it says so). */
  stopped?: boolean;
}

const ACTIONS = new Set<string>(['failed', 'delayed', 'delivered', 'relayed', 'expanded']);
const REMOTE_HOST = /\bhost[ \t]+([a-z0-9][a-z0-9.-]*\.[a-z]{2,})[ \t]*\[/i;
const GENERATING_SERVER = /generating server:[ \t]*([a-z0-9][a-z0-9.-]*)/i;
const MAX_DIAGNOSTIC = 1000;
const BLANK_LINE = /\n[ \t]*\n/;
// (CommuniGate Pro heads its cause with the module that reports it: "SMTP module(domain x) reports:".)
const FIELD_LABEL = /^\s*(?:reason|error|cause|diagnostic|error message|details?|[a-z]+ module\([^)\n]*\) reports)[ \t]*:[ \t]*/i;
// Where a report names the failed command or its generating server: near its start.
const MAX_COMMAND_SCAN = 4096;
const MAX_TRANSCRIPT_SCAN = 16 * 1024;

function toAction(v: Located<string> | null, status: Located<string> | null): Located<Action> | null {
  // A 2.x.x status is a success whatever the Action field says ("deliverable" is not RFC 3464).
  if (status?.value.startsWith('2')) return { value: 'delivered', start: v?.start ?? status.start, end: v?.end ?? status.end };
  if (!v) return null;
  // Some MTAs write "failure"/"failed (permanent)"; keep the RFC 3464 vocabulary.
  const word = v.value.startsWith('fail') ? 'failed' : v.value.startsWith('delay') ? 'delayed' : v.value;
  return ACTIONS.has(word) ? { ...v, value: word as Action } : null;
}

function groupBlocks(blocks: readonly RecipientBlock[]): Map<string, RecipientBlock[]> {
  const byRecipient = new Map<string, RecipientBlock[]>();
  for (const b of blocks) {
    const list = byRecipient.get(b.recipient);
    if (list) list.push(b);
    else byRecipient.set(b.recipient, [b]);
  }
  return byRecipient;
}

/** A Status field whose class the quoted reply's status does not share: the field's verdict stands. */
function otherClass(field: Located<string> | null, quoted: Located<string>): boolean {
  const code = field ? findStatus(field.value)?.value : undefined;
  return code !== undefined && code[0] !== quoted.value[0];
}

/** A generic status field ("5.0.0 (permanent failure)") and a status of the same class that says more. */
function refinesGeneric(field: string, quoted: string): boolean {
  const code = findStatus(field)?.value ?? '';
  return code.endsWith('.0.0') && code[0] === quoted[0] && !quoted.endsWith('.0.0');
}

/**
 * The Status field, unless the server's own reply says something more precise in the same class
 * (Status: 5.0.0 with "550 5.7.1 …" in the diagnostic is a 5.7.1).
 */
function preferredStatus(field: Located<string> | null, inText: Located<string> | null, reply: Located<number> | null): Located<string> | null {
  const fieldCode = field ? findStatus(field.value) : null;
  const value = fieldCode ? { ...(field as Located<string>), value: fieldCode.value } : null;
  if (!value) return inText;
  if (!inText || inText.value === value.value || inText.value.endsWith('.0.0')) return value;
  // The reply's own class decides when the field disagrees with it (Status 4.5.0 over "550 5.5.0").
  const sameClass = inText.value[0] === value.value[0] || (reply !== null && String(reply.value)[0] === inText.value[0]);
  return sameClass ? inText : value;
}

/**
 * A record that gave up (Action: failed) with a permanent Status whose Diagnostic-Code is a temporary
 * reply: the reply is the last attempt's history (a queue lifetime that ran out), the Status the verdict.
 */
function finalStatus(r: DsnRecord): Located<string> | null {
  if (r.action?.value !== 'failed' || !r.status?.value.startsWith('5.') || !r.diagnostic) return null;
  return /^4\d\d[ -]/.test(r.diagnostic.value) ? r.status : null;
}

// An MTA's own verdict that quotes the remote server's last reply in angle brackets (Amazon SES /
// WorkMail: "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed
// out>"): the quoted reply is the server's, and its codes say what happened there.
// Or in single or double quotes after the verdict ("5.1.0 - Unknown address error 550-'5.2.2 <x@y>...
// Mailbox Full'", `550-"5.1.1 The email account … does not exist …"`): a long reply may be cut before
// its closing quote, so only its opening is required.
const QUOTED_REPLY = /<([245]\d\d)[ \t]+([245]\.\d{1,3}\.\d{1,3})[ \t][^<>]{1,300}>|\b([245]\d\d)[- ]['"]([245]\.\d{1,3}\.\d{1,3})[ \t]/;

/** The quoted reply's code and status, located in `text` within `ranges`. */
function quotedReplyIn(text: string, ranges: readonly [number, number][]): { reply: Located<number>; status: Located<string> } | null {
  for (const [start, end] of ranges) {
    const m = QUOTED_REPLY.exec(text.slice(start, end));
    if (!m) continue;
    const code = m[1] ?? m[3] ?? '';
    const replyAt = start + m.index + m[0].indexOf(code);
    const status = m[2] ?? m[4] ?? '';
    const statusAt = text.indexOf(status, replyAt + 3);
    return {
      reply: { value: Number(code), start: replyAt, end: replyAt + 3 },
      status: { value: status, start: statusAt, end: statusAt + status.length },
    };
  }
  return null;
}

/**
 * The server's reply as a person would quote it: from the reply code (or status) to the end of
 * the recipient's text; without a code, the recipient's text after the address.
 */
function diagnosticOf(
  text: string,
  ranges: readonly [number, number][],
  codeAt: number | null,
  recipientEnd: number | null,
): Located<string> | null {
  // The reply itself, where the report quotes it: the sentence that introduces it ("Remote host said:",
  // "did not like our RCPT TO:") may be a range of its own before it.
  const atCode = codeAt === null ? -1 : ranges.findIndex(([s, e]) => codeAt >= s && codeAt < e);
  const ordered = atCode > 0 ? [ranges[atCode] as [number, number], ...ranges.filter((_, i) => i !== atCode)] : ranges;
  for (const [rangeStart, rangeEnd] of ordered) {
    const fromCode = codeAt !== null && codeAt >= rangeStart && codeAt < rangeEnd;
    const start = fromCode ? codeAt : recipientEnd !== null && recipientEnd >= rangeStart && recipientEnd < rangeEnd ? recipientEnd : rangeStart;
    // A quoted reply runs on into the next range when that continues it ("said: 550" then the words
    // on the next line), and ends at the paragraph's end: what follows is the report's own text again.
    let runEnd = rangeEnd;
    for (let next = fromCode ? ranges.find(([s]) => s === runEnd) : undefined; next; next = ranges.find(([s]) => s === runEnd)) runEnd = next[1];
    const blank = fromCode ? BLANK_LINE.exec(text.slice(start, runEnd)) : null;
    const end = blank ? start + blank.index : runEnd;
    // A form's own field name before the words ("Reason: The mailbox is full") is not the server's.
    const chunk = text.slice(start, end).replace(/^[ \t]*['"\])]?[ \t]*[:.>]*/, '').replace(FIELD_LABEL, '');
    // Sendmail wraps the reply in "(reason: …)": its closing parenthesis is not the server's.
    const value = unwrapped(chunk.replace(/\s+/g, ' ').trim());
    if (value.length < 4) continue;
    const lead = end - start - chunk.length + (chunk.length - chunk.trimStart().length);
    return { value: value.slice(0, MAX_DIAGNOSTIC), start: start + lead, end };
  }
  return null;
}

/**
 * The server's reply as the report quotes it with its code, when the Diagnostic-Code field left the
 * code out (Zoho: "Status: 552" / "Diagnostic-Code: 5.2.2 Mailbox full …", and in its human part
 * "ERROR CODE :552 - 5.2.2 Mailbox full …"): the code, a dash or colon, then the field's own words.
 */
function replyQuotedWithCode(text: string, from: number, to: number, code: number, field: Located<string>): Located<string> | null {
  const words = field.value.slice(0, 24);
  if (words.length < 8) return null;
  for (let at = text.indexOf(words, from); at !== -1 && at < to; at = text.indexOf(words, at + 1)) {
    if (at >= field.start && at < field.end) continue;
    const codeAt = codeBefore(text, Math.max(from, at - 8), at, code);
    if (codeAt === null) continue;
    return diagnosticOf(text, [[codeAt, Math.min(to, codeAt + MAX_DIAGNOSTIC)]], codeAt, null);
  }
  return null;
}
/** Where `code` stands right before `at` ("552 - ", "552: ", "552 "), not part of a longer number; else null. */
function codeBefore(text: string, from: number, at: number, code: number): number | null {
  let i = at;
  const blank = (): void => {
    while (i > from && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  };
  blank();
  if (i > from && (text[i - 1] === '-' || text[i - 1] === ':')) i--;
  blank();
  const start = i - 3;
  if (start < from || text.slice(start, i) !== String(code)) return null;
  const prev = start > 0 ? (text[start - 1] ?? '') : '';
  return prev === '.' || (prev >= '0' && prev <= '9') ? null : start;
}

/** The text without a closing parenthesis it never opened. */
function unwrapped(value: string): string {
  if (!value.endsWith(')')) return value;
  let depth = 0;
  for (const ch of value) depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
  return depth < 0 ? value.slice(0, -1).trimEnd() : value;
}

function firstIn<T>(text: string, ranges: readonly [number, number][], find: (t: string) => Located<T> | null): Located<T> | null {
  for (const [start, end] of ranges) {
    const hit = find(text.slice(start, end));
    if (hit) return { value: hit.value, start: start + hit.start, end: start + hit.end };
  }
  return null;
}

/** One recipient: a code or command stated anywhere in the report is about it (MailMarshal puts it above). */
function withReportFallback(candidates: Candidate[], text: string, from: number, to: number): Candidate[] {
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only) {
    const whole: [number, number][] = [[from, to]];
    // A labelled line quoting the remote server's reply (Microsoft 365's "Error Details") beats the
    // first code the report shows (its own summary "Status code: 550 5.7.1"): read it first, too.
    const labelled = labelledError(text, from, to);
    if (labelled && labelled.replyCode.start !== only.replyCode?.start) {
      only.status = labelled.status;
      only.replyCode = labelled.replyCode;
      only.diagnostic = { value: text.slice(...labelled.line).replace(/\s+/g, ' ').trim().slice(0, MAX_DIAGNOSTIC), start: labelled.line[0], end: labelled.line[1] };
      only.textRanges.push(labelled.line);
      only.primaryRanges.push(labelled.line);
    }
    only.status ??= firstIn(text, whole, findStatus);
    only.replyCode ??= firstIn(text, whole, findReplyCode);
    only.command ??= findCommand(text.slice(from, Math.min(to, from + MAX_COMMAND_SCAN)));
  }
  return candidates;
}

/**
 * The only DSN record of a report: a recipient its fields lack comes from the text when that names
 * one recipient, and a reply code they do not state from the report's first reply line.
 */
function withSingleRecipientText(candidates: Candidate[], blocks: ReadonlyMap<string, RecipientBlock[]>, text: string, from: number, to: number): Candidate[] {
  const only = candidates[0] as Candidate;
  const [named] = blocks.size === 1 ? [...blocks] : [];
  if (!only.recipient && named) {
    const [recipient, list] = named;
    const first = list[0] as RecipientBlock;
    const ranges = list.map((b): [number, number] => [b.textStart, b.textEnd]);
    only.recipient = { value: recipient, start: first.start, end: first.end };
    only.originalRecipient ??= first.originalRecipient ?? null;
    only.textRanges.push(...ranges);
    // The fields named no codes ("Action: failed" under a plain-text report): the recipient's text does.
    only.status ??= firstIn(text, ranges, findStatus);
    only.replyCode ??= firstIn(text, ranges, findReplyCode);
    only.diagnostic ??= diagnosticOf(text, ranges, only.replyCode?.start ?? null, first.end);
  }
  const whole: [number, number][] = [[from, to]];
  only.replyCode ??= firstIn(text, whole, findReplyLine);
  return candidates;
}

/**
 * The line a report quotes the server's reply on, from its code to the paragraph's end: the diagnostic
 * a person reads, when the recipient's own text left it out (a code stated above the address, in a
 * session transcript, or on a line of its own after "Error message below:").
 */
function withReplyLine(candidates: Candidate[], text: string, to: number): Candidate[] {
  for (const c of candidates) {
    const code = c.replyCode;
    // A Diagnostic-Code field with words of its own stands; one that is only a delivery agent's exit
    // status ("X-Unix; 77") says less than the reply the transcript quotes.
    if (!code || (c.diagnosticField && /[a-z]{3}/i.test(c.diagnostic?.value ?? '')) || c.diagnostic?.value.includes(String(code.value))) continue;
    const line = code.start < to ? diagnosticOf(text, [[code.start, Math.min(to, code.start + MAX_DIAGNOSTIC)]], code.start, null) : null;
    if (line) c.diagnostic = line;
  }
  return candidates;
}

/**
 * One candidate per recipient: a report that repeats its per-recipient block (one delivery-status
 * part per attempt, or the same block per copy) still names each recipient once, by the first block
 * that states a status.
 */
function onePerRecipient(candidates: Candidate[]): Candidate[] {
  const kept = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = c.recipient?.value ?? String(kept.size);
    const first = kept.get(key);
    if (!first || (!first.status && c.status)) kept.set(key, c);
  }
  return [...kept.values()];
}

function reportingMtaOf(field: string | null, text: string, from: number, to: number): string | null {
  if (field) return field;
  const generating = GENERATING_SERVER.exec(text.slice(from, Math.min(to, from + MAX_COMMAND_SCAN)));
  return generating?.[1] ? generating[1].toLowerCase() : null;
}

/**
 * A filter's notice that lists the recipients it kept the message from (parse/stopped-recipients.ts): each
 * of them is a failed recipient, also those the recipient lines did not name one by one ("Recipients: a, b"
 * yields a block for a only); they share the text of the line that lists them.
 */
function withStoppedList(candidates: Candidate[], stopped: StoppedRecipients | null): Candidate[] {
  if (!stopped) return candidates;
  const listed = new Set(stopped.recipients.map((r) => r.value));
  const model = candidates.find((c) => c.recipient && listed.has(c.recipient.value));
  // The notice's cause is each listed recipient's own words (a recipient line says nothing but its address).
  const cause = stopped.cause;
  const withCause = (c: Candidate): Candidate =>
    c.status || c.replyCode ? { ...c, stopped: true } : { ...c, stopped: true, diagnostic: cause, textRanges: [[cause.start, cause.end], ...c.textRanges], primaryRanges: [[cause.start, cause.end]] };
  const out = candidates.map((c) => (c.recipient && listed.has(c.recipient.value) ? withCause(c) : c));
  for (const r of stopped.recipients) {
    if (out.some((c) => c.recipient?.value === r.value)) continue;
    out.push(withCause(model ? { ...model, recipient: r } : { recipient: r, action: null, status: null, replyCode: null, diagnostic: null, remoteMta: null, reportingMta: null, command: null, textRanges: [], primaryRanges: [] }));
  }
  return out;
}

/** The list a list manager refused the post for: one failed recipient, the notice's words its text. */
function refusalCandidate(r: ListRefusal, reportingMta: string | null): Candidate {
  return {
    recipient: r.list,
    action: { value: r.delayed ? 'delayed' : 'failed', start: r.refused.start, end: r.refused.end },
    status: null,
    replyCode: null,
    diagnostic: r.sentence,
    remoteMta: null,
    reportingMta,
    command: null,
    textRanges: [[r.sentence.start, r.sentence.end]],
    primaryRanges: [],
    ...(r.delayed ? {} : { refusedByOwner: true }),
  };
}

/**
 * The recipients lines named, with what an application's notice says of them (parse/failed-recipients-notice.ts):
 * they did not get the message. Those its list names that no recipient line did are added.
 */
function withNoticeList(candidates: Candidate[], notice: FailedRecipientsNotice | null, reportingMta: string | null): Candidate[] {
  if (!notice) return candidates;
  const listed = new Set(notice.recipients.map((r) => r.value));
  const action = { value: 'failed' as const, start: notice.statement.start, end: notice.statement.end };
  // (Text that starts on a list line — "recipient a@x on <date>" and on — is no server's diagnostic.)
  const inList = (d: Located<string> | null): boolean => d !== null && d.start >= notice.statement.end && d.start < notice.listEnd;
  const out = candidates.map((c) => (c.recipient && listed.has(c.recipient.value) && !c.action ? { ...c, action, ...(inList(c.diagnostic) ? { diagnostic: null } : {}) } : c));
  const missing = noticeCandidates(notice, reportingMta).filter((n) => !out.some((c) => c.recipient?.value === n.recipient?.value));
  return [...out, ...missing];
}

/** Each recipient an application's notice lists as not having got the message (parse/failed-recipients-notice.ts). */
// (The notice's words are its own, not a server's reply: no diagnostic, as Sisimai's "undefined" has none.)
function noticeCandidates(n: FailedRecipientsNotice, reportingMta: string | null): Candidate[] {
  return n.recipients.map((recipient) => ({
    recipient,
    action: { value: 'failed' as const, start: n.statement.start, end: n.statement.end },
    status: null,
    replyCode: null,
    diagnostic: null,
    remoteMta: null,
    reportingMta,
    command: null,
    textRanges: [[n.words.start, n.words.end]],
    primaryRanges: [],
  }));
}

export function extractCandidates(text: string, headers: readonly HeaderField[], from: number, to: number, forms: RecipientForms | null = null): Candidate[] {
  const dsn = parseDsn(text, from, to);
  // A list manager's refusal names the list, not a delivery (full paths only).
  const refusal = forms && !dsn.records.length ? listRefusal(text, headers, from, to) : null;
  if (refusal) return [refusalCandidate(refusal, reportingMtaOf(dsn.reportingMta, text, from, to))];
  let found = findRecipientBlocks(text, from, to, forms);
  // Nothing names a recipient: a server reply quoted in the report may (full paths only).
  if (!found.length && !dsn.records.length && forms) found = forms.quoted(text, from, to);
  const blocks = groupBlocks(found);
  const reportingMta = reportingMtaOf(dsn.reportingMta, text, from, to);
  const rangesOf = (recipient: string | null): [number, number][] =>
    recipient ? (blocks.get(recipient) ?? []).map((b): [number, number] => [b.textStart, b.textEnd]) : [];

  // A session transcript names the address it was sending (">>> RCPT To:<user@x>"): a reply to
  // that is a reply to RCPT, wherever the transcript sits in the report.
  let regionLower: string | null = null;
  const transcriptCommand = (recipient: string | null): string | null => {
    if (!recipient) return null;
    regionLower ??= text.slice(from, Math.min(to, from + MAX_COMMAND_SCAN * 4)).toLowerCase();
    return regionLower.includes(`rcpt to:<${recipient}>`) || regionLower.includes(`rcpt to: <${recipient}>`) ? 'RCPT' : null;
  };

  const candidates: Candidate[] = [];
  // A delivery-status part whose records have no recipient field at all (python-slimta writes only
  // Remote-MTA and Diagnostic-Code) says nothing of who failed: the human part's list does, and one
  // such record is about every address of that list.
  // (The list comes before the records: an address quoted in a field's own reply is not a list.)
  const unnamed = blocks.size > 0 && dsn.records.length > 0 && dsn.records.every((r) => !r.recipient && !r.namesRecipient) &&
    found.every((b) => b.end <= (dsn.records[0]?.start ?? 0));
  const shared = unnamed && dsn.records.length === 1 ? dsn.records[0] : undefined;
  const sharedRanges: [number, number][] = shared?.diagnostic ? [[shared.diagnostic.start, shared.diagnostic.end]] : [];
  if (dsn.records.length && !unnamed) {
    for (const r of dsn.records) {
      // A Final-Recipient the report masked or left out: the notification's own line about the one
      // recipient it names is the final address; Original-Recipient stays what the sender wrote.
      const [stated] = r.recipientFromOriginal && dsn.records.length === 1 && blocks.size === 1 ? [...blocks] : [];
      const statedAt = stated?.[1][0];
      const recipient = stated && statedAt ? { value: stated[0], start: statedAt.start, end: statedAt.end } : r.recipient;
      const ranges = rangesOf(recipient?.value ?? null);
      const diagRange: [number, number][] = r.diagnostic ? [[r.diagnostic.start, r.diagnostic.end]] : [];
      // "Status: 5.2.1 (mailbox disabled, not accepting messages)": the comment is the server's too.
      const comment: [number, number][] = r.status && r.status.end < r.statusLineEnd ? [[r.status.end, r.statusLineEnd]] : [];
      // Sendmail keeps only the first line of a multi-line reply ("550-5.7.1 …"): then the
      // transcript says more, and the field is not read first.
      const truncated = r.diagnostic !== null && /^[245]\d\d-/.test(r.diagnostic.value);
      const primaryRanges = truncated ? comment : [...diagRange, ...comment];
      const textRanges = [...diagRange, ...comment, ...ranges];
      const quoted = quotedReplyIn(text, diagRange);
      const reply = quoted?.reply ?? firstIn(text, textRanges, findReplyCode) ?? r.statusReply ?? null;
      const withCode = reply && r.diagnostic && !r.diagnostic.value.includes(String(reply.value)) ? replyQuotedWithCode(text, from, to, reply.value, r.diagnostic) : null;
      candidates.push({
        recipient,
        originalRecipient: r.originalRecipient,
        action: toAction(r.action, r.status),
        // Only the server's reply may refine the Status field: an MTA's own summary lines may not.
        // A generic field (5.0.0) says nothing the quoted reply's own status (5.1.1) does not.
        ...(quoted && r.status && !refinesGeneric(r.status.value, quoted.status.value) ? { verdictStatus: r.status.value } : {}),
        ...(r.diagnostic?.value ? { diagnosticField: true } : {}),
        // A generic Status (5.0.0) without a Diagnostic-Code: the recipient's text may say more.
        status: finalStatus(r) ?? (quoted && !otherClass(r.status, quoted.status) ? quoted.status : null) ?? preferredStatus(r.status, firstIn(text, r.status && (diagRange.length || !r.status.value.endsWith('.0.0')) ? diagRange : textRanges, findStatus), reply),
        replyCode: reply,
        diagnostic: withCode ?? (r.diagnostic
          ? { ...r.diagnostic, value: r.diagnostic.value.slice(0, MAX_DIAGNOSTIC) }
          : diagnosticOf(text, ranges, reply?.start ?? null, recipient?.end ?? null)),
        remoteMta: r.remoteMta,
        reportingMta,
        command: findCommand(textRanges.map(([s, e]) => text.slice(s, e)).join(' ')) ?? transcriptCommand(recipient?.value ?? null),
        textRanges,
        primaryRanges,
      });
    }
    // The fields say what they say; but a report about one recipient is about that recipient
    // throughout (Sendmail's transcript under a DSN whose Final-Recipient is a pipe or broken).
    const records = onePerRecipient(candidates);
    return withReplyLine(records.length === 1 ? withSingleRecipientText(records, blocks, text, from, to) : records, text, to);
  }
  // The headings a report sorts its recipients under ("Recipients that will be retried:" / "… failed
  // permanently:"): read only when one of them says some are still being tried. A report whose only
  // heading says "failed" ("Delivery has failed to these recipients") is read as before, from its words.
  const headings = shared ? [] : [...blocks.values()].map((list) => sectionAction(text, from, (list[0] as RecipientBlock).start));
  const sorted = headings.some((h) => h?.value === 'delayed');
  let index = 0;
  for (const [recipient, list] of blocks) {
    const heading = headings[index++] ?? null;
    const textRanges = [...list.map((b): [number, number] => [b.textStart, b.textEnd]), ...sharedRanges];
    const joined = textRanges.map(([s, e]) => text.slice(s, e)).join(' ');
    const host = REMOTE_HOST.exec(joined);
    const first = list[0] as RecipientBlock;
    const status = firstIn(text, textRanges, findStatus);
    const reply = firstIn(text, textRanges, findReplyCode);
    const codeAt = Math.min(reply?.start ?? Infinity, status?.start ?? Infinity);
    candidates.push({
      recipient: { value: recipient, start: first.start, end: first.end },
      originalRecipient: list.find((b) => b.originalRecipient)?.originalRecipient ?? null,
      // (Or the heading the recipient is listed under, in a report sorted by fate.)
      action: shared ? toAction(shared.action, shared.status) : sorted ? heading : null,
      status: shared ? preferredStatus(shared.status, status, reply) : status,
      replyCode: reply,
      diagnostic: diagnosticOf(text, textRanges, Number.isFinite(codeAt) ? codeAt : null, first.end) ?? reasonAbove(text, from, first.start),
      remoteMta: host?.[1] ? host[1].toLowerCase() : null,
      reportingMta,
      command: findCommand(joined) ?? transcriptCommand(recipient),
      textRanges,
      primaryRanges: [],
      ...(list.some((b) => b.refusedByOwner) ? { refusedByOwner: true } : {}),
    });
  }
  // An application's own notice listing the recipients its mail did not reach (full paths only). It quotes no
  // server's codes: recipient lines that carry them are a mail system's report.
  const notice = forms && !dsn.records.length && !candidates.some((c) => c.status || c.replyCode) ? failedRecipientsNotice(text, from, to) : null;
  if (candidates.length) return withReplyLine(withReportFallback(withStoppedList(withNoticeList(candidates, notice, reportingMta), forms ? stoppedRecipients(text, from, to) : null), text, from, to), text, to);
  if (notice) return noticeCandidates(notice, reportingMta);
  // No recipient named in the report: the headers may still say who (Exim's X-Failed-Recipients).
  const failed = headerValue(headers, 'x-failed-recipients');
  const whole: [number, number][] = [[from, to]];
  // Or only a session transcript does: the addresses its failing reply answered.
  const transcribed = failed ? [] : transcriptRecipients(text.slice(from, Math.min(to, from + MAX_TRANSCRIPT_SCAN)));
  // Or a content filter's notice lists the recipients it kept the message from.
  const stoppedList = failed || transcribed.length ? null : stoppedRecipients(text, from, to);
  const stopped = stoppedList?.recipients ?? [];
  // Or a Google Groups refusal names the group it would not take the post for.
  const group = failed || transcribed.length || stopped.length ? null : refusedGroup(text, from, to);
  const recipients: (string | Located<string> | null)[] = failed ? failed.split(',').map(extractAddress).filter((a): a is string => a !== null) : transcribed.length ? transcribed : stopped.length ? stopped : [null];
  for (const recipient of recipients) {
    candidates.push({
      recipient: typeof recipient === 'string' ? { value: recipient, start: 0, end: 0 } : (recipient ?? group?.group ?? null),
      action: null,
      status: firstIn(text, whole, findStatus),
      replyCode: firstIn(text, whole, findReplyCode),
      diagnostic: stoppedList ? stoppedList.cause : recipient ? null : (group?.sentence ?? null),
      ...(group && !recipient ? { refusedByOwner: true } : {}),
      ...(stopped.length ? { stopped: true } : {}),
      remoteMta: null,
      reportingMta,
      command: findCommand(text.slice(from, Math.min(to, from + MAX_COMMAND_SCAN))),
      textRanges: whole,
      primaryRanges: [],
    });
  }
  return withReplyLine(candidates, text, to);
}
