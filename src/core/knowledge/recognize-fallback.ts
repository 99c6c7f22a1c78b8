// When the engine finds nothing, the knowledge tables may still know the text: a mail client's
// error, or a provider's reply pasted on its own. A match is reported as a finding with evidence.
import type { Analysis, Finding } from '../types.ts';
import { recognizeClientError } from '../client-errors/recognize.ts';
import { findEmbeddedReply, findStatus } from '../client-errors/reply.ts';
import { findProviderEntry } from './providers.ts';
import { classify } from '../classify/classify.ts';
import { sideOfActor } from './actors.ts';
import { DELAY_WORDS, SERVER_SIDE, UNDELIVERED_WORDS } from './context-words.ts';
import { LANGUAGE_DELAY } from './languages-r7.ts';
import { languageDelayR8, saysLanguageR8 } from './languages-r8.ts';
import { causeInWords, findWordFamily } from './word-families.ts';
import { findProgramMessage, quotedByProgram } from './program-messages.ts';
import { findSmtpReply } from './smtp-reply-reader.ts';
import { guessFromWords } from './word-model.ts';
import { findTopicFamily } from './topic-fallback.ts';

type TextReading = Pick<Finding, 'reason' | 'bucket' | 'side' | 'confidence' | 'evidence'> & Partial<Finding>;

/** The shape every reading here shares: the text read as a whole, a final failure with no recipient. */
function textFinding(text: string, reading: TextReading): Finding {
  return {
    recipient: null, action: 'failed', status: null, replyCode: null, diagnostic: text.trim().slice(0, 1000),
    remoteMta: null, reportingMta: null, command: null, hard: true, ...reading,
  };
}

function providerFinding(text: string): Finding | null {
  const entry = findProviderEntry(text);
  if (!entry) return null;
  const m = entry.match.exec(text);
  if (!m) return null;
  const reply = findEmbeddedReply(text);
  const status = reply?.status ?? findStatus(text)?.status ?? null;
  const replyCode = reply?.replyCode ?? null;
  const temporary = (status ?? String(replyCode ?? '')).startsWith('4');
  return textFinding(text, {
    status, replyCode, hard: !temporary, reason: entry.reason, bucket: entry.bucket, side: sideOfActor(entry.actor),
    confidence: 0.7, evidence: [{ start: m.index, end: m.index + m[0].length, kind: 'pattern' }],
  });
}

// A code on its own ("550", "5.7.1", "550 5.7.1"): its meaning is known, its cause is not.
const BARE_CODE = /^(?:([2-5]\d\d)(?:[ -]([2-5]\.\d{1,3}\.\d{1,3}))?|([2-5]\.\d{1,3}\.\d{1,3}))$/;

function bareCodeFinding(text: string): Finding | null {
  const code = text.trim();
  const m = BARE_CODE.exec(code);
  if (!m) return null;
  const status = m[2] ?? m[3] ?? null;
  const start = text.indexOf(code);
  return {
    recipient: null, action: null, status, replyCode: m[1] ? Number(m[1]) : null,
    diagnostic: null, remoteMta: null, reportingMta: null, command: null,
    hard: code.startsWith('5'),
    reason: 'undefined', bucket: 'unknown', side: 'sender',
    confidence: 0.2,
    evidence: [{ start, end: start + code.length, kind: status ? 'status' : 'reply-code' }],
  };
}

// A bare phrase with no bounce around it ("Mailbox limit exceeded", "Bad recipient address
// syntax"): the engine's own reason tables (thousands of servers' wordings) still name its cause.
function phraseFinding(text: string): Finding | null {
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 2000);
  const c = classify({ texts: [{ lower }], reportIndex: null, status: null, replyCode: null, command: null, action: 'failed', providers: new Set() });
  if (!c.match || c.reason === 'undefined' || c.bucket === 'unknown') return null;
  return textFinding(text, { hard: c.hard, reason: c.reason, bucket: c.bucket, side: c.side, confidence: Math.min(c.confidence, 0.6), evidence: [] });
}

// A server's reply on a line of its own, as an SMTP transcript or a log shows it ("<-- 451 …",
// "<<< 550 …", "S: 421 …", "SMTP Error 450 - …"): its code says whether it is final even when its words are not known.
// A mail log's own prefix may stand before it ("OUT ERR 451 …", "ERROR: 550 …"), and the status may
// carry a "#" ("550 #5.1.0 …").
const REPLY_LINE = /^[ \t]{0,8}(?:<{1,3}|<--|s:|smtp error:?|(?:(?:out|in|no|err|error|smtp|reply|response|remote|server|fatal|warning)[:;]? ){1,3})?[ \t]{0,4}([45]\d\d)(?:[ -]+#?([45]\.\d{1,3}\.\d{1,3}))?[ -][^\n]{0,300}$/im;

// Otherwise the first real reply after any program's or log's prefix (smtp-reply-reader.ts).
function readReply(text: string): { line: string; start: number; replyCode: number | null; status: string | null } | null {
  const m = REPLY_LINE.exec(text);
  if (m && m[1] !== undefined) return { line: m[0], start: m.index + m[0].indexOf(m[1]), replyCode: Number(m[1]), status: m[2] ?? null };
  const r = findSmtpReply(text);
  if (r) return { line: r.text, start: r.start, replyCode: r.replyCode, status: r.status };
  // A queue's or log's report line with a status field and no reply code ("Result: delayed,
  // Status: 4.4.1 Cannot connect to host"): the status is the server's own reading.
  const s = STATUS_FIELD.exec(text) ?? QUOTED_STATUS.exec(text);
  return s && s[1] !== undefined ? { line: s[0], start: s.index + s[0].indexOf(s[1]), replyCode: null, status: s[1] } : null;
}
const STATUS_FIELD = /^[^\n]{0,100}\bstatus: ?([45]\.\d{1,3}\.\d{1,3})\b[^\n]{0,300}$/im;
// A program that quotes only the server's status ("Le serveur a répondu '4.7.0 …'", "The server
// responded: 5.7.1 …"): the status is the reply.
const QUOTED_STATUS = /\b(?:responded|replied|answered|a répondu|a repondu|antwortete)\s{0,3}:?\s{0,3}['"«„]?\s{0,2}([45]\.\d{1,3}\.\d{1,3})(?![\d.])[^\n]{0,300}/i;

function replyLineFinding(text: string): Finding | null {
  const r = readReply(text);
  if (!r) return null;
  const { start, status, replyCode } = r;
  // The engine's tables read the reply's words together with its codes (a status's subject and
  // detail name the cause when the words are vague).
  const c = classify({ texts: [{ lower: r.line.toLowerCase() }], reportIndex: null, status, replyCode, command: null, action: 'failed', providers: new Set() });
  const known = c.reason !== 'undefined' && c.bucket !== 'unknown';
  return {
    recipient: null, action: null, status, replyCode,
    diagnostic: r.line.trim(), remoteMta: null, reportingMta: null, command: null,
    hard: replyCode !== null ? replyCode >= 500 : status?.startsWith('5') ?? false, reason: known ? c.reason : 'undefined', bucket: known ? c.bucket : 'unknown', side: known ? c.side : 'none',
    confidence: known ? Math.min(c.confidence, 0.6) : 0.2, evidence: [{ start, end: start + (replyCode !== null ? 3 : status?.length ?? 0), kind: replyCode !== null ? 'reply-code' : 'status' }],
  };
}

// A program's or mail library's own failure message, whatever its prefix (program-messages.ts).
function programFinding(text: string): Finding | null {
  const hit = findProgramMessage(text);
  if (!hit) return null;
  const { family } = hit;
  return textFinding(text, { reason: family.reason, bucket: family.bucket, side: 'sender', confidence: 0.55, evidence: [{ start: hit.start, end: hit.end, kind: 'client-error' }] });
}

// A program's or website's own "could not send the email" with no cause in it ("Unable to send
// email. Contact the site administrator"): the program failed to send and does not say why, so
// its sending set-up is what to check (said as not sure), not a fault further along.
const SEND_FAILED = /\b(?:unable to|could not|couldn't|cannot|can't|failed to) send (?:the |this |an? |your |some |all )?(?:e-?mails?|mails?|messages?)\b|\berror (?:while |when )?(?:sending|trying to send) (?:the |an? |your )?(?:e-?mails?|mails?|messages?)\b/i;

function sendFailedFinding(text: string): Finding | null {
  const m = SEND_FAILED.exec(text);
  if (!m || text.length > 600 || findSmtpReply(text) || findWordFamily(text)) return null;
  return textFinding(text, { reason: 'mailererror', bucket: 'settings', side: 'sender', confidence: 0.3, evidence: [{ start: m.index, end: m.index + m[0].length, kind: 'client-error' }] });
}

// A server's log that deferred a remote reply it quotes (Postfix's "status=deferred (host … refused
// to talk to me: 421 …)") is that reply, retried: its words name the cause, not a delay notice's.
// So is its queue listing's "delivery temporarily suspended: host … refused to talk to me: 421 …", wrapped or not.
const DEFERRED_REPLY = /(?:\bstatus=deferred \((?:delivery temporarily suspended: )?|\bdelivery temporarily suspended:\s{1,8})host\s{1,8}[^\s[]{1,200}\[[^\]\n]{1,60}\]\s{1,8}(?:refused to talk to me|said):\s{1,8}[45]\d\d\b/i;

// A delay warning in words only (no Action: delayed field), e.g. a webmail's rendered notice.
// Not a server's reply that opens the text and promises to retry ("451 Time out … I will continue trying"):
// that reply is read by its code and words.
const OPENS_WITH_REPLY = /^\s*[45]\d\d[ -]/;
function delayFinding(text: string): Finding | null {
  if (OPENS_WITH_REPLY.test(text)) return null;
  const m = DELAY_WORDS.exec(text) ?? LANGUAGE_DELAY.exec(text) ?? languageDelayR8(text);
  if (!m) return null;
  return {
    recipient: null, action: 'delayed', status: null, replyCode: null, diagnostic: null, remoteMta: null,
    reportingMta: null, command: null, hard: false, reason: 'undefined', bucket: 'not-an-error', side: 'none',
    confidence: 0.6, evidence: [{ start: m.index, end: m.index + m[0].length, kind: 'pattern' }],
  };
}

// A short code-less text in a cause family's plainest words (word-families.ts): weak evidence.
function wordFamilyFinding(text: string): { finding: Finding; client: boolean } | null {
  const hit = findWordFamily(text);
  if (!hit) return null;
  const { family } = hit;
  return {
    client: family.client,
    finding: textFinding(text, {
      reason: family.reason, bucket: family.bucket,
      side: family.bucket === 'recipient' ? 'recipient' : family.bucket === 'policy-reputation' ? 'sender-provider' : 'sender',
      confidence: 0.4, evidence: [{ start: hit.start, end: hit.end, kind: family.client ? 'client-error' : 'pattern' }],
    }),
  };
}

// Words specific enough to name a cause in a longer text or one with a code (word-families.ts).
function causeFinding(text: string): Finding | null {
  const named = causeInWords(text);
  if (!named) return null;
  return textFinding(text, { status: findStatus(text)?.status ?? null, reason: named.reason, bucket: named.bucket, side: sideOfActor(named.actor), confidence: 0.4, evidence: [] });
}

// A short text that names one thing and says it went wrong (topic-fallback.ts): the weakest evidence.
function topicFinding(text: string): { finding: Finding; client: boolean } | null {
  const family = findTopicFamily(text);
  if (!family) return null;
  return {
    client: family.client,
    finding: textFinding(text, { reason: family.reason, bucket: family.bucket, side: sideOfActor(family.actor), confidence: 0.3, evidence: [] }),
  };
}

// "Not delivered" with no cause: said as such (an unknown cause, no guessed steps, one hint).
function undeliveredFinding(text: string): Finding | null {
  const m = UNDELIVERED_WORDS.exec(text);
  if (!m) return null;
  return {
    recipient: null, action: 'failed', status: null, replyCode: null, diagnostic: null, remoteMta: null,
    reportingMta: null, command: null, hard: true, reason: 'undefined', bucket: 'unknown', side: 'none',
    confidence: 0.2, evidence: [{ start: m.index, end: m.index + m[0].length, kind: 'pattern' }],
  };
}

// Words no rule names, which the word model reads (word-model.ts): a finding with no cause of its
// own, so the explanation says the model's reading as "not sure". A reply code makes it a server's
// reply; otherwise it is taken as a program's message.
const FAILURE_CODE = /\b[45]\d\d\b|\b[45]\.\d{1,3}\.\d{1,3}\b/;
function wordsFinding(text: string): { finding: Finding; client: boolean } | null {
  if (!guessFromWords(text.trim())) return null;
  return {
    client: !FAILURE_CODE.test(text),
    finding: textFinding(text, { action: null, hard: false, reason: 'undefined', bucket: 'unknown', side: 'none', confidence: 0.35, evidence: [] }),
  };
}

// A log that writes a reply with "+" for each space (IIS and Exchange SMTP logs:
// "550+5.7.60+SMTP;+Client+does+not+have+permissions…"): read with spaces, same length, same offsets.
const PLUS_REPLY = /\b[45]\d\d\+(?:[245]\.\d{1,3}\.\d{1,3}\+)?[a-z]{2,}[;:,.]?\+[a-z]/i;

// Lettre (Rust) prints a reply code as its parts ("Code { severity: PermanentNegativeCompletion,
// category: Unspecified3, detail: Five }" = 535): read as the code, padded to the same length.
const LETTRE_CODE = /\bCode \{ severity: (PositiveCompletion|PositiveIntermediate|TransientNegativeCompletion|PermanentNegativeCompletion), category: (Syntax|Information|Connections|Unspecified3|Unspecified4|MailSystem), detail: (Zero|One|Two|Three|Four|Five|Six|Seven|Eight|Nine) \}/;
const LETTRE_SEVERITY = ['PositiveCompletion', 'PositiveIntermediate', 'TransientNegativeCompletion', 'PermanentNegativeCompletion'];
const LETTRE_CATEGORY = ['Syntax', 'Information', 'Connections', 'Unspecified3', 'Unspecified4', 'MailSystem'];
const LETTRE_DETAIL = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];
function lettreCode(m: RegExpExecArray): string {
  const code = `${LETTRE_SEVERITY.indexOf(m[1] ?? '') + 2}${LETTRE_CATEGORY.indexOf(m[2] ?? '')}${LETTRE_DETAIL.indexOf(m[3] ?? '')}`;
  return code.padEnd(m[0].length, ' ');
}

// An app's whole message is a bare apology and "try again" ("Sorry, something went wrong. Please try
// again later."): it names no mail step and no cause, so it stays an honest unknown, not a server's delay.
const BARE_APOLOGY = /^\s*(?:sorry[,.!]?\s*)?(?:something went wrong|an? (?:unexpected |unknown )?error (?:has )?occurred)[.!]?\s*(?:please )?try again(?: later)?[.!]?\s*$/i;

export function recognizeFallback(text: string, analysis: Analysis): Analysis {
  if (BARE_APOLOGY.test(text)) return analysis;
  const lettre = LETTRE_CODE.exec(text);
  if (lettre) return recognizeFallback(text.slice(0, lettre.index) + lettreCode(lettre) + text.slice(lettre.index + lettre[0].length), analysis);
  if (PLUS_REPLY.test(text)) return recognizeFallback(text.replace(/\+/g, ' '), analysis);
  const delay = DEFERRED_REPLY.test(text) ? null : delayFinding(text);
  if (delay) return { ...analysis, kind: 'delay', findings: [delay] };
  // A program quoting the server: the quoted words decide, as a reply that program got.
  const quoted = quotedByProgram(text);
  const inner = quoted ? recognizeFallback(quoted.words, analysis).findings[0] : undefined;
  if (quoted && inner && inner.bucket !== 'unknown') {
    const shift = (e: Finding['evidence'][number]): Finding['evidence'][number] => ({ ...e, start: e.start + quoted.offset, end: e.end + quoted.offset });
    const evidence = [...inner.evidence.map(shift), { start: 0, end: quoted.offset, kind: 'client-error' as const }];
    return { ...analysis, kind: 'client-error', findings: [{ ...inner, diagnostic: text.trim().slice(0, 1000), evidence }] };
  }
  // A mail server's own lines ("connect to mx[…]:25: Connection timed out") are not a client's
  // error, nor a program's message.
  const serverSide = SERVER_SIDE.test(text);
  const client = serverSide ? null : recognizeClientError(text);
  if (client) return { ...analysis, kind: 'client-error', findings: client };
  const program = serverSide ? null : programFinding(text);
  if (program) return { ...analysis, kind: 'client-error', findings: [program] };
  const provider = providerFinding(text);
  // A program's own "could not send" outweighs any server's "try again later" beside it (it says when, not why).
  const laterOnly = provider !== null && provider.bucket === 'remote-transient' && findProviderEntry(text)?.provider === 'generic';
  const sendFailed = (provider && !laterOnly) || serverSide ? null : sendFailedFinding(text);
  if (sendFailed) return { ...analysis, kind: 'client-error', findings: [sendFailed] };
  if (provider) return { ...analysis, kind: 'smtp-error', findings: [provider] };
  const bareCode = bareCodeFinding(text);
  const phrase = bareCode || saysLanguageR8(text) ? null : phraseFinding(text);
  if (phrase) return { ...analysis, kind: 'smtp-error', findings: [phrase] };
  const bare = bareCode ?? replyLineFinding(text);
  if (bare) return { ...analysis, kind: 'smtp-error', findings: [bare] };
  const words = wordFamilyFinding(text);
  if (words) return { ...analysis, kind: words.client ? 'client-error' : 'smtp-error', findings: [words.finding] };
  const named = causeFinding(text);
  if (named) return { ...analysis, kind: 'smtp-error', findings: [named] };
  const topic = UNDELIVERED_WORDS.test(text) || serverSide ? null : topicFinding(text);
  if (topic) return { ...analysis, kind: topic.client ? 'client-error' : 'smtp-error', findings: [topic.finding] };
  const undelivered = undeliveredFinding(text);
  if (undelivered) return { ...analysis, kind: 'bounce', findings: [undelivered] };
  const guessed = wordsFinding(text);
  return guessed ? { ...analysis, kind: guessed.client ? 'client-error' : 'smtp-error', findings: [guessed.finding] } : analysis;
}
