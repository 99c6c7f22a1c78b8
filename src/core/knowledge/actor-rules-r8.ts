// Who acts, decided last and in one table (after the situation's rules in context.ts, see decideVerdict()): each rule names the situation it holds in (a reply the
// person's own program got, a remote refusal reported in a bounce, a delay notice, a reply pasted on
// its own), what the verdict so far must be, and the words that show the family. The first rule that
// holds sets who acts (and, where the family is a different cause, its bucket and words). Every
// surface that explains goes through explainFinding(), so these rules apply everywhere.
// Families (round 8, knowledge16):
// - a server fault a person met typing the SMTP conversation by hand: that server's admin;
// - a mail program's own server that timed it out mid-conversation: the path between them;
// - a notice that says of itself it is temporary (Exim's "The following address(es) deferred"): nobody yet;
// - a receiver that takes too many connections or messages at once: temporary, nobody acts yet (not when
//   the words say "from your IP": that stays the sending server's standing, as round 5 decided);
// - a sending server's own log of a refusal for the sending side's authentication or reputation: that
//   server's admin (the person's provider, or whoever runs it);
// - a refusal that says only "message rejected": no cause to pass on, so the sender (who saw it) acts;
// - a group that may not exist or may need joining before posting: the sender (check the name, join);
// - a forward Postfix reports without angle brackets ("(expanded from\n user@example.org"): whoever runs it;
// - families whose words name a different cause than the code read (round 8b's provider rows): too many
//   login failures (the sender's login), a relay's per-period allowance (the sender's limit), a From address the relay has not verified, a recipient a relay suppressed, the recipient's own
//   reject list (the recipient), an IP a receiver filters until registered (the sending side's provider).
// A receiving server's own log of greylisting a client is left as "nobody yet": labelled sets disagree on it.
// Rules never move a verdict out of or into the 'unknown' bucket: whether a who-acts line is shown at all is
// decided before (an unrecognised text gets none).
import type { Bucket, Reason } from '../types.ts';
import type { Actor } from './types.ts';
import { CLIENT_BUCKETS, MAILBOX_REASONS, NO_WORDS, RECEIVE_NOT_PERMITTED, type Situation, type SituationWords, type Verdict } from './context.ts';
import { SENDER_NOT_LOGGED_IN } from './code-family.ts';
import { SENDER_DOMAIN_MISSING } from './word-verdicts.ts';
import { withClientFamily, type ClientFamily } from './client-texts-r7.ts';
import { REASON_ADVICE, reasonSummaryKey, reasonTitleKey } from './reasons.ts';
import { BUCKET_ADVICE, bucketSummaryKey, bucketTitleKey } from './buckets.ts';
import { NO_SMTP_PERMISSION_R9, RELAY_REFUSED_R9, saysDelayR9 } from './languages-r9.ts';
import { CONTACT_ABUSE_R9, HELD_FOR_MODERATOR_R9, OWN_TRANSPORT_BROKEN_R9, PIPE_FAILED_R9, SENDER_LISTED_R9 } from './actor-words-r9.ts';
import { MS365_WRONG_PORT_R10, OWN_LOCAL_DELIVERY_R10, PROGRAM_CERT_ERROR_R10, RELAY_REFUSED_BY_OWN_SIDE_R10, SERVER_CERT_LOG_R10 } from './actor-words-r10.ts';
import { DOMAIN_AUTH_WARNING_R11, OPENSMTPD_OWN_RCPT_R11, OWN_REJECT_PRIVATE_CHECK_R11, PROGRAM_TOO_MANY_CONNECTIONS_R11, QUEUE_DEFERRAL_R11, SENDER_ADDRESS_DOMAIN_R11, SERVER_CERT_MISMATCH_R11 } from './actor-words-r11.ts';

export interface ActorFacts {
  verdict: Verdict;
  situation: Situation;
  temporary: boolean;
  /** The finding's own lines (its reply). */
  said: string;
  /** The report around it (or the same lines). */
  whole: string;
  /** The word lists the situation was read with (context-words.ts); none when absent. */
  words?: SituationWords;
}

/** The facts as the rules read them, word lists included. */
type RuleFacts = ActorFacts & { words: SituationWords };

interface ActorRule {
  id: string;
  /** Situations the rule holds in; all when absent. */
  in?: readonly Situation[];
  /** The verdict so far must be one of these buckets; any when absent. */
  buckets?: readonly Bucket[];
  /** Temporary or final; either when absent. */
  temporary?: boolean;
  /** The words that show the family (read in the reply and the report unless `saidOnly` or `wholeOnly`); any text when absent. */
  words?: Pick<RegExp, 'test'>;
  /** Words that show it is some other family. */
  unless?: RegExp;
  saidOnly?: boolean;
  wholeOnly?: boolean;
  /** The rule holds only where the verdict so far names this actor. */
  onlyIf?: Actor;
  /** Further facts the rule needs (a situation's own word lists, the reason so far). */
  also?: (v: Verdict, facts: RuleFacts) => boolean;
  /** Who acts; or `gives`, where the verdict is computed from the facts (a forward's kind, a delay's reason). */
  actor?: Actor;
  gives?: (v: Verdict, facts: RuleFacts) => Verdict;
  /** The cause the family is, where it differs from the verdict so far; its words are the reason's (or the bucket's) unless given. */
  becomes?: { reason: Reason; bucket: Bucket; title?: string; summary?: string; steps?: readonly string[]; donts?: readonly string[] };
}

const WAIT = { reason: 'systemerror', bucket: 'remote-transient', summary: 'k_r8b_busy_s' } as const;

// A conversation typed by hand ("MAIL FROM:<…>", "RCPT TO:<…>" …) whose server answered with its own fault.
const TRANSCRIPT_START = /^[ \t]{0,8}(?:MAIL FROM|RCPT TO|EHLO|HELO)\b/im;
const SERVER_FAULT_LINE = /^[ \t]{0,8}[45]\d\d[ -](?:[45]\.3\.\d{1,3} )?(?:[\w.-]{1,60} )?(?:internal (?:server )?error|(?:requested action aborted: )?local error in processing)\b/im;
const HAND_TRANSCRIPT_FAULT = { test: (text: string): boolean => TRANSCRIPT_START.test(text) && SERVER_FAULT_LINE.test(text) };
// The program's own server closed the conversation because the program was too slow ("421 4.4.2 … Error:
// timeout exceeded", "Connection dropped due to timeout"), quoted by the program after its own words
// ("Error: Message failed: 421 4.4.2 …"): the path between them, not the far end.
const TIMED_OUT_CODE = /\b421[ -]4\.4\.2\b|\bconnection dropped due to timeout\b/i;
const PROGRAM_WORDS = ['error', 'failed', 'exception'];
const PROGRAM_TIMED_OUT = {
  test(text: string): boolean {
    const m = TIMED_OUT_CODE.exec(text);
    if (!m) return false;
    const after = text.slice(m.index, m.index + 100).toLowerCase();
    if (!after.includes('timeout') && !after.includes('time out')) return false;
    // The program's own lead ends just before the reply: "… Error: Message failed: 421 …".
    const before = text.slice(Math.max(0, m.index - 60), m.index).toLowerCase().trimEnd();
    return before.endsWith(':') && PROGRAM_WORDS.some((w) => before.includes(w));
  },
};
// A sending server's own log of a remote server's refusal ("postfix/smtp[…]: … status=bounced (host … said: 550 …",
// Exim's "T=remote_smtp: SMTP error from remote mail server"): whoever reads it runs that server, and a
// refusal for the sending side's authentication or reputation is theirs to fix (SPF, DKIM, DMARC, the IP's standing).
const SENDING_LOG = /\bpostfix\/smtp\[\d{1,10}\]:|\bstatus=bounced \(host\b|\bT=remote_smtp\b[^\n]{0,40}\bSMTP error from remote\b/i;
const LOOKUP_FAILED = /\blookup fail|\bdns (?:lookup )?fail|\btemporary dns\b/i;
// A refusal whose words say only that it was refused, with no cause ("Error 550 Message Rejected",
// "smtplib.SMTPDataError: (550, b'2efb… Mail rejected')"): what remains without those words is only a
// program's lead, codes and ids. Any word of a cause, or a page to read, keeps the verdict.
const REFUSED_ONLY = /(?:(?:the |this |your )?(?:mail|message|e-?mail) (?:was )?(?:rejected|refused)|(?:the )?mail server (?:permanently )?(?:rejected|refused) (?:the |this |your )?(?:mail|message|e-?mail))[\s.'")\]]{0,8}$/i;
// A program's lead words, ids and codes (any token with a digit), Python's bytes prefix (b'…').
const LEAD_TOKENS: ReadonlySet<string> = new Set(['smtplib.smtpdataerror', 'smtpdataerror', 'smtperror', 'error', 'failed', 'b']);
const NO_CAUSE = {
  test(text: string): boolean {
    if (text.length > 200) return false;
    const m = REFUSED_ONLY.exec(text);
    if (!m) return false;
    return text.slice(0, m.index).split(/[^\w.-]+/).every((tok) => tok === '' || /\d/.test(tok) || LEAD_TOKENS.has(tok.toLowerCase()) || !/[a-z]/i.test(tok));
  },
};

// A receiver that takes too many connections at once from one sender, or a recipient who receives too fast.
const TOO_MANY_AT_ONCE = /\btoo many (?:concurrent |simultaneous )?(?:smtp )?(?:connections|sessions)\b|\breceiving mail too quickly\b|\berhält zu schnell e-?mails\b|\bempfängt zu schnell\b/i;
const TEMPORARY_NOTICE = /\bthis is a temporary error\b[\s\S]{0,80}\bfollowing address\(es\) deferred\b/i;
// Google Groups' refusal: the group may not exist, or posting needs membership.
const GROUP_POSTING = /\bthe group you tried to contact\b[^\n]{0,120}\bmay not exist\b/i;

// Logins refused too often from one address ("421 Too many auth failures, try again later"): the login is the sender's.
const TOO_MANY_LOGIN_FAILURES = /\btoo many (?:auth(?:entication)?|login|logon) (?:failures|errors)\b|\btoo many failed (?:logins|login attempts|authentications?)\b/i;
// A relay's own per-period allowance in words its tables do not know ("455 Maximum messages sent per minute reached").
const MESSAGES_PER_PERIOD = /\bmax(?:imum)? (?:number of )?(?:e-?mails|messages) (?:sent )?per (?:second|minute|hour|day)\b[^\n]{0,30}\b(?:exceeded|reached)\b/i;
// A relay refusing a From address its account has not verified (SendGrid, Mailjet).
const FROM_NOT_AUTHORISED = /\bnot (?:authori[sz]ed|allowed|permitted) to send (?:e-?mail |mail )?from (?:that|this) (?:e-?mail )?address\b|\bis not an authori[sz]ed sender (?:e-?mail )?address\b/i;
// A relay's suppression of a recipient that bounced or complained before (Postmark's "marked as inactive").
const SUPPRESSED_RECIPIENT = /\b(?:recipients?|address(?:es)?)\b[^\n]{0,40}\bmarked as inactive\b/i;
// The recipient's own reject list ("You are registered as spammer (by user's reject list)"): only they can lift it.
const RECIPIENTS_OWN_LIST = /\b(?:by|in|on) (?:the )?(?:user|recipient)'?s? (?:own |personal )?(?:reject|block|black|deny)[- ]?list\b/i;
// A receiver that filters the sending IP until it is registered with it ("Your IP(…) is filtered … register your IP"):
// the sending server's standing, said without "blocked" (its words do not say so, and it is often temporary).
// A rate limit the receiver puts on the sending address or host ("too many messages from a new or untrusted IP",
// "from 192.0.2.1", "from your host"): the sending server's volume or standing, so its operator's, not the person's
// account allowance.
const SENDING_HOST_RATE = /\btoo many (?:messages|mails?|e-?mails|connections|requests)\b[^\n]{0,20}\bfrom (?:a new or untrusted ip|(?:your|this) (?:ip|host|server)|ip\b|\[?\d{1,3}(?:\.\d{1,3}){3}\b)|\blimit for processing requests from your host\b/i;
const IP_FILTERED = /\byour ip\b[^\n]{0,40}\bis filtered\b|\bregister your ip\b/i;

// Postfix's "(expanded from" with the rewritten address wrapped onto the next line or without its angle
// brackets: a forward, whose copy the person sent arrived; its next hop refused it (context.ts reads the
// bracketed form).
const FORWARD_UNBRACKETED = /\(expanded from\s{1,8}(?!<)[^\s<>()]{1,64}@[^\s<>():]{1,255}/i;
// A delay notice's bare subject line, pasted alone ("Message Delivery has been delayed").
export const DELAY_TITLE = /^\s{0,8}(?:subject:\s{0,8})?(?:(?:message )?delivery (?:has been |is )?delayed|delayed (?:mail|message|delivery))(?: notification| notice)?[\s.!]{0,8}$/i;

// --- the situation's rules (formerly inContext() in context.ts): read first, first match wins ----------------
// A bounce proves the person's program sent fine, so a login, relay or TLS refusal inside it is the remote
// side's set-up; a temporary refusal further along is nobody's move yet; a connection that never got
// through is the network's.
const OWN_SERVER_ACCESS = /\b(?:recipient(?: address)?|rcpt(?: to)?)\b[^\n]{0,60}\brejected: access denied\b/i;
const OWN_LOOKUP_BROKEN = /\b(?:open|public) (?:dns )?resolver\b|\b127\.255\.255\.25[2-5]\b/i;
const OWN_SET_UP_BROKEN = /\b(?:server|local|system|mail server|smtp) (?:configuration|config|set-?up) (?:problem|error|fault|failure)\b|\b(?:server|system|host) (?:is )?(?:mis-?configured|not (?:properly |correctly )?configured)\b|\bmisconfiguration\b/i;
// Not a connect that timed out ("connect ETIMEDOUT"): nothing answered there, which is the path.
const PROGRAM_TIMEOUT = /\bgreeting never received\b|\btimeout::error\b|\bexecution expired\b|\b(?:timed out|timeout) (?:while )?waiting for (?:the )?(?:server'?s? )?(?:greeting|banner|response|reply)\b|\b(?:read|socket|smtp) (?:timed out|timeout)\b/i;
const PATH_NAMED = /\bnetwork\b|\bunreachable\b|\bno route\b|\bfirewall\b|\bisp\b|\binternet\b|\bproxy\b|\boffline\b|\bdns\b|\bresolv|\benotfound\b|\beai_again\b/i;
// A receiving server's own log of a recipient it could not take (Postfix's local delivery "postfix/local[…]:
// … status=bounced (unknown user …)", Exim's "H=… F=<…> rejected RCPT <…>: Unrouteable address"): read by
// that server's admin, who acts if the address should exist there.
const OWN_RECEIVING_LOG = /\bpostfix\/(?:local|virtual)\[\d{1,10}\]:[^\n]{0,300}\bstatus=bounced\b|\bH=[^\n]{1,300}? F=<[^>\n]{0,300}> rejected RCPT </;
// Exchange's own store refusing delivery to a mailbox it hosts ("STOREDRV.Deliver.Exception:AccessDeniedException",
// "There's a problem with the recipient's mailbox"): that server's admin's to fix, not the recipient's own
// (a full mailbox is read as such before this).
const RECIPIENT_STORE_FAULT = /\bSTOREDRV\.Deliver\.Exception\b|\bthere's a problem with the recipient's mailbox\b/i;
// The sending server's own report that it gave up on connecting to a receiving MX's port 25 that never
// answered ("Diagnostic-Code: X-Postfix; connect to mx[…]:25: Operation timed out" with "Action: failed"):
// no server refused anything; the path out of the sending server (many networks block outgoing port 25)
// is what to check, by whoever runs that server.
const OWN_CONNECT_GAVE_UP = /\bconnect to [^\s[]{1,200}\[[^\]\n]{1,60}\]:25:\s{1,8}(?:connection|operation) timed out\b/i;

const FORWARDED = { title: 'k_ctx_forwarded_t', summary: 'k_ctx_forwarded_s', steps: ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], donts: ['k_n_own_settings', 'k_n_resend'] };
const OWN_ALIAS = { title: 'k_ctx_own_alias_t', summary: 'k_ctx_own_alias_s', steps: ['k_s_ask_provider'], donts: ['k_n_resend'] };
const expandedFrom = (f: RuleFacts): RegExpExecArray | null => f.words.expanded?.exec(f.whole) ?? null;
const ownReject = (f: RuleFacts): boolean => f.words.ownReject?.test(f.whole) ?? false;
// The sender's own domain said not to exist, also in Postfix's words (round 11).
const SENDER_DOMAIN_R11 = { test: (t: string): boolean => SENDER_DOMAIN_MISSING.test(t) || SENDER_ADDRESS_DOMAIN_R11.test(t) };

/** The situation's rules, first match wins, after the recipient-side rule (onRecipientSide). */
export const SITUATION_RULES: readonly ActorRule[] = [
  // A delay whose quoted reason is the recipient's full mailbox ends when the recipient makes room; any other, nobody yet.
  { id: 'delay-nobody-yet', in: ['delay'], gives: (v) => ({ ...v, actor: v.reason === 'mailboxfull' ? 'recipient' : 'none' }) },
  // An address the reporting server rewrote before delivery failed ("<b@x> (expanded from <a@y>)"): a forward. The
  // copy the person sent arrived; whoever runs the forward must fix it: the recipient's side for a forwarding
  // address, the person's own server for one of its local names ("<root>"). A full mailbox at its end is its owner's.
  {
    id: 'forward-expanded', in: ['bounce'], also: (v, f) => expandedFrom(f) !== null && !MAILBOX_REASONS.has(v.reason),
    gives: (v, f) => ((expandedFrom(f)?.[1] ?? '').includes('@') ? { ...v, actor: 'recipient-provider', ...FORWARDED } : { ...v, actor: 'sender-provider', ...OWN_ALIAS }),
  },
  // A receiving server's own log refusing inbound mail after an SPF or reverse-DNS check of a private address (its
  // Docker, NAT or proxy gateway; round 11): the check saw the server's own network, not the sender, so every sender
  // fails it until that server's admin makes it see the real address.
  {
    id: 'own-reject-private-check', words: OWN_REJECT_PRIVATE_CHECK_R11, wholeOnly: true, also: (_v, f) => ownReject(f),
    gives: (v) => ({ ...v, actor: 'recipient-provider', title: 'k_r11_gateway_t', summary: 'k_r11_gateway_s', steps: ['k_r11_s_gateway'], donts: ['k_n_resend'] }),
  },
  // The sender's own domain said not to exist by a remote server in a bounce: the person's program and server sent
  // fine, so the domain's DNS (kept by their provider or domain host) is what to fix. So too in a receiving server's
  // own log of refusing it (round 11): whoever reads that log runs the receiving server, not the sender's domain.
  { id: 'sender-domain-missing', buckets: ['sender-account'], onlyIf: 'sender', words: SENDER_DOMAIN_R11, saidOnly: true, also: (_v, f) => f.situation === 'bounce' || ownReject(f), actor: 'sender-provider' },
  // The person's own outgoing server refusing a recipient with "access denied" (a program's reply, not a bounce):
  // that server's access rule for this sender, usually a login it did not get; not the recipient's filter.
  {
    id: 'own-server-access', in: ['client'], onlyIf: 'recipient-provider', words: OWN_SERVER_ACCESS, saidOnly: true,
    gives: (v) => ({ ...v, reason: 'norelaying', bucket: 'settings', actor: 'sender', title: 'k_ctx_own_access_t', summary: 'k_ctx_own_access_s', steps: ['k_s_enable_auth', 'k_s_check_address'], donts: ['k_n_disable_auth', 'k_n_resend'] }),
  },
  // A server's own log of refusing its client: its own rule, for the client's side or its admin. Not when the
  // refusal comes from that server's own broken lookups (a block list refusing its open resolver): its admin's.
  {
    id: 'own-reject-log', onlyIf: 'recipient-provider', also: (_v, f) => ownReject(f) && !OWN_LOOKUP_BROKEN.test(f.whole),
    gives: (v) => ({ ...v, actor: 'sender-provider', title: 'k_ctx_own_reject_t', summary: 'k_ctx_own_reject_s', steps: ['k_s_enable_auth', 'k_s_ask_provider'], donts: ['k_n_resend'] }),
  },
  // A relay refusal the sending side's own relay made (a private address, or a host that is not the big provider the
  // recipient belongs to; round 10): the client sent fine, so the sending server's relay set-up is its admin's.
  {
    id: 'own-side-relay-refused', in: ['bounce', 'reply'], buckets: ['settings', 'credentials', 'recipient', 'policy-reputation'], words: RELAY_REFUSED_BY_OWN_SIDE_R10, wholeOnly: true,
    // Not a log of handing mail to a submission smarthost the person set up (its login is theirs, as before).
    also: (_v, f) => !(f.words.ownRelay?.test(f.whole) ?? false),
    gives: (v) => ({ ...v, reason: 'norelaying', bucket: 'settings', actor: 'sender-provider', title: 'k_r10_own_relay_t', summary: 'k_r10_own_relay_s', steps: ['k_r9_s_tell_server_admin'], donts: ['k_n_resend'] }),
  },
  // A refusal between mail servers that only the recipient's side can lift reads the same way. Not when the refusal
  // is of the sender's own address until it logs in (that login is the sender's), nor when the refusing server is
  // the sending server's own relay on a submission port (its login is the sender's side's).
  {
    id: 'remote-set-up',
    also: (v, f) => (f.situation === 'bounce' || (f.situation === 'reply' && v.actor === 'recipient-provider')) && CLIENT_BUCKETS.has(v.bucket)
      && !SENDER_NOT_LOGGED_IN.test(f.said) && !(f.words.ownRelay?.test(f.whole) ?? false),
    gives: (v, f) => (v.bucket === 'port-encryption'
      ? { ...v, actor: 'recipient-provider', title: 'k_ctx_remote_tls_t', summary: 'k_ctx_remote_tls_s', steps: ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], donts: ['k_n_own_settings', 'k_n_resend'] }
      : v.bucket === 'network-block' ? { ...v, reason: 'networkerror', bucket: 'remote-transient', actor: f.temporary ? 'none' : 'recipient-provider' }
        : { ...v, bucket: 'recipient', actor: 'recipient-provider', title: 'k_ctx_remote_config_t', summary: 'k_ctx_remote_config_s', steps: ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], donts: ['k_n_own_settings', 'k_n_disable_auth', 'k_n_resend'] }),
  },
  // A temporary refusal by the receiver's checks is a deferral, not a block, unless its words say so.
  {
    id: 'deferred-not-blocked', buckets: ['policy-reputation'], temporary: true, also: (_v, f) => !f.words.block.test(f.said),
    gives: (v) => ({ ...v, title: 'k_ctx_deferred_t', steps: ['k_s_wait_retry', 'k_s_wait_final', 'k_s_ask_provider_reputation'], donts: ['k_n_retry_now', 'k_n_resend'] }),
  },
  // A server that names its own set-up as broken ("Server configuration problem", "misconfigured"): no retry helps
  // until that server's admin fixes it. The person's own provider when their program or their own server's log got
  // it; the recipient's in a bounce.
  { id: 'own-set-up-broken', buckets: ['remote-transient'], words: OWN_SET_UP_BROKEN, saidOnly: true, also: (_v, f) => f.situation === 'client' || ownReject(f), actor: 'sender-provider' },
  { id: 'remote-set-up-broken', in: ['bounce'], buckets: ['remote-transient'], words: OWN_SET_UP_BROKEN, saidOnly: true, actor: 'recipient-provider' },
  { id: 'receive-not-permitted', onlyIf: 'recipient', words: RECEIVE_NOT_PERMITTED, saidOnly: true, actor: 'recipient-provider' },
  { id: 'recipient-store-fault', onlyIf: 'recipient', words: RECIPIENT_STORE_FAULT, wholeOnly: true, also: (v) => !MAILBOX_REASONS.has(v.reason), actor: 'recipient-provider' },
  {
    id: 'own-connect-gave-up', in: ['bounce'], temporary: false, buckets: ['remote-transient'], words: OWN_CONNECT_GAVE_UP, wholeOnly: true,
    gives: (v) => ({ ...v, reason: 'networkerror', bucket: 'network-block', actor: 'sender-provider' }),
  },
  // A receiving server's own log of a recipient it could not take: that server's admin.
  // Also its own delivery to a mailbox it hosts (LMTP to a local socket, its own alias tables; round 10), and
  // OpenSMTPD's log of a recipient it refused (round 11).
  { id: 'own-receiving-log', buckets: ['recipient'], onlyIf: 'sender', words: { test: (t: string) => OWN_RECEIVING_LOG.test(t) || OWN_LOCAL_DELIVERY_R10.test(t) || OPENSMTPD_OWN_RCPT_R11.test(t) }, wholeOnly: true, actor: 'recipient-provider' },
  // A bounce that gave up on a fault further along ("failed permanently … 500 Internal Server Error"): the
  // recipient's server or its admin, not nobody.
  { id: 'gave-up-further-along', in: ['bounce'], temporary: false, buckets: ['remote-transient'], onlyIf: 'none', also: (v) => v.reason === 'systemerror', actor: 'recipient-provider' },
  // Further along and temporary, or seen by a mail program (its server will retry): nobody yet.
  { id: 'further-along-nobody-yet', buckets: ['remote-transient'], also: (_v, f) => f.temporary || f.situation === 'client', actor: 'none' },
  // A program that timed out or got no greeting from its own server, with no word of the network: its server name
  // and port are checked first (the person's); words that name the path are the network's.
  {
    id: 'no-answer', buckets: ['network-block'], onlyIf: 'sender',
    gives: (v, f) => (f.situation === 'client' && PROGRAM_TIMEOUT.test(f.whole) && !PATH_NAMED.test(f.whole) ? v : { ...v, actor: 'network' }),
  },
];

/** On the recipient's side only the person's own mailbox (full, disabled, moved) is theirs to fix; filters,
 * policies, domain and server set-up are their mail provider's or admin's. Read before every rule. */
const onRecipientSide = (v: Verdict): Verdict => (v.actor === 'recipient' && !MAILBOX_REASONS.has(v.reason) && v.bucket !== 'recipient' ? { ...v, actor: 'recipient-provider' } : v);
/** Titles of families whose own words replace a delay notice's general ones (a held post, a broken transport). */
export const OWN_DELAY_WORDS: ReadonlySet<string> = new Set(['k_r9_held_t', 'k_r9_transport_t']);

/** The rules, first match wins; the order puts the narrowest family first. */
export const ACTOR_RULES_R8: readonly ActorRule[] = [
  // The path ("network") acts only on a connection that never got through; a program's own encryption,
  // login or settings refusal is its user's, whichever table guessed otherwise.
  // Round 11: a mailbox provider's warning that a message failed its domain's authentication (SPF, DKIM, DMARC) is
  // about the sending domain's set-up, not anyone's login; a mail server's own queue entry whose reason is a
  // connection lost, timed out or refused is that reason, retried by the queue (not a delay notice's "not an error").
  { id: 'domain-auth-warning', buckets: ['credentials', 'settings', 'policy-reputation'], words: DOMAIN_AUTH_WARNING_R11, actor: 'sender-provider', becomes: { reason: 'authfailure', bucket: 'policy-reputation' } },
  { id: 'queue-deferral-reason', in: ['delay'], buckets: ['not-an-error'], words: QUEUE_DEFERRAL_R11, wholeOnly: true, actor: 'none', becomes: { reason: 'networkerror', bucket: 'remote-transient' } },
  { id: 'program-settings-not-network', in: ['client'], buckets: ['port-encryption', 'settings', 'credentials'], words: /^/, onlyIf: 'network', actor: 'sender' },
  { id: 'hand-transcript-fault', in: ['reply', 'bounce', 'client'], buckets: ['remote-transient'], words: HAND_TRANSCRIPT_FAULT, actor: 'recipient-provider' },
  { id: 'program-timed-out', in: ['client', 'reply'], buckets: ['remote-transient', 'network-block'], temporary: true, words: PROGRAM_TIMED_OUT, actor: 'network' },
  { id: 'notice-says-temporary', in: ['bounce', 'reply', 'delay'], temporary: true, words: TEMPORARY_NOTICE, actor: 'none' },
  // Round 11 (actor-words-r11.ts): a mail program's own server refusing it for too many connections from its
  // address: the program (or others on that address) keeps too many open, so it must send over fewer.
  {
    id: 'program-too-many-connections', in: ['client'], buckets: ['remote-transient', 'policy-reputation', 'sender-account', 'settings', 'network-block'], words: PROGRAM_TOO_MANY_CONNECTIONS_R11, actor: 'sender',
    becomes: { reason: 'systemerror', bucket: 'remote-transient', title: 'k_r11_program_conns_t', summary: 'k_r11_program_conns_s', steps: ['k_r11_s_fewer_connections'], donts: ['k_n_retry_now'] },
  },
  { id: 'too-many-at-once', in: ['bounce', 'reply', 'delay', 'client'], temporary: true, words: TOO_MANY_AT_ONCE, unless: /\bblock|black ?list|\bspam\b|\bfrom (?:different|many) |\bfrom (?:your|this|the sending) (?:ip|host)\b/i, saidOnly: true, actor: 'none', becomes: WAIT },
  { id: 'sending-log-policy', buckets: ['policy-reputation'], temporary: false, words: SENDING_LOG, unless: LOOKUP_FAILED, actor: 'sender-provider' },
  { id: 'refused-no-cause', buckets: ['policy-reputation'], temporary: false, words: NO_CAUSE, saidOnly: true, actor: 'sender' },
  { id: 'group-posting', in: ['bounce', 'reply'], words: GROUP_POSTING, actor: 'sender' },
  { id: 'forward-unbracketed', in: ['bounce', 'reply'], buckets: ['recipient'], words: FORWARD_UNBRACKETED, unless: /\b(?:mailbox|quota|storage)\b[^\n]{0,30}\b(?:full|exceeded)\b|\bover ?quota\b/i, actor: 'recipient-provider' },
  { id: 'too-many-login-failures', buckets: ['remote-transient', 'policy-reputation'], words: TOO_MANY_LOGIN_FAILURES, saidOnly: true, actor: 'sender', becomes: { reason: 'securityerror', bucket: 'credentials' } },
  { id: 'messages-per-period', buckets: ['settings', 'remote-transient'], words: MESSAGES_PER_PERIOD, saidOnly: true, actor: 'sender', becomes: { reason: 'ratelimited', bucket: 'sender-account' } },
  { id: 'from-not-authorised', buckets: ['remote-transient', 'settings', 'policy-reputation'], words: FROM_NOT_AUTHORISED, saidOnly: true, actor: 'sender', becomes: { reason: 'rejected', bucket: 'sender-account' } },
  { id: 'suppressed-recipient', buckets: ['policy-reputation', 'sender-account'], words: SUPPRESSED_RECIPIENT, saidOnly: true, actor: 'sender', becomes: { reason: 'suppressed', bucket: 'recipient' } },
  { id: 'recipients-own-list', buckets: ['policy-reputation'], words: RECIPIENTS_OWN_LIST, saidOnly: true, actor: 'recipient' },
  // Round 9 (actor-words-r9.ts): the sending server's own transport broken; a recipient's pipe that failed; a sender address refused as a spammer's;
  // a temporary refusal that points to the receiver's abuse desk.
  { id: 'held-for-moderator', in: ['delay'], words: HELD_FOR_MODERATOR_R9, actor: 'none', becomes: { reason: 'onhold', bucket: 'not-an-error', title: 'k_r9_held_t', summary: 'k_r9_held_s', steps: ['k_r9_s_wait_moderator'], donts: ['k_n_resend'] } },
  { id: 'own-transport-broken', words: OWN_TRANSPORT_BROKEN_R9, actor: 'sender-provider', becomes: { reason: 'systemerror', bucket: 'settings', title: 'k_r9_transport_t', summary: 'k_r9_transport_s', steps: ['k_r9_s_tell_server_admin'], donts: [] } },
  { id: 'pipe-failed', in: ['bounce', 'reply'], words: PIPE_FAILED_R9, actor: 'recipient-provider', becomes: { reason: 'mailererror', bucket: 'recipient' } },
  { id: 'sender-listed', buckets: ['sender-account'], words: SENDER_LISTED_R9, saidOnly: true, actor: 'sender-provider', becomes: { reason: 'blocked', bucket: 'policy-reputation' } },
  // An account that may not use SMTP, or a relay refusal said with "rejected"/"fail" (languages-r9.ts), read by
  // a code's class as a policy refusal: the sender's account, or the program's own server wanting a login.
  { id: 'no-smtp-permission', buckets: ['sender-account', 'credentials', 'policy-reputation', 'remote-transient'], words: NO_SMTP_PERMISSION_R9, saidOnly: true, actor: 'sender', becomes: { reason: 'rejected', bucket: 'sender-account', title: 'k_r9_smtp_off_t', summary: 'k_r9_smtp_off_s', steps: ['k_r7l_s_auth_code'] } },
  { id: 'relay-refused-to-program', in: ['client', 'reply'], buckets: ['policy-reputation'], words: RELAY_REFUSED_R9, saidOnly: true, actor: 'sender', becomes: { reason: 'norelaying', bucket: 'settings' } },
  { id: 'contact-abuse', buckets: ['remote-transient'], temporary: true, words: CONTACT_ABUSE_R9, saidOnly: true, actor: 'sender-provider' },
  { id: 'sending-host-rate', buckets: ['policy-reputation', 'sender-account'], words: SENDING_HOST_RATE, saidOnly: true, actor: 'sender-provider' },
  { id: 'ip-filtered', buckets: ['recipient', 'remote-transient'], words: IP_FILTERED, saidOnly: true, actor: 'sender-provider', becomes: { reason: 'badreputation', bucket: 'policy-reputation', donts: ['k_n_resend'] } },
  // Round 10 (actor-words-r10.ts): a sending server's own log of a receiving server's certificate it could not
  // verify (it still delivers, encrypted): not a failure, nobody must act; a program's own certificate failure, even after a
  // success reply to STARTTLS, is its user's settings; a program using a port Microsoft 365's host does not serve.
  // Round 11: a certificate whose name did not match, logged only where the sending server was told to verify: a
  // delivery that waits until the two servers' admins agree (the receiver's certificate, or the sender's TLS policy).
  {
    id: 'server-cert-mismatch', buckets: ['port-encryption', 'network-block', 'settings', 'remote-transient', 'not-an-error'], words: SERVER_CERT_MISMATCH_R11, wholeOnly: true, actor: 'sender-provider',
    becomes: { reason: 'failedstarttls', bucket: 'port-encryption', title: 'k_r11_cert_mismatch_t', summary: 'k_r11_cert_mismatch_s', steps: ['k_r9_s_tell_server_admin'], donts: ['k_n_resend'] },
  },
  { id: 'server-cert-log', buckets: ['port-encryption', 'network-block', 'settings', 'remote-transient', 'not-an-error'], words: SERVER_CERT_LOG_R10, wholeOnly: true, actor: 'none', becomes: { reason: 'failedstarttls', bucket: 'not-an-error', title: 'k_r10_cert_log_t', summary: 'k_r10_cert_log_s', steps: ['k_r10_s_cert_log_store'], donts: ['k_n_resend'] } },
  { id: 'program-cert-error', in: ['client', 'reply'], buckets: ['not-an-error'], words: PROGRAM_CERT_ERROR_R10, wholeOnly: true, actor: 'sender', becomes: { reason: 'failedstarttls', bucket: 'port-encryption' } },
  { id: 'ms365-wrong-port', in: ['client', 'reply'], buckets: ['network-block', 'remote-transient', 'settings'], words: MS365_WRONG_PORT_R10, wholeOnly: true, actor: 'sender', becomes: { reason: 'networkerror', bucket: 'settings', title: 'k_r10_wrong_port_t', summary: 'k_r10_ms365_port_s', steps: ['k_r10_s_ms365_port'] } },
];

/**
 * Who acts, decided in one place for every surface that explains: the situation's rules (SITUATION_RULES), then
 * a mail program's own family where one was read (client-texts-r7.ts), then ACTOR_RULES_R8, which has the last word.
 */
export function decideVerdict(base: Verdict, family: ClientFamily | null, situation: Situation, temporary: boolean, said: string, whole: string, words: SituationWords = NO_WORDS): Verdict {
  const inSituation = withRules(SITUATION_RULES, { verdict: onRecipientSide(base), situation, temporary, said, whole, words });
  return withRules(ACTOR_RULES_R8, { verdict: withClientFamily(family, inSituation), situation, temporary, said, whole, words });
}

/**
 * A delay notice's subject line pasted on its own is that notice, and so is a notice whose own words say it is
 * one (languages-r9.ts, round 9): nobody acts yet (the situation, read before any verdict).
 */
export const delayTitleSituation = (situation: Situation, text: string): Situation => (situation !== 'client' && (DELAY_TITLE.test(text) || saysDelayR9(text)) ? 'delay' : situation);

/** The first rule of a table that holds for these facts (ACTOR_RULES_R8 unless another is given), or null. */
export function actorRuleFor(facts: ActorFacts, rules: readonly ActorRule[] = ACTOR_RULES_R8): ActorRule | null {
  const full: RuleFacts = { ...facts, words: facts.words ?? NO_WORDS };
  const { verdict, situation, temporary, said, whole } = full;
  for (const rule of rules) {
    if (rule.in && !rule.in.includes(situation)) continue;
    if (rule.buckets && !rule.buckets.includes(verdict.bucket)) continue;
    if (rule.temporary !== undefined && rule.temporary !== temporary) continue;
    if (rule.onlyIf !== undefined && rule.onlyIf !== verdict.actor) continue;
    if (rule.words) {
      const text = rule.saidOnly ? said : rule.wholeOnly ? whole : `${said}\n${whole}`;
      if (!rule.words.test(text) || (rule.unless?.test(text) ?? false)) continue;
    }
    if (rule.also && !rule.also(verdict, full)) continue;
    return rule;
  }
  return null;
}

/** The verdict as the first rule of a table that holds says: who acts, or a verdict of its own. */
function withRules(rules: readonly ActorRule[], facts: ActorFacts): Verdict {
  const rule = actorRuleFor(facts, rules);
  return rule ? applyRule(rule, { ...facts, words: facts.words ?? NO_WORDS }) : facts.verdict;
}

/** The verdict with who acts (and, for a different family, its cause and words) as the rule table says. */
export function withActorRules(verdict: Verdict, situation: Situation, temporary: boolean, said: string, whole: string, words: SituationWords = NO_WORDS): Verdict {
  return withRules(ACTOR_RULES_R8, { verdict, situation, temporary, said, whole, words });
}

function applyRule(rule: ActorRule, facts: RuleFacts): Verdict {
  const { verdict } = facts;
  if (rule.gives) return rule.gives(verdict, facts);
  if (!rule.becomes) return { ...verdict, actor: rule.actor ?? verdict.actor };
  // A different cause speaks with its own words: its reason's where the reason fits the bucket, else the bucket's.
  const { reason, bucket } = rule.becomes;
  const fits = REASON_ADVICE[reason].buckets.includes(bucket);
  const advice = fits ? REASON_ADVICE[reason] : BUCKET_ADVICE[bucket];
  return {
    ...verdict, reason, bucket, actor: rule.actor ?? verdict.actor,
    title: rule.becomes.title ?? (fits ? reasonTitleKey(reason) : bucketTitleKey(bucket)),
    summary: rule.becomes.summary ?? (fits ? reasonSummaryKey(reason) : bucketSummaryKey(bucket)),
    steps: [...(rule.becomes.steps ?? advice.steps)],
    donts: [...(rule.becomes.donts ?? advice.donts)],
  };
}
