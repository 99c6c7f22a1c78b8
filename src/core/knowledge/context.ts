// Where a reply was seen decides who acts on it, written once for every surface that explains:
// - "client": a reply the person's own mail program got (its settings are in question);
// - "bounce": a remote server's refusal reported in a bounce: the person's own server accepted
//   the message, so their program and its settings are fine, and a login or relay refusal is the
//   remote server's own set-up;
// - "delay": a delay warning: still being retried, nobody acts yet;
// - "reply": a reply pasted on its own, where it came from is not known.
// This module reads the situation and whether a refusal is temporary; what each situation means for who
// acts is the rule table of actor-rules-r8.ts (SITUATION_RULES, then ACTOR_RULES_R8).
import type { Bucket, Finding, InputKind, Reason } from '../types.ts';
import type { Actor } from './types.ts';
import type { Topic } from './topic-refs.ts';
import { POSTAL_TEMPORARY_R11, QUEUE_DEFERRAL_R11, SERVER_CERT_MISMATCH_R11 } from './actor-words-r11.ts';

export type Situation = 'client' | 'bounce' | 'delay' | 'reply';

const OPENS_WITH_REPLY = /^\s*[45]\d\d[ -]/;



/**
 * `clientWords`: the text carries a mail program's own wording (the client-error table matched);
 * a text written by a mail server is never a client's reply.
 */
/** The word lists situationOf() reads (context-words.ts); without them only the analysis decides. */
export interface SituationWords {
  bounce: RegExp;
  delay: Pick<RegExp, 'test'>;
  server: RegExp;
  /** Without a code, words that say it is temporary. */
  temporary: Pick<RegExp, 'test'>;
  /** Words that say the sender gave up: final even after a 4xx reply. */
  final: Pick<RegExp, 'test'>;
  /** Words that do say a block or a listing. */
  block: RegExp;
  /** A mail program's own lead before the server's words (its reply, not a bounce). */
  program?: Pick<RegExp, 'test'>;
  /** A mail server's own log of an outgoing port-25 connection that got no answer. */
  outbound?: RegExp;
  /** A receiving server's own log of refusing a client. */
  ownReject?: RegExp;
  /** A mail server's own log of handing mail to its relay (smarthost) on a submission port. */
  ownRelay?: Pick<RegExp, 'test'>;
  /** A notice that says of itself that it is temporary (Exim's "This is a temporary error"). */
  notice?: RegExp;
  /** Postfix's "(expanded from <alias>)": the address the reporting server rewrote, in group 1. */
  expanded?: RegExp;
}

// Without the word lists nothing matches, except that any refusal may be a block (the content
// script shows bounces, whose codes say what is temporary).
const NONE = /$^/;
export const NO_WORDS: SituationWords = { bounce: NONE, delay: NONE, server: NONE, temporary: NONE, final: NONE, block: /^/ };

export function situationOf(f: Finding, kind: InputKind, said: string | null, source?: string, clientWords = false, words: SituationWords = NO_WORDS): Situation {
  const text = source ?? said ?? '';
  // The sending server's own log of its outgoing connection: neither a bounce nor a delay notice to act on.
  if (words.outbound?.test(text) && !words.final.test(text)) return 'reply';
  // A notice that says the sending server gave up is not a delay warning, whatever its 4.x.x.
  if ((f.action === 'delayed' || (kind === 'delay' && f.action !== 'failed')) && !words.final.test(text)) return 'delay';
  const clientSaid = kind === 'client-error' || f.evidence.some((e) => e.kind === 'client-error')
    || (clientWords && f.remoteMta === null && !words.bounce.test(text))
    || (f.remoteMta === null && (words.program?.test(text) ?? false));
  if (clientSaid && !words.server.test(text)) return 'client';
  // A server's reply that opens the text and promises to retry ("451 … I will continue trying") is that reply.
  if (f.action !== 'failed' && words.delay.test(text) && !OPENS_WITH_REPLY.test(text)) return 'delay';
  // One line with no bounce wording around it is a reply pasted on its own, whatever made it look like a bounce.
  const oneLine = !text.trim().includes('\n');
  if ((kind === 'bounce' && !oneLine) || f.remoteMta !== null || f.reportingMta !== null || words.bounce.test(text)) return 'bounce';
  return 'reply';
}


// A status whose class disagrees with the reply code and that does not stand beside it is not that
// reply's status: a version in a path ("…/_nodemailer@4.7.0@nodemailer/…" after "535 Error: …") or a
// count. The reply code then decides.
function statusOf(f: Finding, text: string): string | null {
  if (f.status === null || f.replyCode === null || f.status[0] === String(f.replyCode)[0]) return f.status;
  // Beside any reply code of its own class ("550 5.7.25", when the code read was some other number).
  for (let i = text.indexOf(f.status); i !== -1; i = text.indexOf(f.status, i + 1)) {
    const code = /\b([2-5])\d\d[ -]#?$/.exec(text.slice(Math.max(0, i - 6), i));
    if (code?.[1] === f.status[0]) return f.status;
  }
  return null;
}

const QUOTED_STATUS = /\b(?:responded|replied|answered|said|response was|server returned|a répondu|a repondu|antwortete|rispost[oa])\s{0,3}:?\s{0,3}['"«„]?\s{0,2}(?:[2-5]\d\d[ -])?([245])\.\d{1,3}\.\d{1,3}(?![\d.])/i;
// Postfix's own entry for one recipient with nothing around it ("<a@b>: host mx[…] said: 421 …"):
// the same lines stand in a delay notice and a final bounce, so the reply's code decides.
const BARE_POSTFIX_ENTRY = /^\s{0,8}<[^>\n]{1,300}>:\s{1,8}host\s{1,8}\S{1,200}\[[^\]\n]{1,60}\]\s{1,8}said:\s{1,8}4\d\d\b/;
// An SMTP conversation typed or logged by hand (commands, then the server's replies): its last reply decides.
const TRANSCRIPT = /^\s{0,8}(?:MAIL FROM|RCPT TO|EHLO|HELO)\b/im;
const REPLY_LINE = /^[ \t]{0,8}([2-5])\d\d[ -]/gm;
function lastReplyClass(text: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(REPLY_LINE)) last = m[1] ?? null;
  return last;
}
// A recipient account its own server will not take mail for ("This account is not authorized to receive
// email"): a permission that server's admin or provider set, not the account holder's to change.
export const RECEIVE_NOT_PERMITTED = /(?<!\byour )\b(?:account|mailbox|user|address|recipient)\b[^\n]{0,40}\bnot (?:authori[sz]ed|allowed|permitted|enabled) to receive (?:any )?(?:e-?mails?|mails?|messages)\b/i;
const GREYLISTED = /\b(?:grey|gray)[- ]?list(?:ed|ing)?\b/i;
const DEFERRED_LINE = /\bdefer \(-?\d{1,3}\)|\bstatus=deferred\b|^== /m;

/** A 4xx reply or a 4.x.x status (or, with no code, words that say so): retried by itself. */
export function isTemporary(f: Finding, kind: InputKind, situation: Situation, said: string | null, words: SituationWords = NO_WORDS, whole: string | null = said): boolean {
  if (situation === 'delay') return true;
  // A notice that calls itself temporary is retried by its server, whatever code the engine read.
  if (situation !== 'client' && (words.notice?.test(whole ?? said ?? '') ?? false) && !words.final.test(whole ?? said ?? '')) return true;
  // A hand-typed or logged conversation whose last reply is a 4xx: refused for now, whatever reply the finding holds.
  if (situation !== 'client' && whole !== null && TRANSCRIPT.test(whole) && lastReplyClass(whole) === '4' && !words.final.test(whole)) return true;
  // A mail server's own queue entry for a deferred message (its reason in parentheses, round 11): retried by the queue.
  // So is a sending service's own heading that calls the remote's refusal temporary (Postal's), and a sending server's
  // log of a certificate name it was told to verify and could not (the message waits in its queue).
  if (situation !== 'client' && whole !== null && (QUEUE_DEFERRAL_R11.test(whole) || POSTAL_TEMPORARY_R11.test(whole) || SERVER_CERT_MISMATCH_R11.test(whole)) && !words.final.test(whole)) return true;
  const status = statusOf(f, whole ?? said ?? '');
  const code = status ?? String(f.replyCode ?? '');
  // The sending server's own outgoing connection that got no answer is retried by its queue.
  if (words.outbound?.test(said ?? '') && !words.final.test(said ?? '')) return true;
  // A mail program's own error is not retried; a bounce's "failed" is final, whatever the code.
  // A log line that says it deferred a 4xx reply ("defer (-44)", "status=deferred") is retried, even where the engine read a failure.
  if (situation !== 'client' && DEFERRED_LINE.test(said ?? '') && code.startsWith('4')) return true;
  // A program that quotes a 4xx reply was refused for now (it does not retry, but the refusal is temporary).
  if (situation === 'client' && code.startsWith('4')) return true;
  // A single line that reports a 4xx reply with no words of giving up (a log line, an excerpt of a
  // bounce: "SMTP error from remote mail server after RCPT TO: 451 …") is that reply: retried.
  if (situation !== 'client' && code.startsWith('4') && whole !== null && !whole.trim().includes('\n') && !words.final.test(whole) && !words.final.test(said ?? '')) return true;
  if (situation !== 'client' && code.startsWith('4') && whole !== null && BARE_POSTFIX_ENTRY.test(whole) && !words.final.test(whole)) return true;
  // No code read, but the words quote the server's status ("The server responded: 4.3.5 …", "Le serveur a
  // répondu '4.2.1 service refusé'"): its class says it.
  const quoted = code === '' ? QUOTED_STATUS.exec(whole ?? said ?? '') : null;
  if (quoted) return quoted[1] === '4';
  // Greylisting (RFC 6647) is a "come back later" by definition: temporary, even where a program's
  // error object around it looks like a bounce, unless the sender said it gave up.
  if (GREYLISTED.test(said ?? '') && !words.final.test(whole ?? said ?? '')) return true;
  // A one-line reply is read by its code even where the engine called the text a bounce.
  if (situation === 'client' || (kind === 'bounce' && f.action === 'failed' && !(situation === 'reply' && said)) || words.final.test(said ?? '')) return false;
  if (status) return status.startsWith('4');
  if (f.replyCode !== null) return f.replyCode >= 400 && f.replyCode < 500;
  return words.temporary.test(said ?? '');
}

/** The recipient's own mailbox (full, disabled, moved): the only recipient-side causes that are theirs to fix. */
export const MAILBOX_REASONS: ReadonlySet<Reason> = new Set(['mailboxfull', 'suspend', 'hasmoved']);


/** Buckets that name the person's own mail program or connection. */
export const CLIENT_BUCKETS: ReadonlySet<Bucket> = new Set(['settings', 'credentials', 'port-encryption', 'network-block']);

/** The bucket's own steps are for the person's mail program: not when someone else must act. */
export const programStepsFit = (bucket: Bucket, actor: Actor): boolean => !CLIENT_BUCKETS.has(bucket) || actor === 'sender' || actor === 'network';

export interface Verdict {
  reason: Reason;
  bucket: Bucket;
  actor: Actor;
  /** Catalogue names of a context's own title and summary, when the context changes the meaning. */
  title?: string;
  summary?: string;
  steps?: string[];
  donts?: string[];
  /** A topic with sources of its own (topic-refs.ts), cited instead of the reason's. */
  topic?: Topic;
}
