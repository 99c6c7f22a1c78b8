// Fields and text of one recipient → reason, bucket, side, hardness and confidence.
// Order of evidence, most specific first: curated sender-side texts, the provider's own texts,
// a specific status code, generic text patterns, a generic status code, the reply code.
import { REASON_DEFAULTS } from '../reasons.ts';
import { REASONS, type Action, type Bucket, type Reason, type Side } from '../types.ts';
import { localAgentReason } from './lda.ts';
import { blocksSender } from './recipient-blocks.ts';
import { finalRecipientRefusal, refusedByFilterCommand } from './recipient-refusals.ts';
import { rhostReason } from './rhost.ts';
import { matchRules, type RuleMatch } from './rules.ts';
import { signatureReason } from './signatures.ts';
import { STATUS_DEFAULT_REASON } from './status-data.ts';

export interface ClassifyInput {
  /**
   * Compacted lowercase texts about this recipient, most specific first (the server's diagnostic,
   * then all the recipient's text, then the whole report): the first that names a cause decides.
   */
  texts: readonly { readonly lower: string }[];
  /** Index in `texts` of the whole report's text, if given. */
  reportIndex: number | null;
  /** Index in `texts` of a remote server's reply that the reporting MTA relays under its own summary. */
  relayedIndex?: number | null;
  status: string | null;
  replyCode: number | null;
  command: string | null;
  action: Action | null;
  providers: ReadonlySet<string>;
  /** The cause a provider's own header field states (formats/provider-headers.ts), if any. */
  headerReason?: Reason | null;
  /** For receiving hosts' own tables (rhost.ts): the remote MTA's host name (Remote-MTA, "host … said"),
   *  the failed recipient's domain and the reporting MTA's host name, lowercase. */
  remoteHost?: string | null;
  recipientDomain?: string | null;
  reportingHost?: string | null;
  /** False when the report quotes no server reply or diagnostic at all (Sisimai: undefined, not onhold). */
  diagnosed?: boolean;
}

export interface Classification {
  reason: Reason;
  bucket: Bucket;
  side: Side;
  hard: boolean;
  confidence: number;
  /** The text match that decided, as a range of the text it was found in. */
  match: { start: number; end: number; text: number } | null;
}

// When several reasons' patterns match, the first in this list wins (Sisimai's order of tests:
// a full mailbox that also says "user" is a full mailbox).
const REASON_ORDER: readonly Reason[] = [
  'mailboxfull', 'mesgtoobig', 'exceedlimit', 'emailtoolarge', 'suspend', 'hasmoved', 'norelaying', 'authfailure',
  'userunknown', 'filtered', 'requireptr', 'notcompliantrfc', 'badreputation', 'contenterror', 'rejected',
  'hostunknown', 'spamdetected', 'toomanyconn', 'speeding', 'ratelimited', 'blocked', 'virusdetected',
  'policyviolation', 'securityerror', 'failedstarttls', 'systemfull', 'systemerror', 'networkerror', 'mailererror',
  'notaccept', 'syntaxerror', 'expired', 'suppressed', 'onhold', 'undefined',
];
const RANK = new Map(REASON_ORDER.map((r, i) => [r, i]));

// Code defaults too broad to stand against a text that says more (ambiguity-cases.tsv A1, A3). A
// routing or connection status (x.4.x, networkerror) is one Sisimai retries against the words too:
// Postfix's "mail for x loops back to myself" under 5.4.6 is its own configuration (systemerror).
const TEXT_DECIDES = new Set<Reason>([
  'userunknown', 'securityerror', 'systemerror', 'suspend', 'hostunknown', 'blocked', 'filtered', 'onhold', 'undefined', 'networkerror',
]);
// Code defaults that stand unless the text names one of these (Sisimai's UserUnknown pre-matches
// for 5.1.1; a timeout whose text shows a DNS/network failure or a block).
const TEXT_OVERRIDES = new Map<Reason, ReadonlySet<Reason>>([
  // A 5.1.1 whose words name a size, a quota, spam, a virus, a disabled account or the message's own
  // content (its encoding or header format: nothing about an address) is about that.
  ['userunknown', new Set<Reason>(['norelaying', 'blocked', 'mailboxfull', 'hasmoved', 'rejected', 'notaccept', 'mesgtoobig', 'emailtoolarge', 'exceedlimit', 'spamdetected', 'virusdetected', 'suspend', 'contenterror', 'notcompliantrfc'])],
  // An expiry whose last attempt's words name the cause is about that cause (Sisimai retries an expired
  // status against its second list of texts).
  ['expired', new Set<Reason>(['networkerror', 'blocked', 'mailboxfull', 'spamdetected', 'policyviolation', 'virusdetected', 'norelaying', 'authfailure', 'badreputation', 'securityerror', 'systemerror', 'speeding', 'suspend', 'contenterror', 'systemfull', 'notaccept', 'mailererror'])],
  // 5.2.3 ("message length exceeds administrative limit") is also what list managers give a message
  // refused for its kind of content: the words say which.
  ['exceedlimit', new Set<Reason>(['contenterror'])],
  // 5.1.10 is a null MX (RFC 7505) in the registry, but Microsoft 365 writes it for an address its
  // directory lacks ("RESOLVER.ADR.RecipientNotFound"): the words say which.
  ['notaccept', new Set<Reason>(['userunknown', 'hostunknown'])],
  // "Content rejected" (5.6.x) that the text calls spam or a virus.
  ['contenterror', new Set<Reason>(['spamdetected', 'virusdetected', 'policyviolation'])],
  // 5.5.3 (too many recipients) is also what qmail's chkuser gives a domain it does not relay for.
  ['toomanyconn', new Set<Reason>(['norelaying'])],
  // 4.3.1 ("mail system full") is also what Korean portals give a sender over their rate ("421 4.3.1 You
  // send too many messages."): words about the sender's rate say which.
  ['systemfull', new Set<Reason>(['speeding', 'toomanyconn'])],
  // A mail-system status (5.3.x) stands against a text that only names the local delivery agent.
  ['systemerror', new Set<Reason>(REASONS.filter((r) => r !== 'mailererror'))],
]);
const GREETING = new Set(['CONNECT', 'EHLO', 'HELO']);
// A refusal a delivery agent sends itself in the same form as a filter's: Dovecot's rejection MDN
// ("Auto-Submitted: auto-replied (rejected)") carries its quota plugin's own "Quota exceeded (mailbox
// for user is full)" when quota_full_tempfail is off. Those words, not a Sieve owner's "mailbox full,
// go away", outweigh the header's "a filter refused it". (The quota named anywhere in that text: the
// matched wording may be the other half, "mailbox for user is full".)
function agentOwnRefusal(m: RuleMatch, lower: string): boolean {
  return m.rule.reason === 'mailboxfull' && lower.includes('quota');
}
// Code defaults about the recipient's address itself (RFC 3463 x.1.1 / x.1.2 and the like).
const DESTINATION = new Set<Reason>(['userunknown', 'hostunknown']);
// Words that make a refusal the sender's ("sender address rejected", "mail from", "return path").
const SENDER_WORDS = /sender|mail from|envelope from|from address|return.path|originator|bounce address/;
// Reasons that already say why a connecting host was refused.
const HOST_REFUSALS = new Set<Reason>(['blocked', 'requireptr', 'badreputation', 'spamdetected', 'toomanyconn', 'speeding', 'ratelimited', 'norelaying', 'notaccept', 'authfailure', 'failedstarttls']);
// Codes that alone span several causes: say so with a low confidence.
const AMBIGUOUS_STATUS = new Set(['5.7.1', '5.7.0', '4.7.0', '4.7.1', '5.2.1', '4.2.1', '5.2.0', '5.1.0', '5.4.1', '5.3.0']);

/** The matches whose rule counts in this report (an MTA-only text needs that MTA's name in it). */
function inScope(matches: RuleMatch[], texts: ClassifyInput['texts']): RuleMatch[] {
  if (!matches.some((m) => m.rule.scope)) return matches;
  return matches.filter((m) => !m.rule.scope || texts.some((t) => t.lower.includes(m.rule.scope as string)));
}

function bestMatch(matches: readonly RuleMatch[]): RuleMatch | null {
  const excluded = new Set(matches.filter((m) => m.rule.kind === 'exclusion').map((m) => m.rule.reason));
  let best: RuleMatch | null = null;
  for (const m of matches) {
    if (m.rule.kind === 'exclusion' || excluded.has(m.rule.reason)) continue;
    if (!best || score(m) < score(best)) best = m;
  }
  return best;
}

/**
 * The matches that are the report's own words about the cause. A parenthesized phrase that is
 * nothing but a name of what the status code already means ("Status: 5.1.1 (bad destination mailbox
 * address)", the registry's name echoed as a comment) says nothing beyond the code, so it cannot
 * outweigh the server's words ("550 … max message size exceeded").
 */
function ownWords(lower: string, matches: RuleMatch[], codeReason: Reason | null): RuleMatch[] {
  if (codeReason === null || matches.length < 2) return matches;
  return matches.filter((m) => !(m.rule.reason === codeReason && lower[m.start - 1] === '(' && lower[m.end] === ')'));
}

/**
 * A mail-system status (5.3.x) stands against a text that only names the local delivery agent
 * ("X-Unix; 77", a pipe), but not against one that says the agent failed ("mailer error", "command
 * died with status 1"): that is the cause (Sisimai's MailerError).
 */
function agentFailed(codeReason: Reason, m: RuleMatch, lower: string): boolean {
  return codeReason === 'systemerror' && m.rule.reason === 'mailererror' && /error|fail|died/.test(lower.slice(m.start, m.end));
}

function score(m: RuleMatch): number {
  // Curated texts of one reason: the longer (more specific) text wins.
  if (m.rule.kind === 'curated') return (RANK.get(m.rule.reason) ?? 999) + 1 - Math.min(m.end - m.start, 900) / 1000;
  // A provider's own error code ("AUP#CDRBL", "LPN007_416") names the cause more exactly than words.
  if (m.rule.kind === 'provider-code') return 500 + (RANK.get(m.rule.reason) ?? 99) / 100;
  // A provider's own table: the longest (most specific) text wins, reason order breaks ties.
  if (m.rule.kind === 'provider') return 1000 - Math.min(m.end - m.start, 900) + (RANK.get(m.rule.reason) ?? 99) / 100;
  // An MTA's statement that the queue lifetime ran out: the other words are the retries' history.
  if (m.rule.finalWord) return 2000;
  // Generic texts of one reason: the longer one (an MTA's own wording) says more.
  return 2001 + (RANK.get(m.rule.reason) ?? 999) + 1 - Math.min(m.end - m.start, 900) / 1000;
}

// The word "spam" on its own ("550 5.9.8 Spam", "rejected: spam") when no longer text matched: a
// blocklist's name ("spamhaus", "spamcop") is not the word, nor is a filter's header field name
// ("X-Spam-Flag: NO", "X-Spam-Status: No, score=-0.1" among the returned original's headers that some
// notices print in their text part): that field is the filter's tag on the message, a verdict only when
// its value says yes ("X-Spam-Flag: YES" quoted in a refusal).
const SPAM_WORD = /(?:^|[^a-z])spam(?![a-z])/g;
const HEADER_NAME_START = /(?:^|\s)x-[a-z0-9-]*$/;
const HEADER_SAYS_YES = /^[a-z0-9-]*:\s?(?:yes|true)\b/;
const SPAM_RULE: RuleMatch['rule'] = { reason: 'spamdetected', parts: [], kind: 'generic' };

/** Whether the "spam" at `start` is inside a header field name whose value does not say yes. */
function spamTagNotVerdict(lower: string, start: number): boolean {
  // (A header field name is short: 40 characters either side are enough.)
  return HEADER_NAME_START.test(lower.slice(Math.max(0, start - 40), start)) && !HEADER_SAYS_YES.test(lower.slice(start + 4, start + 44));
}

function spamWord(lower: string): RuleMatch | null {
  SPAM_WORD.lastIndex = 0;
  for (let m = SPAM_WORD.exec(lower); m; m = SPAM_WORD.exec(lower)) {
    const start = m.index + m[0].length - 4;
    if (!spamTagNotVerdict(lower, start)) return { rule: SPAM_RULE, start, end: start + 4 };
  }
  return null;
}

// What a reply code alone names when no words and no status say more (Sisimai 5.2.2's
// SMTP::Reply.AssociatedWith, go-sisimai smtp/reply/lib.go, BSD 2-Clause; from RFC 5321, 3207,
// 4954, 5248, 7504): a command it did not understand, a login or encryption refusal, a domain that
// takes no mail, a user who has moved, storage that ran out. (Not its 451 "local error in
// processing": the fixture corpus's Sisimai 5 labels a bare 451 onhold, as this engine does. Not its
// 521/556 notaccept: the knowledge base's 556 family reads those, and its explanation asks the sender
// to use another address, where notaccept's would name the recipient's side.)
const REPLY_REASON: ReadonlyMap<number, Reason> = new Map<number, Reason>([
  [452, 'systemfull'], [455, 'syntaxerror'], [555, 'syntaxerror'],
  [422, 'securityerror'], [432, 'securityerror'], [454, 'securityerror'], [523, 'securityerror'], [524, 'securityerror'],
  [525, 'securityerror'], [534, 'securityerror'], [535, 'securityerror'], [538, 'securityerror'],
  [551, 'hasmoved'], [552, 'mailboxfull'],
]);

function fromReplyCode(code: number | null, command: string | null, action: Action | null, status: string | null, diagnosed = true): Reason {
  if (action === 'delayed') return 'expired';
  // Sisimai's last resort: "onhold" when the report quotes a diagnostic it could not read, "undefined"
  // when it quotes none (a notice that says only that the message was refused).
  if (code === null) return diagnosed || status !== null ? 'onhold' : 'undefined';
  const named = REPLY_REASON.get(code);
  if (named) return named;
  // 500–504: the server did not understand the command or its arguments.
  if (code >= 500 && code <= 504) return 'syntaxerror';
  if (code === 421 || code === 450 || code === 451) return 'onhold';
  if (command === 'MAIL') return 'rejected';
  // A refusal at RCPT with no words the tables know is most often the address; but a status that says
  // "no detail" (x.0.0) next to words of the server's own is an undetermined refusal, not a guess.
  if (command === 'RCPT' && code >= 550 && code <= 553 && !status?.endsWith('.0.0')) return 'userunknown';
  return 'onhold';
}

// RFC 3463's subject and detail mean the same in either class: a permanent status the table has
// no default for ("5.4.7", delivery time expired) takes the temporary one's.
function statusReason(status: string): Reason | null {
  return STATUS_DEFAULT_REASON.get(status) ?? (status.startsWith('5.') ? STATUS_DEFAULT_REASON.get(`4${status.slice(1)}`) ?? null : null);
}

/**
 * RFC 5321's own text for a 550 reply ("mailbox unavailable"), which Sisimai's table files under
 * Suspend in its "… or access denied" form (Tencent's use): said in reply to RCPT, with nothing that
 * names a suspended account, it is the address refused there, like any other bare 550 at RCPT.
 */
function cannedRcptRefusal(m: RuleMatch, lower: string, command: string | null): boolean {
  return command === 'RCPT' && m.rule.reason === 'suspend' && lower.slice(m.start, m.end).includes('mailbox unavailable');
}

/**
 * x.4.1 is "no answer from host" (RFC 3463): a server that answered with a refusal ("550 5.4.1
 * Recipient address rejected: Access denied", Microsoft's directory check) did answer, so the code
 * names no expiry there and the words decide.
 */
function answeredNoAnswer(status: string, replyCode: number | null): boolean {
  return status.endsWith('.4.1') && replyCode !== null && replyCode >= 500;
}

export function classify(input: ClassifyInput): Classification {
  const codeReason = input.status && !answeredNoAnswer(input.status, input.replyCode) ? statusReason(input.status) : null;
  let match: RuleMatch | null = null;
  let text = -1;
  for (let i = 0; i < input.texts.length && !match; i++) {
    const lower = input.texts[i]?.lower ?? '';
    match = bestMatch(ownWords(lower, inScope(matchRules(lower, input.providers, input.status), input.texts), codeReason)) ?? spamWord(lower);
    text = i;
  }
  // Only generic words so far: the provider's own wording further on (a transcript quoting the
  // whole reply that the diagnostic cut short) is more specific.
  // (Not past the remote's own reply relayed under an MTA's summary: the summary is the vaguer one.)
  for (let i = text + 1; match?.rule.kind === 'generic' && text !== input.relayedIndex && input.providers.size > 0 && i < input.texts.length; i++) {
    const lower = input.texts[i]?.lower ?? '';
    const later = bestMatch(ownWords(lower, inScope(matchRules(lower, input.providers, input.status), input.texts), codeReason));
    if (later && (later.rule.kind === 'provider' || later.rule.kind === 'provider-code')) {
      match = later;
      text = i;
    }
  }
  const inReport = match !== null && text === input.reportIndex;
  const report = input.reportIndex === null ? undefined : input.texts[input.reportIndex];
  const strongText = match !== null && match.rule.kind !== 'generic';

  // A local delivery agent's own error, then the receiving host's own table (by stage and code), come
  // before any wording of it (Sisimai 5's order: LDA, Rhost, then the reason tables).
  // (Both read the diagnostic itself, as Sisimai reads Diagnostic-Code: not a transcript around it.)
  const diagnosticLower = input.texts[0] && input.reportIndex !== 0 ? input.texts[0].lower : '';
  const byRhost = localAgentReason(diagnosticLower, input.command) ?? (input.remoteHost || input.recipientDomain || input.reportingHost ? rhostReason({
    host: input.remoteHost ?? '', domain: input.recipientDomain, reportingHost: input.reportingHost,
    status: input.status, command: input.command, diagnostic: diagnosticLower,
  }) : null);

  let reason: Reason;
  let confidence: number;
  // The words say the address does not exist, whatever stage the refusal is filed under.
  let saysNoSuchAddress = false;
  if (byRhost) {
    reason = byRhost;
    confidence = 0.9;
  } else if (match && strongText) {
    reason = match.rule.reason;
    confidence = 0.9;
  } else if (input.headerReason && !(match && agentOwnRefusal(match, input.texts[text]?.lower ?? ''))) {
    // The provider's mail system says why in a header of its own: more exact than generic words.
    reason = input.headerReason;
    confidence = 0.85;
  } else if (codeReason && DESTINATION.has(codeReason) && match?.rule.reason === 'rejected' && input.command !== 'MAIL' &&
    !SENDER_WORDS.test(input.texts[text]?.lower ?? '')) {
    // "Address rejected" names no sender: beside a status about the destination address (x.1.1 no
    // such mailbox, x.1.2 no such domain) it is that address refused, as the code says.
    reason = codeReason;
    confidence = 0.8;
  } else if (codeReason && DESTINATION.has(codeReason) && inReport && match?.rule.kind === 'generic') {
    // A status about the address (x.1.1, x.1.2) against words found only in the report's general
    // text ("the usual cause of this problem is invalid recipient address"), not in anything said
    // about this recipient: the status is about this recipient.
    reason = codeReason;
    confidence = 0.7;
  } else if (codeReason && TEXT_OVERRIDES.has(codeReason)) {
    // 5.1.1 stays "user unknown" unless the text says the address is fine (A3).
    reason = match && (TEXT_OVERRIDES.get(codeReason)?.has(match.rule.reason) || agentFailed(codeReason, match, input.texts[text]?.lower ?? ''))
      ? match.rule.reason : codeReason;
    confidence = match ? 0.9 : 0.7;
  } else if (codeReason && !TEXT_DECIDES.has(codeReason)) {
    reason = codeReason;
    confidence = match?.rule.reason === codeReason ? 0.95 : 0.75;
  } else if (match) {
    reason = cannedRcptRefusal(match, input.texts[text]?.lower ?? '', input.command) ? 'userunknown' : match.rule.reason;
    // "User unknown" said after DATA, or by a filter, is a refusal by the recipient's filter
    // (Sisimai's Filtered), not a missing mailbox: only a reply to RCPT proves the address wrong.
    // An MTA's own wording for a missing mailbox (its lhost table) is taken as said.
    // A security/policy status (x.7.x) around "user unknown" is a filter's verdict too (Sisimai's
    // Filtered: its words are a user-unknown text, its status names no address problem).
    const noDetail = input.status === null || input.status.endsWith('.0.0') || /^5\.7\./.test(input.status);
    if (
      reason === 'userunknown' && !match.rule.mta &&
      // A reply pasted on its own (no report) has no stage or filter to show: read as said.
      (input.command === 'DATA' || (input.command === null && noDetail && input.reportIndex !== null) || (codeReason === 'filtered' && input.command !== 'RCPT'))
    ) {
      reason = 'filtered';
      saysNoSuchAddress = true;
    }
    confidence = inReport ? 0.6 : codeReason === reason ? 0.95 : 0.8;
  } else if (codeReason) {
    reason = codeReason;
    // A code whose default needs words to confirm it, said without them, stays a guess.
    confidence = AMBIGUOUS_STATUS.has(input.status ?? '') || TEXT_DECIDES.has(codeReason) ? 0.3 : 0.6;
  } else {
    // A known sender's signature, read only now: most reports never need their whole text compacted.
    const signature = report ? signatureReason(report.lower) : null;
    reason = signature ?? fromReplyCode(input.replyCode, input.command, input.action, input.status, input.diagnosed);
    confidence = signature ? 0.6 : input.replyCode === null ? 0.1 : 0.3;
  }
  // Refused at the greeting, before any address was given: the sending host is what was refused.
  if (GREETING.has(input.command ?? '') && !strongText && !byRhost && !(codeReason && !TEXT_DECIDES.has(codeReason)) && !HOST_REFUSALS.has(reason)) {
    reason = 'blocked';
  }
  if (reason === 'mailererror' && report && refusedByFilterCommand(report.lower)) reason = 'filtered';
  // A domain that does not resolve *now* (4xx) is a network problem, not a missing domain (A8).
  const temporary = input.status ? input.status.startsWith('4') : input.replyCode !== null && input.replyCode < 500;
  if (reason === 'hostunknown' && temporary) reason = 'networkerror';
  // Greylisting only ever defers (4xx, "try again later"): a report that failed on it gave up retrying
  // before the greylist let the message in, so the queue lifetime ran out (Sisimai's Expired).
  if (input.action === 'failed' && input.status?.startsWith('4') && input.texts.some((t, i) => i !== input.reportIndex && t.lower.includes('greylist'))) reason = 'expired';
  if (input.action === 'delivered' || input.action === 'relayed' || input.action === 'expanded') {
    reason = 'delivered';
    confidence = 0.95;
  }

  const defaults = REASON_DEFAULTS[reason];
  const ownRow = match && strongText && !byRhost ? match.rule : null;
  let bucket: Bucket = ownRow?.bucket ?? defaults.bucket;
  const side: Side = ownRow?.side ?? defaults.side;
  // The help article: 535 is a wrong login, 530 a login that was never attempted. A curated or
  // provider text already says which (every provider's own securityerror text is about the login).
  if (reason === 'securityerror' && !strongText) {
    if (input.replyCode === 530) bucket = 'settings';
    else if (input.replyCode !== 535 && input.status !== '5.7.8') bucket = 'policy-reputation';
  }
  return {
    reason,
    bucket,
    side,
    // Sisimai 5's hard bounce (SMTP::Failure.is_hardbounce): the address or its domain is wrong
    // (userunknown, hostunknown, hasmoved), or a host that accepts no mail said so in a 5xx
    // (notaccept); a delay is never hard (the report is still trying). One exception, for the
    // people who read it: a 5xx whose words say the address does not exist stays final even where
    // Sisimai files it as a filter's refusal (filtered, soft) for want of a stage: resending to it
    // will not help, and the other projects' suppression lists treat it so.
    // And a refusal by the recipient's own filter or list that stands (recipient-refusals.ts), or the
    // owner's block of this sender (recipient-blocks.ts): resending to the address meets the same rule.
    hard: ((defaults.hard && (reason !== 'notaccept' || !temporary)) || (saysNoSuchAddress && reason === 'filtered' && !temporary) ||
      (!temporary && finalRecipientRefusal(report?.lower ?? '', input.headerReason, reason, match?.rule.reason ?? null)) ||
      (!temporary && reason === 'filtered' && match !== null && blocksSender(input.texts[text]?.lower.slice(match.start, match.end) ?? ''))) && input.action !== 'delayed',
    confidence,
    match: match ? { start: match.start, end: match.end, text } : null,
  };
}

/** Whether the text contains any wording of the reason tables (or a known bounce signature). */
export function namesAReason(textLower: string): boolean {
  return bestMatch(matchRules(textLower, NO_PROVIDERS, null)) !== null || signatureReason(textLower) !== null;
}
const NO_PROVIDERS: ReadonlySet<string> = new Set();

/** Whether the text contains one of the curated sender-side texts (cPanel quotas, login, settings). */
export function namesSenderSideCause(textLower: string): boolean {
  return matchRules(textLower, NO_PROVIDERS, null).some((m) => m.rule.kind === 'curated');
}
