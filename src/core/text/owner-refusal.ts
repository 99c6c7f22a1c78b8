// A refusal the recipient's own side made on purpose: a person's Sieve or mail filter rejecting the
// message (RFC 5429's "Auto-Submitted: auto-replied (rejected)", Cyrus's and GNU Mailutils' "Message was
// refused by recipient's mail filtering program", Pigeonhole's "was automatically rejected") or a list's
// manager refusing a post. Resending the same message will not change the owner's mind: the failure is
// final (a hard bounce) whatever reason the owner wrote, unless the words name something the sender can
// change (its size, its content) or the reason is one a later try can get past (a full mailbox).
import type { Reason } from '../types.ts';

const FILTER_WORDS = ["refused by recipient's mail filtering program", 'was automatically rejected', 'automatisch abgelehnt'];
// Reasons a deliberate refusal is final for; the others (size, content, quota, a delay) are not.
const FINAL_REASONS: ReadonlySet<Reason> = new Set<Reason>(['rejected', 'filtered', 'userunknown', 'hasmoved', 'suspend', 'policyviolation', 'blocked', 'onhold', 'undefined']);
// An owner's reason about the message's size ("larger than 5 MB", "too big", "größer als").
const SIZE_WORDS = /\b(?:larger|too[ \t]+(?:large|big)|size|\d+[ \t]?[mk]b|bytes|gr(?:ö|oe)(?:ß|ss)e)/i;

/** Whether the report is a person's filter refusing the message (header value, report text lowercased). */
export function filterRefusal(autoSubmitted: string | null, reportLower: string): boolean {
  if (autoSubmitted && autoSubmitted.toLowerCase().includes('(rejected)')) return true;
  return FILTER_WORDS.some((w) => reportLower.includes(w));
}

/** A deliberate refusal with this reason and these words is final. */
export function refusalIsFinal(reason: Reason, wordsLower: string): boolean {
  return FINAL_REASONS.has(reason) && !namesSize(wordsLower);
}

/** Whether an owner's refusal names the message's size (the sender can change that: not final). */
export const namesSize = (wordsLower: string): boolean => SIZE_WORDS.test(wordsLower);
