// Does a text read as a non-delivery report? Words the common MTAs put in their reports, and the
// header marks of a mail system's message. Kept as data: a new MTA usually reuses these phrases.
import { extractAddress } from '../parse/address.ts';
import { headerValue, type HeaderField } from '../parse/message.ts';
import { isRoleAddress } from '../parse/recipient-blocks.ts';

const BOUNCE_PHRASES: readonly string[] = [
  'could not be delivered', 'couldn\'t be delivered', 'wasn\'t delivered', 'delivery has failed', 'delivery failed',
  'undeliver', 'permanent error', 'permanent failure', 'failed permanently', 'following address(es) failed',
  'following addresses had permanent', 'following recipient', 'returned mail', 'mail delivery subsystem',
  'this is the mail system at host', 'wasn\'t able to deliver', 'unable to deliver', 'delivery status notification',
  'failure notice', 'non-delivery', 'nondelivery', 'could not deliver', 'delivery to the following',
  'rejected by the server', 'delivery problem', 'has been delayed', 'delivery is delayed', 'will retry',
  'not yet been delivered', 'returned to sender', 'unzustellbar', 'nicht zugestellt', 'user unknown',
  'mailbox unavailable', 'remote host said', 'smtp error from remote', 'said:', 'rejected your message',
  'error that the other server returned', 'rejected by a remote mail server', 'did not reach', 'not delivered',
  'delivery failure', 'failed with:', 'no such user', 'does not exist',
];

const MAILER_SENDER = /mailer-daemon|postmaster|mail delivery|mail administrator|mailer@|bounce/i;
const BOUNCE_SUBJECT = /undeliver|undelivered|returned mail|delivery (?:status|failure|notification|failed|report)|failure notice|non-?delivery|could not send|mail delivery|unzustellbar|nicht zustellbar|warning: could not|delayed mail|\bbounce/i;

export function hasBounceHeaders(headers: readonly HeaderField[]): boolean {
  if (headerValue(headers, 'x-failed-recipients')) return true;
  const type = headerValue(headers, 'content-type')?.toLowerCase() ?? '';
  if (type.includes('report-type=delivery-status') || type.includes('report-type="delivery-status"')) return true;
  const from = headerValue(headers, 'from') ?? '';
  const subject = headerValue(headers, 'subject') ?? '';
  // What follows are hints only (who it is from, what its subject says). A mail system sends its reports
  // with an empty reverse path (RFC 5321 4.5.5, RFC 3464): a message whose Return-Path names a person's
  // address was sent by that person or their program ("From: postmaster@…" announcing maintenance, a
  // shop's "Undeliverable parcel"), and its body must show it is a report.
  if (personalReturnPath(headerValue(headers, 'return-path'))) return false;
  // A list's notice that a post waits for its moderator (Mailman's "Your message to X awaits moderator
  // approval", from the list's "-bounces" address) is not a report: nothing failed yet.
  if (HELD_SUBJECT.test(subject)) return false;
  // A mailing list's own notices (held for the moderator, membership disabled …) come from its "-bounces"
  // or "-owner" address but are marked administrivia (Mailman's X-List-Administrivia): not a report.
  if (MAILER_SENDER.test(from) && headerValue(headers, 'x-list-administrivia')?.trim().toLowerCase() !== 'yes') return true;
  // A subject alone does not make a list's or a newsletter's mail a report ("Why mail is undeliverable
  // — this week's digest"): mail systems do not send their reports with an unsubscribe link. Nor a
  // reply ("Re: Delivery failure …", "[Ticket#123] AW: …"): mail systems do not answer mail.
  return BOUNCE_SUBJECT.test(subject) && !REPLY_SUBJECT.test(subject.trimStart()) &&
    headerValue(headers, 'list-unsubscribe') === null && headerValue(headers, 'list-id') === null;
}
/** A Return-Path with an address that is not a mail system's or a list's own (empty, MAILER-DAEMON, "-bounces" …). */
function personalReturnPath(value: string | null): boolean {
  const address = value === null ? null : extractAddress(value);
  return address !== null && !MAILER_SENDER.test(address) && !isRoleAddress(address);
}
const HELD_SUBJECT = /awaits[ \t]+moderator[ \t]+approval|\bstalled[ \t]+post\b|held[ \t]+for[ \t]+moderat/i;
const REPLY_SUBJECT = /^(?:\[[^\]\n]{0,40}\] ?)?(?:re|aw|sv|vs|antw|odp|rif|res|ynt) ?(?:\[\d{1,3}\])? ?:/i;

/** Sent by a mail system (MAILER-DAEMON, postmaster …), not by a person's mailbox. */
export function fromMailSystem(headers: readonly HeaderField[]): boolean {
  return MAILER_SENDER.test(headerValue(headers, 'from') ?? '');
}

export function hasBouncePhrase(textLower: string): boolean {
  return BOUNCE_PHRASES.some((p) => textLower.includes(p));
}

// What only a warning says: the MTA keeps the message and goes on trying (Exim, Postfix, Sendmail,
// Exchange and Gmail warnings), whatever code the remote gave on the last attempt: these outweigh a
// 5xx. Matched on the report as written (line breaks anywhere), without compacting it first.
// (And the same in the languages Exchange and Gmail translate their notices into: "noch nicht zugestellt",
// "versucht weiterhin", "n'a pas encore été distribué", "nouvelles tentatives", "seguirá intentando" …;
// MasqMail's "could not yet be delivered", "has been defered", "will be tried again", "a été différée" …)
const STILL_TRYING =
  /warning (?:message )?only|need\s+to\s+resend|will\s+(?:continue|keep\s+(?:on\s+)?trying|retry\s+for)|no\s+action\s+is\s+required|still\s+trying|postponed|(?:is|been)\s+delayed|not\s+yet\s+been\s+delivered|noch\s+nicht\s+zugestellt|(?:weiterhin\s+versucht|versucht\s+weiterhin)|ist\s+verzögert|pas\s+encore\s+été\s+(?:distribué|remis)|nouvelles\s+tentatives|distribution\s+retardée|est\s+retardée|seguirá\s+intentando|aún\s+no\s+se\s+ha\s+entregado|entrega\s+retrasada|continuerà\s+a\s+tentare|non\s+è\s+ancora\s+stato\s+recapitato|continuará\s+tentando|ainda\s+não\s+foi\s+entregue|will\s+be\s+tried\s+again|could\s+not\s+yet\s+be\s+delivered|(?:has|have)\s+been\s+defer+ed|a\s+été\s+différée|autres\s+tentatives\s+d'envoi/i;
// Said also of a reply that is final itself: a warning only when the reply is not permanent.
const WILL_RETRY = /will\s+(?:be\s+)?retr/i;

// The MTA's final word: it stopped trying (a queue expiry reported with a 4.x.x status is still final).
// Each MTA family says so its own way: qmail ("This is a permanent error; I've given up", "I'm not
// going to try again; this message has been in the queue too long"), Exim ("This is a permanent
// error", "retry timeout exceeded", "all hosts have been failing for a long time"), Sendmail
// ("Message could not be delivered for 5 days", "had permanent fatal errors", "will be deleted from
// queue"), Postfix and Courier ("gave up", "giving up"), Exchange ("has stopped trying", "will not
// try to redeliver"), and reports that count the hours or days an address "has been failing for".
const GAVE_UP = new RegExp([
  String.raw`\b(?:gave|giving|given)\s+up\b`,
  String.raw`deleted\s+from\s+(?:the\s+)?queue`,
  String.raw`this\s+is\s+a\s+permanent\s+(?:error|failure)`,
  String.raw`(?:not|never)\s+(?:going\s+to\s+)?(?:try|attempt)\s+(?:it\s+)?again`,
  String.raw`(?:will|shall)\s+not\s+(?:try|attempt)\s+to\s+(?:re)?deliver`,
  String.raw`will\s+not\s+be\s+(?:retried|redelivered|re-?sent)`,
  String.raw`(?:has|have)\s+stopped\s+trying`,
  String.raw`no\s+(?:further|more)\s+(?:delivery\s+)?attempts\s+will\s+be\s+made`,
  String.raw`(?:been|was)\s+in\s+the\s+queue\s+too\s+long`,
  String.raw`retry\s+(?:timeout|time)\s+(?:exceeded|expired)`,
  String.raw`(?:has|have)\s+been\s+failing\s+for\s+(?:a\s+long\s+time|(?:more\s+than\s+|over\s+)?\d{1,4}\s+(?:hours?|days?))`,
  String.raw`(?:could\s+not\s+be\s+delivered|cannot\s+send\s+message|undeliverable)\s+for\s+(?:more\s+than\s+)?\d{1,4}(?:\.\d{1,2})?\s+(?:hours?|days?)`,
  String.raw`had\s+permanent\s+fatal\s+errors`,
].join('|'), 'i');

// A warning's subject: Sendmail's "Warning: could not send message for past 4 hours" (and the same
// layout elsewhere: "Warning--Could not send mail for past 8.5 hours"), Postfix's "Delayed Mail (still
// being retried)". Only warnings are sent so: a final report's subject never says it.
const WARNING_SUBJECT = /^[ \t]*warning\b[^\n]{0,8}could\s+not\s+(?:yet\s+)?send\b|\bdelayed\s+mail\b|still\s+being\s+retried/i;

/** Whether a report's subject says it is a warning about a message still being tried. */
export function warningSubject(subject: string | null): boolean {
  return subject !== null && WARNING_SUBJECT.test(subject);
}

/** 2: the report says the MTA keeps trying; 1: it says it will retry; -1: it gave up; 0: none of these. */
export function delayWording(report: string): -1 | 0 | 1 | 2 {
  return STILL_TRYING.test(report) ? 2 : GAVE_UP.test(report) ? -1 : WILL_RETRY.test(report) ? 1 : 0;
}

// A notification that says the message went through: relayed on to a system that sends no reports
// (Exchange's "delivery … is complete, but no delivery notification was sent"), or delivered. Only
// when nothing in it says a delivery failed.
const RELAYED = /successfully\s+relayed|relayed\s+(?:to|successfully)|is\s+complete,\s+but\s+no\s+delivery\s+notification/i;
const DELIVERED = /successfully\s+delivered|(?:was|has\s+been)\s+delivered\s+to\s+the\s+(?:following|destination)/i;
const FAILURE_WORDING = /could\s+not|couldn't|can\s*not\s+be|cannot\s+be|fail|undeliver|unable|error|reject|not\s+(?:been\s+)?delivered|permanent|unknown|does\s+not\s+exist/i;

/** Whether the report says the message was relayed or delivered (and nothing failed). */
export function successWording(report: string): 'relayed' | 'delivered' | null {
  const said = RELAYED.test(report) ? 'relayed' : DELIVERED.test(report) ? 'delivered' : null;
  return said && !FAILURE_WORDING.test(report) ? said : null;
}
