// Who acts, decided last and in one table: each rule names the situation it holds in (a reply the
// person's own program got, a remote refusal reported in a bounce, a delay notice, a reply pasted on
// its own), what the verdict so far must be, and the words that show the family. The first rule that
// holds sets who acts (and, where the family is a different cause, its bucket and words). Every
// surface that explains goes through explainFinding(), so these rules apply everywhere.
// Families (round 8, knowledge16):
// - a server fault a person met typing the SMTP conversation by hand: that server's admin;
// - a mail program's own server that timed it out mid-conversation: the path between them;
// - a notice that says of itself it is temporary (Exim's "The following address(es) deferred"): nobody yet;
// - a name lookup that said "try again": nobody yet;
// - a receiver that takes too many connections or messages at once: temporary, nobody acts yet;
// - a sending server's own log of a refusal for the sending side's authentication or reputation: that
//   server's admin (the person's provider, or whoever runs it);
// - IONOS/GMX/web.de's "Reject due to policy restrictions": the sending server's reputation;
// - a refusal that says only "message rejected": no cause to pass on, so the sender (who saw it) acts;
// - a group that may not exist or may need joining before posting: the sender (check the name, join).
// A receiving server's own log of greylisting a client is left as "nobody yet": labelled sets disagree on it.
import type { Bucket, Reason } from '../types.ts';
import type { Actor } from './types.ts';
import type { Situation, Verdict } from './context.ts';

export interface ActorFacts {
  verdict: Verdict;
  situation: Situation;
  temporary: boolean;
  /** The finding's own lines (its reply). */
  said: string;
  /** The report around it (or the same lines). */
  whole: string;
}

interface ActorRule {
  id: string;
  /** Situations the rule holds in; all when absent. */
  in?: readonly Situation[];
  /** The verdict so far must be one of these buckets; any when absent. */
  buckets?: readonly Bucket[];
  /** Temporary or final; either when absent. */
  temporary?: boolean;
  /** The words that show the family (read in the whole report unless `saidOnly`). */
  words: RegExp;
  /** Words that show it is some other family. */
  unless?: RegExp;
  saidOnly?: boolean;
  actor: Actor;
  /** The cause the family is, where it differs from the verdict so far (with its own words). */
  becomes?: { reason: Reason; bucket: Bucket; title: string; summary: string; steps: readonly string[]; donts: readonly string[] };
}

const WAIT = { reason: 'systemerror', bucket: 'remote-transient', title: 'k_r_systemerror_t', summary: 'k_r8b_busy_s', steps: ['k_s_wait_retry', 'k_s_wait_final'], donts: ['k_n_resend'] } as const;

// A conversation typed by hand ("MAIL FROM:<…>", "RCPT TO:<…>" …) whose server answered with its own fault.
const HAND_TRANSCRIPT_FAULT = /^\s{0,8}(?:MAIL FROM|RCPT TO|EHLO|HELO)\b[\s\S]{0,2000}^\s{0,8}[45]\d\d[ -](?:[45]\.3\.\d{1,3} )?[^\n]{0,40}\b(?:internal (?:server )?error|local error in processing)\b/im;
// The program's own server closed the conversation because the program was too slow ("421 4.4.2 … Error:
// timeout exceeded", "Connection dropped due to timeout"), quoted by the program after its own words
// ("Error: Message failed: 421 4.4.2 …"): the path between them, not the far end.
const PROGRAM_TIMED_OUT = /\b(?:error|failed|exception)\b[^\n]{0,40}:\s{0,3}421[ -]4\.4\.2\b[^\n]{0,80}\btime ?out\b|\b(?:error|failed|exception)\b[^\n]{0,40}:\s{0,3}(?:421[ -](?:4\.4\.2 )?)?connection dropped due to timeout\b/i;
// A sending server's own log of a remote server's refusal ("postfix/smtp[…]: … status=bounced (host … said: 550 …",
// Exim's "T=remote_smtp: SMTP error from remote mail server"): whoever reads it runs that server, and a
// refusal for the sending side's authentication or reputation is theirs to fix (SPF, DKIM, DMARC, the IP's standing).
const SENDING_LOG = /\bpostfix\/smtp\[\d{1,10}\]:|\bstatus=bounced \(host\b|\bT=remote_smtp\b[^\n]{0,40}\bSMTP error from remote\b/i;
const LOOKUP_FAILED = /\blookup fail|\bdns (?:lookup )?fail|\btemporary dns\b/i;
// 1&1/IONOS, GMX and web.de's own wording (their postmaster pages): the sending server's reputation.
const POLICY_RESTRICTIONS = /\breject due to policy restrictions\b/i;
// A refusal whose words say only that it was refused, with no cause; any word of a cause, a code
// family that names one or a page to read keeps the verdict.
const NO_CAUSE = /^[^a-z]{0,80}(?:[\w.()'"\-, ]{0,80}(?:smtp(?:data)?error|error|failed)[:\s,(]{1,6})?(?:\d{3}[ ,-]{1,3}b?['"]?)?(?:[\w-]{0,40}\d[\w-]{0,40} )?(?:(?:the |this |your )?(?:mail|message|e-?mail) (?:was )?(?:rejected|refused)|(?:the )?mail server (?:permanently )?(?:rejected|refused) (?:the |this |your )?(?:mail|message|e-?mail))[\s.'")\]]*$/i;
// A receiver that takes too many connections at once from one sender, or a recipient who receives too fast.
const TOO_MANY_AT_ONCE = /\btoo many (?:concurrent |simultaneous )?(?:smtp )?(?:connections|sessions)\b|\breceiving mail too quickly\b|\berhält zu schnell e-?mails\b|\bempfängt zu schnell\b/i;
const TEMPORARY_NOTICE = /\bthis is a temporary error\b[\s\S]{0,80}\bfollowing address\(es\) deferred\b/i;
const LOOKUP_TRY_AGAIN = /\bhost not found, try again\b/i;
// Google Groups' refusal: the group may not exist, or posting needs membership.
const GROUP_POSTING = /\bthe group you tried to contact\b[^\n]{0,120}\bmay not exist\b/i;

/** The rules, first match wins; the order puts the narrowest family first. */
export const ACTOR_RULES_R8: readonly ActorRule[] = [
  { id: 'hand-transcript-fault', in: ['reply', 'bounce', 'client'], buckets: ['remote-transient'], words: HAND_TRANSCRIPT_FAULT, actor: 'recipient-provider' },
  { id: 'program-timed-out', in: ['client', 'reply'], buckets: ['remote-transient', 'network-block'], temporary: true, words: PROGRAM_TIMED_OUT, actor: 'network' },
  { id: 'notice-says-temporary', in: ['bounce', 'reply', 'delay'], temporary: true, words: TEMPORARY_NOTICE, actor: 'none' },
  { id: 'lookup-try-again', in: ['bounce', 'reply', 'delay'], temporary: true, words: LOOKUP_TRY_AGAIN, actor: 'none' },
  { id: 'too-many-at-once', in: ['bounce', 'reply', 'delay', 'client'], temporary: true, words: TOO_MANY_AT_ONCE, unless: /\bblock|black ?list|\bspam\b|\bfrom (?:different|many) /i, saidOnly: true, actor: 'none', becomes: WAIT },
  { id: 'sending-log-policy', buckets: ['policy-reputation'], temporary: false, words: SENDING_LOG, unless: LOOKUP_FAILED, actor: 'sender-provider' },
  { id: 'policy-restrictions', buckets: ['policy-reputation'], temporary: false, words: POLICY_RESTRICTIONS, saidOnly: true, actor: 'sender-provider' },
  { id: 'refused-no-cause', buckets: ['policy-reputation'], temporary: false, words: NO_CAUSE, saidOnly: true, actor: 'sender' },
  { id: 'group-posting', in: ['bounce', 'reply'], words: GROUP_POSTING, actor: 'sender' },
];

/** The first rule that holds for these facts, or null. */
export function actorRuleFor(facts: ActorFacts): ActorRule | null {
  const { verdict, situation, temporary, said, whole } = facts;
  for (const rule of ACTOR_RULES_R8) {
    if (rule.in && !rule.in.includes(situation)) continue;
    if (rule.buckets && !rule.buckets.includes(verdict.bucket)) continue;
    if (rule.temporary !== undefined && rule.temporary !== temporary) continue;
    const text = rule.saidOnly ? said : `${said}\n${whole}`;
    if (!rule.words.test(text) || (rule.unless?.test(text) ?? false)) continue;
    return rule;
  }
  return null;
}

/** The verdict with who acts (and, for a different family, its cause and words) as the rule table says. */
export function withActorRules(verdict: Verdict, situation: Situation, temporary: boolean, said: string, whole: string): Verdict {
  const rule = actorRuleFor({ verdict, situation, temporary, said, whole });
  if (!rule) return verdict;
  return rule.becomes ? { ...verdict, ...rule.becomes, steps: [...rule.becomes.steps], donts: [...rule.becomes.donts], actor: rule.actor } : { ...verdict, actor: rule.actor };
}
