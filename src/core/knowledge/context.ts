// Where a reply was seen decides who acts on it, written once for every surface that explains:
// - "client": a reply the person's own mail program got (its settings are in question);
// - "bounce": a remote server's refusal reported in a bounce: the person's own server accepted
//   the message, so their program and its settings are fine, and a login or relay refusal is the
//   remote server's own set-up;
// - "delay": a delay warning: still being retried, nobody acts yet;
// - "reply": a reply pasted on its own, where it came from is not known.
import type { Bucket, Finding, InputKind, Reason } from '../types.ts';
import type { Actor } from './types.ts';

export type Situation = 'client' | 'bounce' | 'delay' | 'reply';

// Words a bounce puts around the remote server's reply (Postfix, Exim, Sendmail, Exchange, Gmail).
const BOUNCE_WORDS = /\bin reply to (?:rcpt to|mail from|end of data|data|the rcpt|the mail|the data)|smtp error from remote (?:mail server|server)|remote server returned|\bhost \S{1,200} said:|the error that the other server returned was|\bfollowing address\(es\) failed|could not be delivered to one or more|delivery has failed to these recipients|the recipient's email provider rejected it|only the recipient's email admin can fix it|\bdiagnostic-code:/i;
export const DELAY_WORDS = /this is a warning only|has not yet been delivered|hasn't been delivered yet|delivery is delayed|will (?:keep trying|retry for|be retried|continue to be attempted)|delivery attempts will continue|delivery will continue to be attempted|noch nicht zugestellt|versucht es weiterhin/i;

// Only a mail server writes these: a text with them is not a mail program's own message.
export const SERVER_SIDE = /\bconnect to [^\s[]{1,200}\[|\bconversation with [^\s[]{1,200}\[|\bhost [^\s[]{1,200}\[[^\]\n]{1,60}\] said|\bin reply to [a-z]{1,10} (?:to |from )?command|smtp error from remote|remote server returned/i;

/**
 * `clientWords`: the text carries a mail program's own wording (the client-error table matched);
 * a text written by a mail server is never a client's reply.
 */
export function situationOf(f: Finding, kind: InputKind, said: string | null, source?: string, clientWords = false): Situation {
  if (f.action === 'delayed' || (kind === 'delay' && f.action !== 'failed')) return 'delay';
  const text = source ?? said ?? '';
  const clientSaid = kind === 'client-error' || f.evidence.some((e) => e.kind === 'client-error') || (clientWords && f.remoteMta === null);
  if (clientSaid && !SERVER_SIDE.test(text)) return 'client';
  if (f.action !== 'failed' && DELAY_WORDS.test(text)) return 'delay';
  if (kind === 'bounce' || f.remoteMta !== null || f.reportingMta !== null || BOUNCE_WORDS.test(text)) return 'bounce';
  return 'reply';
}

// Without a code, these words say the failure is temporary ("Host not found, try again").
const TEMPORARY_WORDS = /\btry (?:again|later)\b|\btemporar(?:y|ily)\b|\btimed out\b|\bvorübergehend\b|\bzurzeit\b/i;

/** A 4xx reply or a 4.x.x status (or, with no code, words that say so): retried by itself. */
export function isTemporary(f: Finding, kind: InputKind, situation: Situation, said: string | null): boolean {
  if (situation === 'delay') return true;
  // A mail program's own error is not retried; a bounce's "failed" is final, whatever the code.
  if (situation === 'client' || (kind === 'bounce' && f.action === 'failed')) return false;
  if (f.status) return f.status.startsWith('4');
  if (f.replyCode !== null) return f.replyCode >= 400 && f.replyCode < 500;
  return TEMPORARY_WORDS.test(said ?? '');
}

const MAILBOX_REASONS: ReadonlySet<Reason> = new Set(['mailboxfull', 'suspend', 'hasmoved']);

/** Buckets that name the person's own mail program or connection. */
const CLIENT_BUCKETS: ReadonlySet<Bucket> = new Set(['settings', 'credentials', 'port-encryption', 'network-block']);

export interface Verdict {
  reason: Reason;
  bucket: Bucket;
  actor: Actor;
  /** Catalogue names of a context's own title and summary, when the context changes the meaning. */
  title?: string;
  summary?: string;
  steps?: string[];
  donts?: string[];
}

/**
 * The verdict once the situation is known. A bounce proves the person's program sent fine, so a
 * login, relay or TLS refusal inside it is the remote side's set-up; a temporary refusal further
 * along is nobody's move yet; a connection that never got through is the network's.
 */
export function inContext(verdict: Verdict, situation: Situation, temporary: boolean): Verdict {
  // On the recipient's side only the person's own mailbox (full, disabled, moved) is theirs to
  // fix; filters, policies, domain and server set-up are their mail provider's or admin's.
  const v = verdict.actor === 'recipient' && !MAILBOX_REASONS.has(verdict.reason) && verdict.bucket !== 'recipient' ? { ...verdict, actor: 'recipient-provider' as const } : verdict;
  if (situation === 'delay') return { ...v, actor: 'none' };
  if (situation === 'bounce' && CLIENT_BUCKETS.has(v.bucket)) {
    if (v.bucket === 'port-encryption') {
      return { ...v, actor: 'recipient-provider', title: 'k_ctx_remote_tls_t', summary: 'k_ctx_remote_tls_s', steps: ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], donts: ['k_n_own_settings', 'k_n_resend'] };
    }
    if (v.bucket === 'network-block') return { ...v, reason: 'networkerror', bucket: 'remote-transient', actor: temporary ? 'none' : 'recipient-provider' };
    return {
      ...v, bucket: 'recipient', actor: 'recipient-provider', title: 'k_ctx_remote_config_t', summary: 'k_ctx_remote_config_s',
      steps: ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], donts: ['k_n_own_settings', 'k_n_disable_auth', 'k_n_resend'],
    };
  }
  // Further along and temporary, or seen by a mail program (its server will retry): nobody yet.
  if (v.bucket === 'remote-transient' && (temporary || situation === 'client')) return { ...v, actor: 'none' };
  if (v.bucket === 'network-block' && v.actor === 'sender') return { ...v, actor: 'network' };
  return v;
}
