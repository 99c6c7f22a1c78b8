// Where a reply's own words name its family more exactly than the engine's general reading of
// its code: the engine reads "550 Unauthenticated senders not allowed" by its 5.7 class as a
// filter's refusal, "554 … Email address is not verified" as relaying, "Recipient address
// rejected: User unknown" as a filter. Each rule names the engine readings it may correct, so a
// reading the engine made from specific words is left alone.
import type { Bucket, Reason } from '../types.ts';
import { FOREIGN_CONNECTION_CAP, FOREIGN_LISTED, FOREIGN_TRY_LATER } from './foreign-verdict-words.ts';
import { UNKNOWN_RECIPIENT as FOREIGN_UNKNOWN_RECIPIENT } from './other-languages.ts';
import { ACCOUNT_HELD, AUTH_REQUIRED, AUTH_WORDS, GROUP_POLICY, GROUP_RESTRICTED, LOGIN_MISMATCH, NO_MAILBOX, OWN_LIMIT, PROTOCOL, SENDER_ACCOUNT, SENDER_NOT_LOGGED_IN, SENDING_LIMIT, type CodeFamily } from './code-family.ts';

interface WordVerdict {
  words: RegExp;
  /** Words that mean the rule does not apply (SPF/DKIM "must authenticate" is about the domain). */
  unless?: RegExp;
  engine: ReadonlyArray<readonly [Reason, Bucket]>;
  family: CodeFamily;
}

export const RELAY_WORDS = /\bunauthori[sz]ed (?:spam )?relay(?:ing)?\b|\brelay(?:ing)?\b[^\n]{0,30}\b(?:not (?:allowed|permitted)|denied|refused|prohibited|nicht (?:erlaubt|gestattet)|verweigert)\b|\bnot (?:authori[sz]ed|allowed|permitted) to relay\b|\bunable to relay\b|\b(?:not|isn't) in my list of allowed rcpthosts\b|\brel(?:ay|ais)\b[^\n]{0,30}\b(?:no permitido|denegado|refus[ée]|interdit|non (?:autoris[ée]|consentito|permesso|autorizzato)|niet toegestaan|n[aã]o permitido|niedozwolony)/i;

// A block list, a dynamic or unnamed sending address: the sending server's standing, whatever
// "try again later" stands beside it.
export const LISTED_WORDS = /\b(?:dns ?bl|rbl|block ?list(?:ed)?|black ?list(?:ed)?|deny ?list(?:ed)?)\b|\blisted (?:in|on|at|by) (?:the |our |a )?[a-z0-9]|\bdynamic (?:ip|address)\b|\b(?:missing|no|invalid) (?:dns )?ptr\b/i;

const USER_UNKNOWN = /\b(?:user|recipient|mailbox|address) (?:is )?(?:unknown|not found|does not exist|doesn't exist)\b|\bunknown (?:user|recipient|mailbox)\b|\bno such (?:user|recipient|mailbox)\b/i;

// RFC 5321's generic 554 words ("Transaction failed") read alone as a fault further along.
const GENERIC_FAILURE = ['systemerror', 'remote-transient'] as const;

// The sender address the program gave has no domain ("sender address must contain a domain",
// "Domain name required for sender address jdoe"): the program's From setting, not the account.
export const SENDER_SYNTAX = /\b(?:sender|from|return[- ]path)(?: address)?\b[^\n]{0,60}\b(?:must (?:contain|include|have) a domain|domain (?:name )?(?:is )?(?:required|missing))\b|\bdomain (?:name )?required for (?:the )?(?:sender|from)\b|\b(?:bad|invalid|malformed) sender(?:'s)? (?:mailbox )?address syntax\b|\bsender address syntax (?:error|is invalid)\b/i;

// RFC 5321's own words for a command the server did not take ("Syntax error, command unrecognized").
const PROTOCOL_WORDS = /\bsyntax error\b[^\n]{0,30}\bcommand (?:unrecognized|not recognized|unknown)\b|\bcommand (?:unrecognized|not recognized)\b/i;

// A refusal that names the sending host or its IP address with a block or spam word
// ("Client host rejected", "554 … 192.0.2.2 … block for spam", "a block triggered by suspicious
// activity from your IP"): the sending server's standing,
// not the message's content nor the recipient's own filter.
export const SENDING_HOST_BLOCKED = /\bclient host (?:\[[^\]\n]{1,60}\] )?(?:rejected|blocked)\b|\b(?:\d{1,3}\.){3}\d{1,3}\b[^\n]{0,80}\b(?:block(?:ed)?|spam(?:ming)?|black ?listed|banned)\b|\b(?:blocked|black ?listed|banned)\b[^\n]{0,30}\b(?:\d{1,3}\.){3}\d{1,3}\b|\b(?:source|sending|your|client) ip(?: address)?\b[^\n]{0,30}\b(?:blocked|black ?listed|banned|bloquee)\b|\b(?:block(?:ed|ing)?|suspicious|spam(?:my|ming)?|abusive)\b[^\n]{0,60}\b(?:from|of|by) (?:your|the sending|the client|the source) ip\b/i;
const SENDING_HOST: CodeFamily = { reason: 'blocked', bucket: 'policy-reputation', actor: 'sender-provider' };

// A receiving filter that says it blocks or denies the connection, for now or for good ("421 Block
// temporarily (Sender Filtering)", "450 Temporary denial of connection"): the sending server's
// standing, still temporary for a 4xx. Not an account's own block ("your account is temporarily blocked").
export const CONNECTION_BLOCKED = /^(?![^\n]*\b(?:account|user|login|password|mailbox|konto)\b)[^\n]*(?:\bblock(?:ed)? (?:temporarily|permanently)\b|\b(?:temporar(?:y|ily)|permanent(?:ly)?) (?:block(?:ed)?|denial of (?:connection|access|service))\b|\bdenial of (?:connection|access)\b)/i;

// The message's own content named as what was refused ("Error: content rejected", "message content
// rejected"): the message, not the sending server's standing.
const CONTENT_REFUSED = /\b(?:message |mail |e-?mail )?content (?:was |is |has been )?(?:rejected|refused|not accepted)\b|\b(?:rejected|refused) (?:due to|because of|for) (?:its |the |your )?(?:message |mail )?content\b|\b(?:contains?|its|whose) content (?:was |is )?(?:identified|classified|detected|flagged|recogni[sz]ed) as (?:spam|junk|unsafe|malicious)\b|\b(?:its |the |message )?content presents? a (?:potential )?security (?:issue|risk|threat)\b/i;

const NOT_CONTENT = /\b(?:dmarc|spf|dkim|ip|black ?list|block ?list)\b/i;
const CONTENT: CodeFamily = { reason: 'contenterror', bucket: 'content', actor: 'sender' };

// A size said in words ("552 message line is too long", "552 Message size exceeds fixed limit"):
// the message, not the mailbox storage RFC 5321's 552 names.
export const SIZE_IN_BYTES = /\b(?:is |was |are )?(?:more|larger|bigger|greater) than (?:the (?:allowed |maximum )?(?:size|limit) of )?\d[\d,.]{0,12} ?(?:bytes|kb|mb|kib|mib|kilobytes|megabytes)\b|\bexceed(?:s|ed|ing)? (?:the )?(?:(?:allowed |maximum |max )?(?:size )?limit of )?\d[\d,.]{0,12} ?(?:bytes|kb|mb|kib|mib|kilobytes|megabytes)\b/i;
const SIZE_WORDS = /\b(?:message|mail|e-?mail|line|header|attachment)s?(?: line| size)? (?:is |was )?too (?:long|large|big)\b|\b(?:message|mail) size\b[^\n]{0,30}\b(?:exceed|limit|too)/i;

// The sender's address refused in so many words, after RFC 5321's generic 550 words ("550-Requested
// action not taken: mailbox unavailable 550 Sender address is not allowed"): the sender's address,
// not the recipient's mailbox the generic words name.
const SENDER_REFUSED = /\b(?:sender|from|envelope from)(?: e-?mail)? address (?:is |was )?(?:not (?:allowed|permitted|authori[sz]ed|accepted)|rejected|refused|denied|blocked)\b/i;

// Recipients' complaints named as the reason for a deferral or refusal ("temporarily deferred due to
// user complaints", "too many complaints from your IP"): the sending server's standing with that receiver.
export const COMPLAINT_WORDS = /\b(?:due to|because of|following|after)\b[^\n]{0,40}\bcomplaints\b|\b(?:too many|high|excessive|elevated) (?:(?:user|spam|recipient) )?complaints?(?: rate)?\b|\bcomplaint rate\b/i;

// A sending address or host named beside a connection cap ("… dal tuo IP"): that server's standing, left to other rules.
const NAMES_SENDER_IP = /\bip\b|\b(?:\d{1,3}\.){3}\d{1,3}\b/i;
// Any word that names a cause: then "try again later" is not the whole story.
const NAMES_ANY_CAUSE = /\bblock|black ?list|\blist|\bbanned\b|\bspam\b|\breputa|\bpolic|\bpolit|\bip\b|\bdmarc\b|\bspf\b|\bdkim\b|\brelay|\bauth/i;

// qmail's own local faults ("Unable_to_run_qmail-remote", "qmail-spawn: unable to fork"): the sending
// server itself, not a server further along.
export const QMAIL_LOCAL = /\bunable[_ ]to[_ ](?:run|fork|exec(?:ute)?)[_ ]qmail-[a-z]{3,10}\b|\bqmail-(?:spawn|lspawn|rspawn|remote|local|send|queue)\b[^\n]{0,40}\b(?:crashed|unable[_ ]to|failed|died)\b/i;
const OWN_SERVER: CodeFamily = { reason: 'systemerror', bucket: 'remote-transient', actor: 'sender-provider' };

export const SENDER_DOMAIN_MISSING = /\bdomain of sender address\b[^\n]{0,80}?\b(?:does not exist|doesn't exist|does not resolve|not found)\b|\b(?:envelope )?sender(?:'s)? domain must (?:exist|resolve)\b|\b(?:envelope )?sender(?:'s)? domain (?:does not exist|doesn't exist|not found|unknown|has no (?:mx|dns))\b/i;

const RULES: readonly WordVerdict[] = [
  // A group's own posting rules, read by the engine as the sender's login or account.
  { words: GROUP_RESTRICTED, engine: [['rejected', 'sender-account'], ['rejected', 'policy-reputation'], ['blocked', 'policy-reputation'], ['securityerror', 'settings'], ['securityerror', 'policy-reputation'], ['norelaying', 'settings'], ['filtered', 'recipient'], GENERIC_FAILURE], family: GROUP_POLICY },
  { words: SIZE_WORDS, engine: [['mailboxfull', 'recipient']], family: { reason: 'mesgtoobig', bucket: 'content', actor: 'sender' } },
  { words: SIZE_IN_BYTES, engine: [['mailboxfull', 'recipient'], ['rejected', 'policy-reputation'], ['spamdetected', 'policy-reputation'], GENERIC_FAILURE], family: { reason: 'mesgtoobig', bucket: 'content', actor: 'sender' } },
  { words: CONTENT_REFUSED, unless: NOT_CONTENT, engine: [['rejected', 'policy-reputation'], ['blocked', 'policy-reputation'], ['securityerror', 'policy-reputation'], ['policyviolation', 'policy-reputation'], ['spamdetected', 'policy-reputation'], GENERIC_FAILURE], family: CONTENT },
  { words: SENDING_HOST_BLOCKED, engine: [['suspend', 'sender-account'], ['policyviolation', 'policy-reputation'], ['spamdetected', 'policy-reputation'], ['contenterror', 'content'], ['filtered', 'recipient'], ['rejected', 'policy-reputation'], GENERIC_FAILURE], family: SENDING_HOST },
  { words: SENDER_SYNTAX, engine: [['rejected', 'sender-account'], ['rejected', 'policy-reputation'], ['filtered', 'recipient'], ['userunknown', 'recipient'], GENERIC_FAILURE], family: PROTOCOL },
  // A library's wrapper ("Invalid Addresses") made the engine read a protocol refusal as the recipient's filter.
  { words: PROTOCOL_WORDS, engine: [['filtered', 'recipient'], ['rejected', 'policy-reputation'], GENERIC_FAILURE], family: PROTOCOL },
  // A login the server wants, read by a 550's RCPT step as an unknown recipient ("550 must be authenticated (in reply
  // to RCPT TO command)", round 10) or by its class as a filter's refusal.
  { words: AUTH_WORDS, unless: /\b(?:spf|dkim|dmarc|arc)\b/i, engine: [['userunknown', 'recipient'], ['spamdetected', 'policy-reputation'], ['securityerror', 'policy-reputation'], ['rejected', 'policy-reputation'], GENERIC_FAILURE], family: AUTH_REQUIRED },
  { words: ACCOUNT_HELD, engine: [['norelaying', 'settings'], ['rejected', 'policy-reputation'], ['onhold', 'unknown'], ['securityerror', 'policy-reputation'], GENERIC_FAILURE], family: SENDER_ACCOUNT },
  // The sender's own outgoing allowance, read by the engine as a filter's refusal or (with its
  // "try again later") as a fault further along.
  // Also where the engine read a spam filter ("Data command rejected: only 10 messages per day"), a
  // held recipient's account ("your account … limited to 100 messages / hour … disabled") or a log's login field.
  { words: SENDING_LIMIT, engine: [['ratelimited', 'policy-reputation'], ['blocked', 'policy-reputation'], ['rejected', 'policy-reputation'], ['securityerror', 'policy-reputation'], ['norelaying', 'settings'], ['spamdetected', 'policy-reputation'], ['suspend', 'recipient'], ['securityerror', 'credentials'], GENERIC_FAILURE], family: OWN_LIMIT },
  // The sender address not the login's own, read by the engine as a login or relay refusal (which a
  // bounce would then hand to the remote side) or as a filter's.
  // 552's registry reading (storage) as well: "(552, 'the from address and the authenticated user must be the same')".
  { words: LOGIN_MISMATCH, engine: [['blocked', 'policy-reputation'], ['securityerror', 'settings'], ['securityerror', 'policy-reputation'], ['norelaying', 'settings'], ['rejected', 'policy-reputation'], ['mailboxfull', 'recipient'], GENERIC_FAILURE], family: SENDER_ACCOUNT },
  { words: SENDER_NOT_LOGGED_IN, engine: [['securityerror', 'policy-reputation'], ['rejected', 'policy-reputation'], ['rejected', 'sender-account'], GENERIC_FAILURE], family: AUTH_REQUIRED },
  // A relay refusal said in its own words ("Relaying is denied"), read by its 5.7 class as a filter's.
  { words: RELAY_WORDS, engine: [['securityerror', 'policy-reputation'], ['rejected', 'policy-reputation'], GENERIC_FAILURE], family: { reason: 'norelaying', bucket: 'settings', actor: 'sender' } },
  { words: QMAIL_LOCAL, engine: [GENERIC_FAILURE], family: OWN_SERVER },
  { words: LISTED_WORDS, engine: [GENERIC_FAILURE], family: SENDING_HOST },
  { words: COMPLAINT_WORDS, engine: [GENERIC_FAILURE, ['expired', 'remote-transient'], ['spamdetected', 'policy-reputation']], family: SENDING_HOST },
  { words: CONNECTION_BLOCKED, engine: [GENERIC_FAILURE], family: SENDING_HOST },
  // Too many attempts to log in: the login, whatever "try again later" stands beside it.
  { words: /\btoo many (?:failed |invalid |unsuccessful |wrong )?(?:login |log-in |logon |sign[- ]?in |authentication |auth |password )?attempts\b|\bzu viele (?:fehlgeschlagene )?(?:anmelde)?versuche\b/i, engine: [GENERIC_FAILURE], family: { reason: 'securityerror', bucket: 'credentials', actor: 'sender' } },
  { words: SENDER_REFUSED, unless: /\b(?:grey|gray)[- ]?list/i, engine: [['userunknown', 'recipient'], GENERIC_FAILURE], family: SENDER_ACCOUNT },
  { words: USER_UNKNOWN, engine: [['filtered', 'recipient'], GENERIC_FAILURE], family: NO_MAILBOX },
  // The sender's own domain said not to exist (qmail's "sorry, your envelope sender domain must exist"),
  // read by the engine as the recipient's domain: the sender's address, which the sender fixes.
  { words: SENDER_DOMAIN_MISSING, engine: [['hostunknown', 'recipient'], ['filtered', 'recipient'], GENERIC_FAILURE], family: SENDER_ACCOUNT },
  // The same in the other languages mail systems write (an Exchange NDR in French: "L'adresse … est introuvable").
  { words: FOREIGN_UNKNOWN_RECIPIENT, engine: [['filtered', 'recipient'], GENERIC_FAILURE], family: NO_MAILBOX },
  // A listing or a sending address named in another language ("Votre adresse IP est listée"): the sending server's standing.
  { words: FOREIGN_LISTED, engine: [GENERIC_FAILURE, ['spamdetected', 'policy-reputation'], ['rejected', 'policy-reputation']], family: SENDING_HOST },
  // A server's connection cap said in another language with no word of whose ("Trop de connexions"): busy, retried, nobody's move.
  { words: FOREIGN_CONNECTION_CAP, unless: NAMES_SENDER_IP, engine: [['toomanyconn', 'policy-reputation']], family: { reason: 'toomanyconn', bucket: 'remote-transient', actor: 'none' } },
  // "Try again later" in another language beside a bare 4.7.x code that names no block: a temporary refusal, retried.
  { words: FOREIGN_TRY_LATER, unless: NAMES_ANY_CAUSE, engine: [['blocked', 'policy-reputation']], family: { reason: 'systemerror', bucket: 'remote-transient', actor: 'none' } },
];

// A sending domain's SPF check reported as failed ("SPF fail - not authorized", "SPF check failed", a library's
// ('fail', 550, …) tuple; round 11): the sending domain's record or the server it sent from, so its provider's.
const SPF_FAILED = /\bspf (?:check )?(?:hard ?)?fail(?:ed|ure)?\b(?! to (?:resolve|look ?up))|\bfailed (?:the |its )?spf (?:check|validation)\b/i;

/** The family that exact words name where the engine read no cause at all, or null. */
export function exactWords(words: string): CodeFamily | null {
  if (SENDER_SYNTAX.test(words)) return PROTOCOL;
  if (SPF_FAILED.test(words)) return { reason: 'authfailure', bucket: 'policy-reputation', actor: 'sender-provider' };
  if (SIZE_IN_BYTES.test(words)) return { reason: 'mesgtoobig', bucket: 'content', actor: 'sender' };
  if (CONTENT_REFUSED.test(words) && !NOT_CONTENT.test(words)) return CONTENT;
  return SENDING_HOST_BLOCKED.test(words) ? SENDING_HOST : null;
}

/** The family the words name when they correct the engine's reading, or null. */
export function wordVerdict(reason: Reason, bucket: Bucket, words: string): CodeFamily | null {
  for (const r of RULES) {
    if (!r.engine.some(([re, b]) => re === reason && b === bucket)) continue;
    if (r.words.test(words) && !(r.unless?.test(words) ?? false)) return r.family;
  }
  return null;
}

/**
 * The family specific words name in a text that matched only a wording any server uses ("try again
 * later", "Administrative prohibition"): such a wording says how, not why, so the words win.
 */
export function namedCause(words: string): CodeFamily | null {
  for (const r of RULES) {
    if (r.words.test(words) && !(r.unless?.test(words) ?? false)) return r.family;
  }
  return null;
}

// RFC 3463's X.5.x subject and RFC 5321's 500–504 replies are the protocol: a command or its
// argument the receiver did not take, i.e. how the sending program talks (RFC 5321 §4.2.2). The
// engine's generic reading ("a fault further along") is replaced when the code says only that.
const PROTOCOL_CODES: ReadonlySet<number> = new Set([500, 501, 502, 504, 555]);

/** The protocol family of a permanent reply the engine read only as a generic failure, or null. */
export function protocolVerdict(reason: Reason, bucket: Bucket, replyCode: number | null, status: string | null): CodeFamily | null {
  if (reason !== GENERIC_FAILURE[0] || bucket !== GENERIC_FAILURE[1]) return null;
  if (status !== null) return /^5\.5\./.test(status) ? PROTOCOL : null;
  return replyCode !== null && PROTOCOL_CODES.has(replyCode) ? PROTOCOL : null;
}

// RFC 3463's X.4.x subject is network and routing: a connection or hop further along, not a filter's
// judgement. When the engine read such a reply as a refusal by policy and its words name no block,
// the code's subject decides.
const ROUTING: CodeFamily = { reason: 'networkerror', bucket: 'remote-transient', actor: 'recipient-provider' };
const NAMES_BLOCK = /\bblock|black ?list|\blisted\b|\bbanned\b|\bspam\b|\breputation\b|\bpolicy\b/i;

/** The routing family of an X.4.x reply the engine read as policy, or null. */
export function routingVerdict(bucket: Bucket, status: string | null, words: string): CodeFamily | null {
  return bucket === 'policy-reputation' && status !== null && /^[45]\.4\./.test(status) && !NAMES_BLOCK.test(words) ? ROUTING : null;
}
