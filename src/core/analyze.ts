// The engine's entry points: text or raw message in, one finding per affected recipient out.
// Raw messages may need their MIME parts decoded, may hold several messages (an mbox) or wrap the
// real report as an attachment; the text itself is read by text/analyze-text.ts.
import { recognizeClientError } from './client-errors/recognize.ts';
import { decodeEncodedParts } from './parse/encoded-parts.ts';
import { htmlOnlyReport } from './parse/html-report.ts';
import { hasBounceHeaders } from './formats/bounce-signals.ts';
import { findFeedbackReport } from './formats/feedback.ts';
import { readHeaders } from './formats/header-verdict.ts';
import { sesNotification } from './formats/ses-notification.ts';
import { mboxMessageStarts } from './parse/mbox.ts';
import { decodeReport, needsDecoding } from './parse/mime-decode.ts';
import { parseHeaderBlock, splitMessage, type MessageRegions } from './parse/message.ts';
import { RECIPIENT_FORMS } from './parse/recipient-forms.ts';
import { pastedMessage } from './text/pasted-message.ts';
import { MAX_INPUT, NOT_BOUNCE, analyzeDocument, analyzeRegions, kindOf, notAnError, type Recognizers } from './text/analyze-text.ts';
import { normalizeLineEndings } from './text/line-endings.ts';
import type { Analysis, InputKind } from './types.ts';


// Everything the engine recognises.
const ALL: Recognizers = { other: recognizeClientError, forms: RECIPIENT_FORMS, headers: readHeaders, feedback: findFeedbackReport, pasted: pastedMessage };

/** Plain text as a person sees it (a rendered bounce, a pasted SMTP reply or mail-client error). Synchronous. */
export function analyzeText(text: string): Analysis {
  try {
    const ses = typeof text === 'string' ? sesAnalysis(text, 'text') : null;
    if (ses) return ses;
    return analyzeDocument(typeof text === 'string' ? text : '', 'text', true, ALL);
  } catch {
    // Never reached by design; a bug must not take the caller down.
    return NOT_BOUNCE('text');
  }
}

// A report that names nobody may be a cover note around the real bounce, attached as the
// "original" (a gateway forwarding the DSN it received). Followed this many levels deep at most.
const MAX_NESTING = 3;

function saysNothing(a: Analysis): boolean {
  return a.findings.every((f) => f.recipient === null && f.status === null && f.replyCode === null);
}

/** Start of the attached message's own header block, if the attachment is a mail system's report. */
function attachedReportStart(text: string, originalStart: number): number | null {
  // Skip the marker line and the part's own MIME headers.
  const markerEnd = text.indexOf('\n', originalStart);
  if (markerEnd === -1) return null;
  const partHeaders = parseHeaderBlock(text, markerEnd + 1);
  const start = partHeaders.fields.every((f) => f.name.startsWith('content-')) ? partHeaders.end : markerEnd + 1;
  const inner = parseHeaderBlock(text, start);
  return inner.fields.length >= 2 && hasBounceHeaders(inner.fields) ? start : null;
}

/** An Amazon SES notification (JSON, formats/ses-notification.ts) read as the report it carries. */
function sesAnalysis(body: string, format: Analysis['format']): Analysis | null {
  const ses = sesNotification(body);
  if (!ses) return null;
  if (ses.kind === 'feedback') {
    const findings = (ses.recipients.length ? ses.recipients : [null]).map((r) => notAnError('feedback', r, []));
    return { kind: 'feedback', findings, format };
  }
  // Offsets in the rewritten report are not offsets in the input: no evidence from it.
  const a = analyzeDocument(ses.text, format, false, ALL);
  return { ...a, format };
}

async function analyzeMessage(raw: string, text: string, depth = 0): Promise<Analysis> {
  const regions = splitMessage(text);
  const ses = regions.headers.length ? sesAnalysis(text.slice(regions.bodyStart), 'mime') : null;
  if (ses) return ses;
  // A report written only as HTML is read as the text it shows (parse/html-report.ts).
  const html = regions.headers.length ? htmlOnlyReport(text, regions.bodyStart, regions.originalStart) : null;
  if (html !== null) return analyzeDocument(html, formatOf(regions), false, ALL);
  const needs = regions.headers.length > 0 && (needsDecoding(text, regions.bodyStart, regions.originalStart) || needsDecoding(text, 0, regions.bodyStart));
  // Most reports are 7bit: read them without a promise in between.
  const outer = needs ? await analyzeEncoded(raw, text, regions) : analyzeRegions(withoutQuoted(text, regions), regions.headers, regions.bodyStart, regions.originalStart, formatOf(regions), ALL);
  if (depth >= MAX_NESTING || !saysNothing(outer) || regions.originalStart >= text.length) return outer;
  const inner = attachedReportStart(text, regions.originalStart);
  if (inner === null) return outer;
  const nested = await analyzeMessage(raw.slice(inner), text.slice(inner), depth + 1);
  return nested.findings.length && !saysNothing(nested) ? shiftEvidence(nested, inner) : outer;
}

/**
 * The text with the original's headers that the readable part quotes blanked (same length, same lines): what
 * they say (an "X-Spam-Flag", the original's addresses) is not the report's. Evidence offsets stay the input's.
 */
function withoutQuoted(text: string, regions: MessageRegions): string {
  const q = regions.quoted;
  return q ? text.slice(0, q.start) + text.slice(q.start, q.end).replace(/[^\n]/g, ' ') + text.slice(q.end) : text;
}

const formatOf = (regions: MessageRegions): Analysis['format'] => (regions.headers.length ? 'mime' : 'text');

async function analyzeEncoded(raw: string, text: string, regions: MessageRegions): Promise<Analysis> {
  const { headers, bodyStart, originalStart } = regions;
  // Fast path: decode just the encoded report parts. postal-mime for anything unusual, given only
  // the report, as bytes, with real line breaks (not the length-keeping " \n").
  const decoded =
    decodeEncodedParts(text, 0, originalStart) ??
    (await decodeReport(new TextEncoder().encode(raw.slice(0, originalStart).replace(/\r\n?/g, '\n')), text.slice(0, bodyStart)));
  // Offsets in the decoded document are not offsets in the input: no evidence from it.
  if (decoded !== null) return analyzeDocument(decoded, formatOf(regions), false, ALL);
  return analyzeRegions(text, headers, bodyStart, originalStart, formatOf(regions), ALL);
}

/** The reports of an mbox's messages as one analysis: findings in order, evidence at input offsets. */
function mergeMessages(parts: readonly { analysis: Analysis; offset: number }[]): Analysis {
  const reports = parts.filter((p) => p.analysis.findings.length && BOUNCE_KINDS.has(p.analysis.kind));
  const first = reports[0] ?? parts[0];
  if (!first) return NOT_BOUNCE('text');
  if (reports.length < 2) return shiftEvidence(first.analysis, first.offset);
  const findings = reports.flatMap((p) => shiftEvidence(p.analysis, p.offset).findings);
  return { kind: kindOf(findings), findings, format: first.analysis.format };
}
const BOUNCE_KINDS = new Set<InputKind>(['bounce', 'delay', 'delivery']);

function shiftEvidence(a: Analysis, offset: number): Analysis {
  if (offset === 0) return a;
  for (const f of a.findings) f.evidence = f.evidence.map((e) => ({ ...e, start: e.start + offset, end: e.end + offset }));
  return a;
}

// One decoder for every call (stateless between calls: each decode() is complete).
const UTF8 = new TextDecoder();

/** Anything: raw RFC 5322 / MIME (any line endings), an mbox of them, or plain text. Never throws. */
export async function analyze(input: string | Uint8Array): Promise<Analysis> {
  try {
    const raw = typeof input === 'string' ? input : UTF8.decode(input.subarray(0, MAX_INPUT));
    const text = normalizeLineEndings(raw.length > MAX_INPUT ? raw.slice(0, MAX_INPUT) : raw);
    const starts = mboxMessageStarts(text);
    if (starts.length === 1) return await analyzeMessage(raw, text);
    const parts = [];
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i] ?? 0;
      const end = starts[i + 1] ?? text.length;
      parts.push({ analysis: await analyzeMessage(raw.slice(start, end), text.slice(start, end)), offset: start });
    }
    return mergeMessages(parts);
  } catch {
    // Never reached by design; a bug must not take the caller down.
    return NOT_BOUNCE('text');
  }
}
