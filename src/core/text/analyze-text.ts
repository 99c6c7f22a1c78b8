// The engine on text: a report's regions (headers, report, original) in, one finding per affected
// recipient out. Everything the content script runs; no MIME decoder here (analyze.ts adds it for
// raw messages), so the page's script does not carry one.
import { classify, namesAReason } from '../classify/classify.ts';
import { detectProviders, providersBySignature } from '../classify/providers.ts';
import { signatureReason } from '../classify/signatures.ts';
import { delayWording, hasBouncePhrase, successWording, warningSubject } from '../formats/bounce-signals.ts';
import type { findFeedbackReport } from '../formats/feedback.ts';
import { NO_HEADER_VERDICT, type HeaderVerdict } from '../formats/header-verdict.ts';
import { findSmtpReply } from '../formats/smtp-reply.ts';
import type { Located } from '../parse/codes.ts';
import { extractCandidates, type Candidate } from '../parse/extract.ts';
import type { RecipientForms } from '../parse/recipient-blocks.ts';
import { headerValue, splitMessage, type HeaderField } from '../parse/message.ts';
import { REASON_DEFAULTS } from '../reasons.ts';
import type { Action, Analysis, Evidence, Finding, InputKind, Reason } from '../types.ts';
import { compactRanges, type CompactText } from './compact.ts';
import { humanPartAboutOthers } from './human-part-addresses.ts';
import { refusalIsFinal, standingRefusal } from './owner-refusal.ts';
import { normalizeLineEndings } from './line-endings.ts';
import { relayedReplyRange } from './relayed-reply.ts';
import { blankReplyContinuations } from './reply-continuations.ts';
import { retryNote } from './retry-notes.ts';

// Everything that matters in a bounce is near its start; beyond this is the returned original
// (or an attack). Reading no further bounds time and memory on any input.
export const MAX_INPUT = 2 * 1024 * 1024;
const MAX_REPORT_SCAN = 2 * 1024;
const LINKED_HOST = /https?:\/\/[a-z0-9.-]+/gi;
const ANY_ADDRESS = /<?[^\s<>@]{1,64}@[^\s<>@]{1,255}>?/g;

const NO_DELAY_WORDS = (): number => 0;
const NO_SUCCESS_WORDS = (): 'relayed' | 'delivered' | null => null;

export const NOT_BOUNCE = (format: Analysis['format']): Analysis => ({ kind: 'not-bounce', findings: [], format });

function evidenceOf(kind: Evidence['kind'], at: { start: number; end: number } | null): Evidence[] {
  return at && at.end > at.start ? [{ start: at.start, end: at.end, kind }] : [];
}

/** Providers named by the hosts; when none is, by the provider's own words in the report (a
 *  rendered bounce has lost its headers' host names). */
function providersOf(hostsLower: string, report: CompactText | null): Set<string> {
  const byHost = detectProviders(hostsLower);
  return byHost.size || !report ? byHost : new Set(providersBySignature(report.lower));
}

const HOST_NAME = /^[a-z0-9][a-z0-9.-]*/;

/** The host name a Remote-MTA value starts with ("mx.example.jp. [192.0.2.1]" → "mx.example.jp"). */
function hostName(remoteMta: string | null): string | null {
  const m = remoteMta ? HOST_NAME.exec(remoteMta.trim().toLowerCase()) : null;
  let host = m?.[0] ?? '';
  while (host.endsWith('.')) host = host.slice(0, -1);
  return host || null;
}

function finding(c: Candidate, text: string, readable: string, report: CompactText | null, extraHosts: string, fromHeader: Reason | null = null, delayWords: () => number = NO_DELAY_WORDS, successWords = NO_SUCCESS_WORDS, providerWords: CompactText | null = report, ownerFilter = false): Finding {
  const compacted = compactRanges(readable, c.textRanges);
  // The remote server's own words (Diagnostic-Code) first: an MTA's summary lines come second.
  const diagnostic = c.primaryRanges.length && c.textRanges.length > c.primaryRanges.length ? compactRanges(readable, c.primaryRanges) : null;
  // Exchange's "… -> 550 …": the remote server's own reply it relays, read before its summary.
  const relayed = relayedReplyRange(readable, c.primaryRanges.length ? c.primaryRanges : c.diagnostic ? [[c.diagnostic.start, c.diagnostic.end]] : []);
  const sources: CompactText[] = [...(relayed ? [compactRanges(readable, [relayed])] : []), ...(diagnostic ? [diagnostic] : []), compacted, ...(report ? [report] : [])];
  // The reply itself may point at its provider ("see https://postmaster.yahooinc.com/error-codes").
  const linked = c.diagnostic?.value.match(LINKED_HOST)?.join(' ') ?? '';
  const hosts = `${c.remoteMta ?? ''} ${c.reportingMta ?? ''} ${c.recipient?.value.split('@')[1] ?? ''} ${extraHosts} ${linked}`.toLowerCase();
  // No Action field and no failure code: a report that says the message went through is not a failure.
  const went = !c.action && !c.status && (c.replyCode === null || c.replyCode.value < 400) ? successWords() : null;
  const classified = classify({
    texts: sources,
    reportIndex: report ? sources.length - 1 : null,
    relayedIndex: relayed ? 0 : null,
    status: c.verdictStatus ?? c.status?.value ?? null,
    replyCode: c.replyCode?.value ?? null,
    command: c.command,
    action: c.action?.value ?? went,
    providers: providersOf(hosts, providerWords),
    headerReason: fromHeader,
    remoteHost: hostName(c.remoteMta),
    recipientDomain: c.recipient?.value.split('@')[1]?.toLowerCase() ?? null,
    reportingHost: hostName(c.reportingMta),
    diagnosed: c.diagnostic !== null,
  });
  // A list that refused the post and names no cause the tables know refused the sender.
  const verdict = c.refusedByOwner && (classified.reason === 'onhold' || classified.reason === 'undefined')
    ? { ...classified, reason: 'rejected' as const, bucket: REASON_DEFAULTS.rejected.bucket, side: REASON_DEFAULTS.rejected.side }
    : classified;
  // The recipient's side refused this sender on purpose (text/owner-refusal.ts): final unless its words
  // name what the sender can change.
  const refusedForGood = (c.refusedByOwner === true || ownerFilter) && refusalIsFinal(verdict.reason, `${compacted.lower} ${report?.lower ?? ''}`);
  const evidence: Evidence[] = [
    ...evidenceOf('recipient', c.recipient),
    ...evidenceOf('action', c.action),
    ...evidenceOf('status', c.status),
    ...evidenceOf('reply-code', c.replyCode),
    ...evidenceOf('diagnostic', c.diagnostic),
  ];
  if (verdict.match) {
    const source = sources[verdict.match.text];
    if (source) {
      const start = source.sourceOffset(verdict.match.start);
      const end = source.sourceOffset(Math.max(verdict.match.end - 1, 0)) + 1;
      evidence.push(...evidenceOf('pattern', { start, end }));
    }
  }
  // Without an Action field, a 4.x.x expiry or a report that says it keeps trying is a delay.
  const permanent = c.status ? c.status.value.startsWith('5') : c.replyCode !== null && c.replyCode.value >= 500;
  const delayed = (): boolean => {
    const words = delayWords();
    // (A 5xx reply before the 4.x.x expiry is the MTA's own final word: Exchange's "550 4.4.7 QUEUE.Expired".)
    return words > (permanent ? 1 : 0) ||
      (words === 0 && verdict.reason === 'expired' && c.status?.value.startsWith('4') === true && !(c.replyCode && c.replyCode.value >= 500));
  };
  const action = c.action?.value ?? went ?? (delayed() ? 'delayed' : 'failed');
  const recipient = c.recipient?.value ?? null;
  const gaveUp = action === 'failed' && delayWords() < 0;
  return {
    recipient,
    originalRecipient: c.originalRecipient && c.originalRecipient !== recipient ? c.originalRecipient : null,
    action,
    status: c.status?.value ?? null,
    replyCode: c.replyCode?.value ?? null,
    diagnostic: c.diagnostic?.value ?? null,
    remoteMta: c.remoteMta,
    reportingMta: c.reportingMta,
    command: c.command,
    // A report that gave up on an address its words call missing (a 4.x.x on the last try) is a
    // hard bounce all the same: the failure is final and the reason is the address's.
    hard: (verdict.hard || refusedForGood || (gaveUp && REASON_DEFAULTS[verdict.reason].hard)) && action !== 'delayed',
    temporary: reportClassTemporary(action, c.status?.value ?? null, c.replyCode?.value ?? null, c.action !== null, gaveUp),
    reason: verdict.reason,
    bucket: verdict.bucket,
    side: verdict.side,
    confidence: verdict.confidence,
    evidence,
  };
}

/**
 * The class the report itself states (see Finding.temporary): still trying, else the code's class, else
 * the action. A report's own "Action: failed" is final whatever class its code has: a 4.x.x there is the
 * last temporary error before the server gave up (RFC 3464 2.3.3), not a promise to try again. So is a
 * report whose own words say it gave up ("This is a permanent error", "I'm not going to try again").
 */
export function reportClassTemporary(action: Action | null, status: string | null, replyCode: number | null, actionStated = false, saysGaveUp = false): boolean | null {
  if (action === 'delayed') return true;
  if (action === 'failed' && (actionStated || saysGaveUp)) return false;
  if (action === 'delivered' || action === 'relayed' || action === 'expanded') return null;
  if (status) return status.startsWith('4');
  if (replyCode !== null) return replyCode < 500;
  return action === 'failed' ? false : null;
}

/** A finding that reports no failure: a recipient's feedback or an auto-reply. */
export function notAnError(reason: 'feedback' | 'vacation', recipient: string | null, evidence: Evidence[]): Finding {
  const d = REASON_DEFAULTS[reason];
  return {
    recipient, action: null, status: null, replyCode: null, diagnostic: null, remoteMta: null, reportingMta: null,
    command: null, hard: false, reason, bucket: d.bucket, side: d.side, confidence: 0.9, evidence,
  };
}

export function kindOf(findings: readonly Finding[]): InputKind {
  if (findings.every((f) => f.action === 'delayed')) return 'delay';
  if (findings.every((f) => f.reason === 'delivered')) return 'delivery';
  return 'bounce';
}

function smtpReplyAnalysis(text: string, format: Analysis['format'], more: Recognizers): Analysis | null {
  const reply = findSmtpReply(text);
  const line = reply && (reply.replyCode || reply.status) ? reply.line : more.pasted?.(text);
  if (!line) return null;
  const c: Candidate = {
    recipient: null, action: null, status: reply?.status ?? null, replyCode: reply?.replyCode ?? null, diagnostic: line,
    remoteMta: null, reportingMta: null, command: null, textRanges: [[line.start, line.end]], primaryRanges: [],
  };
  const f = finding(c, text, text, null, '');
  // A bare code is not a delivery report: there is no action to state.
  return { kind: 'smtp-error', findings: [{ ...f, action: null }], format };
}

/** Recognises what is neither a bounce nor an SMTP reply (a mail client's error); null when none. */
export type RecognizeOther = (text: string) => Finding[] | null;

/**
 * What the full paths add to the content script's engine: mail clients' errors, rarer recipient
 * forms, and the reading of a header block (a page's rendered bounce has none).
 */
export interface Recognizers {
  other: RecognizeOther | null;
  forms: RecipientForms | null;
  headers: ((headers: readonly HeaderField[]) => HeaderVerdict) | null;
  /** ARF complaint reports (not bounces: a mailbox owner's page has none to annotate). */
  feedback: typeof findFeedbackReport | null;
  /** A server's message pasted without a code that names a known cause (text/pasted-message.ts). */
  pasted: ((text: string) => Located<string> | null) | null;
}

export function analyzeDocument(input: string, format: Analysis['format'], keepEvidence: boolean, more: Recognizers): Analysis {
  const text = normalizeLineEndings(input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input);
  const { headers, bodyStart, originalStart } = splitMessage(text);
  const result = analyzeRegions(text, headers, bodyStart, originalStart, format, more);
  if (!keepEvidence) for (const f of result.findings) f.evidence = [];
  return result;
}

export function analyzeRegions(text: string, headers: HeaderField[], bodyStart: number, originalStart: number, format: Analysis['format'], more: Recognizers): Analysis {
  const feedback = more.feedback?.(text, bodyStart, originalStart);
  if (feedback) {
    const typeEvidence = evidenceOf('pattern', { start: feedback.typeStart, end: feedback.typeEnd });
    const findings = feedback.recipients.length
      ? feedback.recipients.map((r) => notAnError('feedback', r.address, [...evidenceOf('recipient', r), ...typeEvidence]))
      : [notAnError('feedback', null, typeEvidence)];
    return { kind: 'feedback', findings, format };
  }
  const said = headers.length && more.headers ? more.headers(headers) : NO_HEADER_VERDICT;
  if (said.unsubscribe) {
    return { kind: 'feedback', findings: [notAnError('feedback', null, [])], format };
  }
  // What the classifier reads: the report with multi-line replies joined (same offsets as `text`).
  const readable = blankReplyContinuations(text, bodyStart, originalStart);
  const reportScan = compactRanges(readable, [[bodyStart, Math.min(originalStart, bodyStart + MAX_REPORT_SCAN)]]);
  const candidates = extractCandidates(text, headers, bodyStart, originalStart, more.forms);
  const hasFields = candidates.some((c) => c.recipient || c.action || c.status || c.replyCode || c.diagnostic);
  // A pasted reply ("550 5.7.1 Relay access denied") is one line, or names no recipient: an SMTP
  // error, not a report.
  if (!headers.length && (!text.trim().includes('\n') || !candidates.some((c) => c.recipient || c.action))) {
    const reply = smtpReplyAnalysis(text, format, more);
    if (reply) return reply;
  }
  // Without headers (rendered text) the report's own words decide: a bounce phrase, or any text of
  // the reason tables next to a recipient or a code.
  // A message with a header block of its own that is not from a mail system must name a failed
  // recipient to be a bounce: a person's mail about a delivery, with a "5.1.1" in it, is not one.
  const personal = headers.length > 0 && more.headers !== null && !said.bounce && !candidates.some((c) => c.recipient || c.action || c.diagnosticField);
  const isBounce =
    said.bounce ||
    candidates.some((c) => c.action || c.stopped) ||
    (hasFields && !personal && (hasBouncePhrase(reportScan.lower) || namesAReason(reportScan.lower))) ||
    // A Diagnostic-Code field, even alone: only delivery-status reports write one.
    candidates.some((c) => c.diagnosticField === true) ||
    (signatureReason(reportScan.lower) !== null && !personal);
  // RFC 3834: "Auto-Submitted: auto-replied" marks a response, not a delivery report (those are
  // auto-generated) — unless it states codes or DSN fields, or names a failed recipient and a cause
  // from the reason tables ("<x@y>: That's not a valid user here"): then it is a bounce.
  const autoReply =
    said.autoReply &&
    !candidates.some((c) => c.action || c.status || c.replyCode) &&
    !(candidates.some((c) => c.recipient) && namesAReason(reportScan.lower));
  if (autoReply) return { kind: 'auto-reply', findings: [notAnError('vacation', null, [])], format };
  if (!isBounce) {
    const reply = smtpReplyAnalysis(text, format, more);
    if (reply) return reply;
    const client = more.other?.(text);
    if (client && client.length) return { kind: 'client-error', findings: client, format };
    return NOT_BOUNCE(format);
  }
  const from = (headerValue(headers, 'from') ?? '').toLowerCase();
  // Read once per report, and only when a finding asks (most are decided by their codes).
  let wording: number | undefined;
  // The report's words first; a report that says neither way is a warning when its subject says so.
  // (A delay notice's own note that it tries again counts unless the report says it gave up.)
  const saidInReport = (): number => {
    const report = text.slice(bodyStart, Math.min(originalStart, bodyStart + MAX_REPORT_SCAN));
    const words = delayWording(report);
    return words < 0 ? words : Math.max(words, retryNote(report));
  };
  const delayWords = (): number => (wording ??= ((w) => (w === 0 && warningSubject(headerValue(headers, 'subject')) ? 2 : w))(saidInReport()));
  let success: 'relayed' | 'delivered' | null | undefined;
  const successWords = (): 'relayed' | 'delivered' | null => (success === undefined ? (success = successWording(text.slice(bodyStart, Math.min(originalStart, bodyStart + MAX_REPORT_SCAN)))) : success);
  // Delivery-status records whose servers said different things (their Diagnostic-Code fields):
  // a record whose own words are not a server's reply takes no cause from the human part, which
  // sums up every recipient ("oh! horror!" is not the spam block the next recipient got).
  // (Words that differ only by the address each names say the same thing.)
  const diagnostics = new Set(candidates.flatMap((c) => (c.recipient && c.diagnosticField && c.diagnostic?.value ? [c.diagnostic.value.replace(ANY_ADDRESS, '').trim().toLowerCase()] : [])));
  // A human part that names other recipients and none of the records' says nothing about them.
  let aboutOthersSaid: boolean | undefined;
  const aboutOthers = (c: Candidate): boolean =>
    c.diagnosticField === true && c.recipient !== null && (aboutOthersSaid ??= humanPartAboutOthers(text, bodyStart, originalStart));
  const ownWordsOnly = (c: Candidate): boolean =>
    (diagnostics.size > 1 && c.diagnosticField === true && c.replyCode === null && Boolean(c.diagnostic?.value)) || aboutOthers(c);
  const ownerFilter = standingRefusal(headerValue(headers, 'auto-submitted'), reportScan.lower);
  const all = candidates.map((c) => finding(c, text, readable, ownWordsOnly(c) ? null : reportScan, from, said.reason, delayWords, successWords, reportScan, ownerFilter));
  // A report about failures lists the recipients it did deliver to only in passing: those are not
  // findings (a notice of success alone still says whom it reached).
  const failures = all.filter((f) => f.reason !== 'delivered');
  const findings = failures.length && failures.length < all.length ? failures : all;
  return { kind: kindOf(findings), findings, format };
}

