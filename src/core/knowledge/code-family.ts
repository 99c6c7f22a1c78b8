// The last family rule before "cause not clear": when neither a table entry nor the engine's
// patterns name a cause, a final reply code's own meaning (RFC 5321 §4.2.3) and a refusal's
// plainest words still say which family the reply belongs to. Only for replies with no
// enhanced status beyond x.0.0 (the engine reads a status's subject and detail itself).
import type { Bucket, Reason } from '../types.ts';
import type { Actor } from './types.ts';

export interface CodeFamily { reason: Reason; bucket: Bucket; actor: Actor }

// Words that say the receiver refused, with nothing about why.
const REFUSAL = /\b(?:reject(?:ed|s|ing)?|refus(?:e|ed|es)|den(?:y|ies|ied)|blocked|declined|prohibited|unauthori[sz]ed|requires? (?:a )?valid|not (?:allowed|accepted|permitted))\b/i;

// The families word-verdicts.ts names too (one object each, so a family reads the same everywhere).
export const PROTOCOL: CodeFamily = { reason: 'syntaxerror', bucket: 'settings', actor: 'sender' };
export const AUTH_REQUIRED: CodeFamily = { reason: 'securityerror', bucket: 'settings', actor: 'sender' };
const LOGIN_FAILED: CodeFamily = { reason: 'securityerror', bucket: 'credentials', actor: 'sender' };
// RFC 5321's own 550 words cut short ("mailbox unavailable"): the address, as the full phrase says.
const MAILBOX_GONE = /\bmailbox (?:is |currently )?(?:unavailable|not available|not found)\b/i;
export const NO_MAILBOX: CodeFamily = { reason: 'userunknown', bucket: 'recipient', actor: 'sender' };
// A refusal that names the recipient's address: the address, whatever else the server checked.
// RFC 821's own names: the forward-path is the recipient's, the reverse-path the sender's ("550 domain of
// forward path is not allowed").
const RECIPIENT_WORDS = /\b(?:recipient|rcpt|addressee)(?: address)?\b|\bforward[- ]path\b/i;
// A refusal that names the sender's address (not its server or IP): the address may not send here.
const SENDER_WORDS = /\b(?:envelope sender|sender(?: address)?|from address|mail from|reverse[- ]path)\b(?! ?(?:ip|host|server))/i;
// RFC 7504's own words: the domain or host takes no mail at all.
const NO_MAIL = /\b(?:does not|doesn't|do not|don't) accept (?:any )?(?:e-?)?mail\b|\baccepts no (?:e-?)?mail\b/i;
const NOT_ACCEPTED: CodeFamily = { reason: 'notaccept', bucket: 'recipient', actor: 'sender' };
// A quota with no word of sending: the recipient's storage (RFC 5321's 552 meaning).
const QUOTA_WORDS = /\bquota\b/i;
const MAILBOX_FULL: CodeFamily = { reason: 'mailboxfull', bucket: 'recipient', actor: 'recipient' };
// A limit on the sending server's rate or connections.
const RATE_WORDS = /\brate[- ]?limit(?:ed|ing)?\b|\btoo many (?:messages|mails|e-?mails|connections)\b|\bslow down\b/i;
const RATE_LIMITED: CodeFamily = { reason: 'ratelimited', bucket: 'policy-reputation', actor: 'sender-provider' };
// Words that say the server wants a login first ("Unauthenticated senders not allowed", "you must
// authenticate"): the program's outgoing-server login is off, whatever the refusal's other words.
export const AUTH_WORDS = /\bunauthenticated\b|\b(?:first )?check your (?:e-?)?mail (?:first )?with a valid pop\b|\bpop[- ]before[- ]smtp\b|\bauthori[sz]ation (?:is )?required\b|\bwithout (?:smtp )?(?:authori[sz]ation|authentication|logging in)\b|\bmust (?:first )?(?:authenticate|log ?in)\b|\bmust be (?:smtp )?authenticated\b|\bauth(?:entication)? (?:is )?required\b|\bnot (?:been )?authenticated\b|\brequires? (?:smtp )?auth(?:entication)?\b|\bauthenticate first\b/i;
// Words that say the sending account itself is held: paused, suspended, not yet verified.
export const ACCOUNT_HELD = /\b(?:account|sending|sender)\b[^\n]{0,30}\b(?:paused|suspended|disabled|deactivated|locked)\b|\b(?:address|identity|identities|domain|sender) (?:is |are |has |have )?(?:not (?:been )?verified|unverified)\b|\bunverified (?:sender|address|identity|domain)\b|\bunconfigured (?:sending |sender )?domain\b|\b(?:sending|sender) domain\b[^\n]{0,60}\bnot (?:configured|set up|registered|verified)\b|\bnot ?authenticated ?sender\b|\baccount (?:is |has )?not (?:yet |been )?(?:activated|active|enabled|approved)\b|\bnot (?:a |an )?(?:verified |registered |confirmed )?sender (?:signature|identity)\b|\b(?:verified|confirmed) sender (?:signature|identity)\b|\bauthori[sz]ed recipients\b|\bsandbox (?:account|domain)\b/i;
// The sender's own account or address: held, not its own, or refused as a sender.
export const SENDER_ACCOUNT: CodeFamily = { reason: 'rejected', bucket: 'sender-account', actor: 'sender' };
// Words that say the sender's own account or domain used up its sending allowance (a hosting
// panel's or provider's outgoing limit: "The limit on the number of allowed outgoing messages was
// exceeded", "You have reached your message limit", "Too many e-mails in the last hour", "Exceed
// Sending Limit (daily)", "too many requests per time unit"): the
// sender's account, whatever the code or "try again later" beside it. A limit said of the
// receiving side ("receiving mail too quickly") is not one of these.
export const SENDING_LIMIT = /\b(?:the )?limits? (?:for|of|on) (?:your|this) (?:e-?mail )?account (?:is |are |has been |have been )?(?:exceeded|reached)\b|\b(?:daily |hourly )?(?:sending|send|versand|sende)[- ]?(?:limit|quota|kontingent)\b[^\n]{0,30}(?:reached|exceeded|erreicht|überschritten)|\blimit\b[^\n]{0,40}\b(?:outgoing|outbound|sent|send(?:ing)?)\b[^\n]{0,60}\b(?:exceeded|reached)\b|\b(?:outgoing|outbound|sent) (?:e-?mails?|messages?|mails?)\b[^\n]{0,30}\b(?:limit|quota)\b[^\n]{0,40}\b(?:exceeded|reached)\b|\b(?:have|has) (?:reached|exceeded|hit) (?:your|its|their|the) (?:daily |hourly |per-hour |maximum )?(?:(?:sending|send|outgoing|relay) (?:limit|quota)|(?:message|messages|e-?mail|mail) limit)\b|\bexceed(?:s|ed|ing)? (?:the |your |its |their )?(?:daily |hourly |monthly )?(?:sending|send|outgoing|relay) (?:limit|quota)\b|\btoo many (?:e-?mails|messages|mails|requests) (?:sent )?(?:in|per|within|during) (?:the |a )?(?:short |given |last |past |one |an? )?(?:hour|minute|second|day|24 hours|time unit|time period|period of time)\b|\b(?:max(?:imum)?|allowed) (?:number of )?(?:e-?mails|messages) per (?:hour|day)\b[^\n]{0,30}\b(?:exceeded|reached)\b|\b(?:versandlimit|sendelimit|versandkontingent)\b[^\n]{0,30}(?:erreicht|überschritten)|\bzu viele (?:e-?mails|nachrichten) (?:in|pro|innerhalb)\b|\b(?:only|limited to|at most|no more than) \d{1,7} (?:e-?mails|messages|mails|recipients) ?(?:per|a|an|each|\/|every) ?(?:minute|hour|day|24 ?hours?|h|d)\b|\breached (?:a|the|your|its) (?:daily |hourly )?limit (?:for|on|of) (?:sending|outgoing|sent)\b|\b(?:account|user|mailbox|sender)\b[^\n]{0,80}\bis sending too many (?:e-?mails|messages|mails)\b|\brate overlimit\b/i;
export const OWN_LIMIT: CodeFamily = { reason: 'ratelimited', bucket: 'sender-account', actor: 'sender' };
// The sender address must be the account the program logged in with, or the program did not log
// in as its owner ("sender and authenticated user must be the same", "From domain must match
// authenticated domain", "not owned by user …", "Username x and sender doesn't match", "Your domain
// gmail.com is not allowed in header From",
// "Absender … und der Benutzer, mit dem Sie sich angemeldet haben, müssen identisch sein").
export const LOGIN_MISMATCH = /\b(?:sender|from(?: address| domain)?|envelope)\b[^\n]{0,50}\b(?:authenticated|logged[- ]in|login|sasl) (?:user|account|name|identity|domain)\b[^\n]{0,30}\b(?:must|should|do(?:es)? not|don't|doesn't) (?:be (?:the )?(?:same|identical)|match)|\b(?:sender|from(?: address| domain)?)\b[^\n]{0,30}\b(?:must|should|does not|doesn't|do not|don't) match (?:the |your )?(?:authenticated|logged[- ]in|login|sasl) (?:user|account|name|identity|domain)\b|\b(?:sender|from|return[- ]path|envelope)\b[^\n]{0,40}\bnot owned by\b|\bsender login mismatch\b|\b(?:user ?name|login|authenticated user)\b[^\n]{0,60}\band (?:the )?(?:sender|from(?: address)?)\b[^\n]{0,10}\b(?:do(?:es)?n't|do(?:es)? not) match\b|\b(?:your )?domain\b[^\n]{0,60}\bnot (?:allowed|permitted|authori[sz]ed) in (?:the )?header (?:\d{3}[ -])?from\b|\b(?:sender|from)(?: address)?\b[^\n]{0,40}\bis not (?:one of )?your (?:own )?(?:addresses|address(?:es)? on (?:this|your) account)\b|\babsender\w*\b[^\n]{0,80}\bangemeldet\w*\b[^\n]{0,40}(?:identisch|überein)/i;
// The sender's own address refused until the program logs in ("Sender address rejected: not logged
// in"): a login the program did not give, even inside a bounce (the address is the sender's own).
export const SENDER_NOT_LOGGED_IN = /\b(?:sender|from|return[- ]path|envelope)\b[^\n]{0,40}\bnot (?:logged in|authenticated)\b|\bsender address rejected: access denied\b/i;
// A reply that itself sends the person to their program's outgoing-server settings.
const CHECK_SETTINGS = /\b(?:verify|check|review) (?:the |your )?(?:outgoing|smtp|mail client'?s?|e-?mail client'?s?) (?:server )?settings\b/i;


// A group or list address whose own settings refuse the post (members only, authenticated senders
// only, its own limits): "the group you tried to contact may not exist, or you may not have permission
// to post", "not authenticated when sending to this group", "the group … has exceeded its quota". Only
// the group's owner can change it.
export const GROUP_RESTRICTED = /\b(?:group|distribution list|mailing list)\b[^\n]{0,80}\b(?:may not exist|(?:do not|don't|may not) have permission to (?:post|send)|not (?:allowed|permitted|authori[sz]ed) to (?:post|send)|has exceeded its (?:quota|limit)|only accepts? (?:mail|messages|posts) from)\b|\b(?:sending|posting|send|post) to (?:this|the) (?:group|list)\b|\bnot a member of (?:the|this) (?:group|list)\b|\bsendernotauthenticatedforgroup\b/i;
export const GROUP_POLICY: CodeFamily = { reason: 'rejected', bucket: 'policy-reputation', actor: 'recipient-provider' };

const AFTER_DATA = /\b(?:in reply to|after) end of data(?: command)?\b|\bafter data (?:command|was sent)\b/i;

// RFC 5321's 250 with the words servers put after it when they took a message.
const ACCEPTED = /\b(?:ok|queued|accepted|message sent|delivered|received)\b/i;
const NOT_ACCEPTED_WORDS = /\b(?:error|fail(?:ed|ure)?|reject(?:ed)?|refused|denied|bounced?|undeliver\w*|exception)\b/i;
const ACCEPTED_FAMILY: CodeFamily = { reason: 'delivered', bucket: 'not-an-error', actor: 'none' };

// A bare refusal by the receiving side's checks: its filters judged the sending server or message.
const REFUSED: CodeFamily = { reason: 'rejected', bucket: 'policy-reputation', actor: 'sender-provider' };

// The code's own digits are not words; three letters in a row are.
const CODES = /\b[2-5]\d\d\b/g;
const WORDY = /[a-z]{3}/i;

/** The family of a final reply whose words name no cause, or null when the code says nothing more. */
export function codeFamily(replyCode: number | null, status: string | null, words: string): CodeFamily | null {
  // RFC 3463's X.5.x subject is the protocol: the sending program's commands, whatever the words; a bare
  // x.5.x with no words at all names no cause (Exchange also uses 5.5.3 for too many recipients).
  if (status !== null && /^5\.5\./.test(status) && WORDY.test(words.replace(CODES, ' '))) return PROTOCOL;
  // A success reply on its own ("250 2.0.0 Ok: queued as 4Xyz", "250 Message accepted for delivery"):
  // the server took the message; there is no error to fix.
  if (replyCode !== null && replyCode >= 200 && replyCode < 300 && (status === null || status.startsWith('2')) && ACCEPTED.test(words) && !NOT_ACCEPTED_WORDS.test(words)) return ACCEPTED_FAMILY;
  if (replyCode === null || (status !== null && status !== '5.0.0')) return null;
  const rest = words.replace(CODES, ' ');
  if (!WORDY.test(rest)) return null;
  switch (replyCode) {
    case 530: return AUTH_REQUIRED;
    case 535: return LOGIN_FAILED;
    case 551: return NO_MAILBOX;
    case 550:
    case 553:
    case 554:
      if (AUTH_WORDS.test(rest)) return AUTH_REQUIRED;
      if (ACCOUNT_HELD.test(rest)) return SENDER_ACCOUNT;
      if (SENDING_LIMIT.test(rest)) return OWN_LIMIT;
      if (LOGIN_MISMATCH.test(rest)) return SENDER_ACCOUNT;
      if (SENDER_NOT_LOGGED_IN.test(rest)) return AUTH_REQUIRED;
      if (CHECK_SETTINGS.test(rest)) return AUTH_REQUIRED;
      if (MAILBOX_GONE.test(rest)) return NO_MAILBOX;
      if (NO_MAIL.test(rest)) return NOT_ACCEPTED;
      if (QUOTA_WORDS.test(rest)) return MAILBOX_FULL;
      if (RATE_WORDS.test(rest)) return RATE_LIMITED;
      // Refused after the whole message was sent ("550 Action not taken (in reply to end of DATA
      // command)"): the receiver's checks judged the message or its sender, nothing about the address.
      if (AFTER_DATA.test(rest) && !RECIPIENT_WORDS.test(rest)) return REFUSED;
      if (!REFUSAL.test(rest)) return null;
      if (SENDER_WORDS.test(rest)) return SENDER_ACCOUNT;
      if (RECIPIENT_WORDS.test(rest)) return NO_MAILBOX;
      return replyCode === 553 ? null : REFUSED;
    // RFC 7504's "does not accept mail" codes, used by some receivers for their blocks.
    case 521:
    case 556:
      if (NO_MAIL.test(rest)) return NOT_ACCEPTED;
      return REFUSAL.test(rest) ? REFUSED : null;
    default: return null;
  }
}
