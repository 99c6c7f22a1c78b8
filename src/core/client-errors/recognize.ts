// Recognises a mail client's error (Outlook 0x800CCC0F, Thunderbird, Apple Mail, certificate
// warnings, timeouts) in text that is not a bounce. Returns null when none.
import type { Bucket, Evidence, Finding, Side } from '../types.ts';
import { findClientError, outlookReplyCode, type ClientErrorEntry } from './table.ts';
import { findEmbeddedReply, type EmbeddedReply } from './reply.ts';
import { findProviderEntry } from '../knowledge/providers.ts';
import { classify } from '../classify/classify.ts';

const SIDE_OF: Record<Bucket, Side> = {
  settings: 'sender', credentials: 'sender', 'port-encryption': 'sender', 'network-block': 'sender',
  'sender-account': 'sender', content: 'sender', 'policy-reputation': 'sender-provider',
  recipient: 'recipient', 'remote-transient': 'none', 'not-an-error': 'none', unknown: 'sender',
};

const GENERIC = new Set(['sendFailed', 'outlook_task_error', '0x800CCC60', '0x800CCC61', 'smtpSendFailedUnknownReason']);

type Class = Pick<Finding, 'reason' | 'bucket' | 'confidence'>;

// What a quoted server reply says, when our provider knowledge or its code is clear enough.
function classifyReply(reply: EmbeddedReply): Class | null {
  const provider = findProviderEntry(reply.text);
  if (provider) return { reason: provider.reason, bucket: provider.bucket, confidence: 0.85 };
  const { replyCode, status, text } = reply;
  if (replyCode === 535 || status === '5.7.8' || status === '5.7.3') return { reason: 'securityerror', bucket: 'credentials', confidence: 0.8 };
  if (/relay|\ballowed rcpthosts\b/i.test(text)) return { reason: 'norelaying', bucket: 'settings', confidence: 0.75 };
  if (replyCode === 530 || replyCode === 503) return { reason: 'securityerror', bucket: 'settings', confidence: 0.7 };
  if (replyCode === 552 || status === '5.3.4' || status === '5.2.3') return { reason: 'emailtoolarge', bucket: 'content', confidence: 0.7 };
  if (status?.startsWith('5.1.') && !/sender/i.test(text)) return { reason: 'userunknown', bucket: 'recipient', confidence: 0.7 };
  // A 4xx whose words name no cause we know is the server's "not now": temporary, not the program's settings.
  if (replyCode >= 400 && replyCode < 500) return { reason: 'systemerror', bucket: 'remote-transient', confidence: 0.6 };
  return null;
}

// Clients quote the server after words like these (Windows Mail and Outlook Express: "Server Response: '450 …'");
// Outlook's task errors do so after any code.
const QUOTED_REPLY = /(?:server (?:responded|replied|response was|response:)|responded with|the server said|serveur a répondu|server antwortete)\s*:?\s*/i;

function quotedReply(text: string, entry: ClientErrorEntry, matchEnd: number): { reply: EmbeddedReply; offset: number } | null {
  const marker = QUOTED_REPLY.exec(text);
  const offset = marker ? marker.index + marker[0].length : entry.wrapsReply ? matchEnd : -1;
  if (offset < 0) return null;
  const reply = findEmbeddedReply(text.slice(offset));
  return reply ? { reply, offset } : null;
}

// Some clients quote only the reply's enhanced status ("The server responded: 4.3.5 <DATA>: Data
// command rejected: …", Windows Mail, Outlook Express): its class still says final or temporary,
// its subject the family.
const QUOTED_STATUS = /^\s{0,4}['"«]?\s{0,2}([245]\.\d{1,3}\.\d{1,3})(?![\d.])[^\n]*/;

function quotedStatus(text: string): { status: string; line: string; start: number; end: number } | null {
  const marker = QUOTED_REPLY.exec(text);
  if (!marker) return null;
  const offset = marker.index + marker[0].length;
  const m = QUOTED_STATUS.exec(text.slice(offset));
  if (!m || m[1] === undefined) return null;
  return { status: m[1], line: m[0].trim(), start: offset + m.index + m[0].indexOf(m[1]), end: offset + m.index + m[0].length };
}

function classifyStatusLine(line: string, status: string): Class | null {
  const provider = findProviderEntry(line);
  if (provider) return { reason: provider.reason, bucket: provider.bucket, confidence: 0.8 };
  const c = classify({ texts: [{ lower: line.toLowerCase() }], reportIndex: null, status, replyCode: null, command: null, action: 'failed', providers: new Set() });
  if (c.reason !== 'undefined' && c.bucket !== 'unknown') return { reason: c.reason, bucket: c.bucket, confidence: Math.min(c.confidence, 0.7) };
  // RFC 3463's X.3.x (mail system) and X.4.x (network and routing) subjects: the server's own trouble.
  return /^[45]\.[34]\./.test(status) ? { reason: 'systemerror', bucket: 'remote-transient', confidence: 0.6 } : null;
}

function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start) + 1;
  const to = text.indexOf('\n', end);
  return text.slice(from, to === -1 ? undefined : to).trim();
}

// A text that opens with a reply code is a server's reply (a log line, a pasted response), not a
// mail program's own message, even when its words match one ("420 Zeitüberschreitung …").
const REPLY_FIRST = /^\s*[2-5]\d\d[ ,-]/;

export function recognizeClientError(text: string): Finding[] | null {
  if (REPLY_FIRST.test(text)) return null;
  const entry = findClientError(text);
  if (!entry) return null;
  const m = entry.match.exec(text);
  if (!m) return null;
  const start = m.index;
  const end = start + m[0].length;
  const quoted = quotedReply(text, entry, end);
  const reply = quoted?.reply ?? null;
  const statusOnly = reply ? null : quotedStatus(text);
  const { reason, bucket, confidence } = (reply && classifyReply(reply))
    ?? (statusOnly && classifyStatusLine(statusOnly.line, statusOnly.status))
    ?? { reason: entry.reason, bucket: entry.bucket, confidence: GENERIC.has(entry.id) ? 0.3 : 0.75 };
  const replyCode = reply?.replyCode ?? outlookReplyCode(entry.id);
  const evidence: Evidence[] = [{ start, end, kind: 'client-error' }];
  const replyStart = quoted ? quoted.offset + quoted.reply.start : statusOnly?.start ?? end;
  const replyEnd = quoted ? quoted.offset + quoted.reply.end : statusOnly?.end ?? end;
  if (quoted || statusOnly) evidence.push({ start: replyStart, end: replyEnd, kind: 'diagnostic' });
  return [{
    recipient: null,
    action: 'failed',
    status: reply?.status ?? statusOnly?.status ?? null,
    replyCode,
    // The whole line the client showed, so the explanation can find this entry again.
    diagnostic: lineAround(text, Math.min(start, replyStart), Math.max(end, replyEnd)),
    remoteMta: null,
    reportingMta: null,
    command: null,
    hard: !(bucket === 'remote-transient' || (replyCode !== null && replyCode < 500) || (statusOnly?.status.startsWith('4') ?? false)),
    reason,
    bucket,
    side: SIDE_OF[bucket],
    confidence,
    evidence,
  }];
}
