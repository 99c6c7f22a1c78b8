// Wordings of Sisimai 5's reason tables that the older tables (pattern-data.ts, go-sisimai ed142de)
// lack: its later releases describe whole families of wording as ordered pairs ("over … quota",
// "mailbox … full") where the older ones listed single sentences, and add phrases of Gmail, Comcast
// and SES. Read for their meaning from go-sisimai reason/why-*.go (module libsisimai.org/sisimai/v5,
// https://github.com/sisimai/go-sisimai/tree/main/reason, BSD 2-Clause, Copyright azumakuniyuki and
// sisimai development team; the phrases and the licence are in
// test/fixtures/reference/sisimai5-reasons/) and written in this engine's table format: lowercase,
// " ... " = parts in this order.
// The reason names are the ones Sisimai 5 used before it merged toomanyconn/speeding into ratelimited
// and mesgtoobig/exceedlimit into emailtoolarge (go-sisimai #307): the labelled sets use those names.
import type { Reason } from '../types.ts';

/**
 * [reason, pattern, maxSpan?]: `maxSpan` bounds the characters from the first part's start to the
 * last part's end, for pairs whose words are common apart ("mailbox" … "full" in one clause, not
 * "mailbox" in one sentence and "full" three lines further on).
 */
export type SpanPattern = readonly [Reason, string, number?];

export const SISIMAI5_PATTERNS: readonly SpanPattern[] = [
  // A full mailbox, said every way a quota can be: the account, the disk, the maildir or the mailbox
  // is over it or has exceeded it; the storage is used up or not enough is left (why-mailboxfull.go).
// (A mailbox's pairs leave room for the address between: "mailbox of user <address> is full".)
  ['mailboxfull', 'account is ... quota', 60],
  ['mailboxfull', 'disk ... quota', 30],
  ['mailboxfull', 'enough ... space', 30],
  ['mailboxfull', 'mailbox ... exceeded ... limit', 60],
  ['mailboxfull', 'mailbox ... full', 80],
  ['mailboxfull', 'mailbox ... quota', 80],
  ['mailboxfull', 'maildir ... quota', 40],
  ['mailboxfull', 'over ... quota', 30],
  ['mailboxfull', 'quota ... exceeded', 40],
  ['mailboxfull', 'mailbox exceeds allowed size'],
  ['mailboxfull', 'mailbox would exceed maximum allowed storage'],
  ["mailboxfull", "user's space has been used up"],
  // A receiver that names its own blocklist or a third party's (why-blocked.go).
  ['blocked', '//www.spamcop.net/bl.'],
  ['blocked', '@ ... :blocked)', 120],
  ['blocked', 'is blocked by earthlink'],
  // AT&T's abuse block names spam (why-spamdetected.go).
  ['spamdetected', 'blocked for abuse. see http://att.net/blocks'],
  // Gmail's disabled account (why-suspend.go).
  ['suspend', 'the email account that you tried to reach is inactive'],
  // The recipient's own settings refuse the sender (why-filtered.go: AOL, Willcom and others).
  ['filtered', 'account is protected by'],
  ['filtered', 'recipient id refuse to receive mail'],
  ['filtered', 'recipient is only accepting mail from specific email addresses'],
  // A sending rate or a number of connections over the receiver's limit (why-ratelimited.go).
  ['toomanyconn', 'throttling failure:'],
  ['toomanyconn', 'connection ... limit', 40],
  ['toomanyconn', 'too many ... session', 30],
  ['toomanyconn', 'throttled ... postmaster.comcast.net', 200],
  ['speeding', 'temporarily ... rate limited', 30],
  // Sisimai 5 before the merge files a message or header too large under exceedlimit (why-exceedlimit.go).
  ['exceedlimit', 'message header size exceeds limit'],
  ['exceedlimit', 'message too large'],
  // SPF/DMARC authentication levels the sender's domain does not meet (why-authfailure.go: pobox's SPF
  // pages, Microsoft's "5322.From address doesn't meet the authentication requirements").
  ['authfailure', '//spf.pobox.com'],
  ["authfailure", "doesn't meet the required authentication level"],
  ["authfailure", "doesn't meet the authentication requirements"],
  // Gmail's pointer to its RFC 5322 page (why-notcompliantrfc.go), and a header given twice.
  ['notcompliantrfc', '?p=rfcmessagenoncompliant'],
  ['notcompliantrfc', ' multiple ... header', 40],
  // An address replaced by another one (why-hasmoved.go).
  ['hasmoved', ' has been replaced by '],
  // A forum's or list's limit on posts without a captcha (why-policyviolation.go).
  ['policyviolation', 'allowable number of posts without solving a captcha'],
];

/** [reason, pattern]: texts whose presence rules out a reason's other matches in the same text. */
export const SISIMAI5_EXCLUSIONS: readonly (readonly [Reason, string])[] = [
  // SES's "Throttling failure: Daily message quota exceeded" is the sender's sending quota, not a mailbox.
  ['mailboxfull', 'throttling failure:'],
];
