// A refusal the recipient's own side made on purpose: a person's Sieve or mail filter rejecting the message
// (RFC 5429's "Auto-Submitted: auto-replied (rejected)", Cyrus's and GNU Mailutils' "Message was refused by
// recipient's mail filtering program", Pigeonhole's "was automatically rejected", a maildrop or procmail filter's
// exit 77) or a list's or forum's manager refusing a post. Resending the same message will not change the
// owner's mind: the failure is final (a hard bounce) whatever reason the owner wrote, unless the words name
// something the sender can change (its size, its content) or the reason is one a later try gets past (a full
// mailbox). One reading for both places that ask: the text path's candidates (text/analyze-text.ts) and the
// classifier's verdict (classify/recipient-refusals.ts).
import type { Reason } from '../types.ts';

// The words that say the recipient's filter or list refused the message and stands by it.
const STANDING_WORDS: readonly string[] = [
  // A person's filter.
  'mail filtering program', 'automatically rejected by sieve', 'was automatically rejected', 'automatisch abgelehnt',
  'command died with status 77',
  // A list's manager (Majordomo 2, Mailman 2 and 3, their translations).
  'rejected for the following reason', 'has been automatically rejected', 'aus folgenden gründen abgelehnt',
  'rejected by the list moderator', 'not allowed to post', 'permission to post',
];
// Reasons a deliberate refusal is final for: the address, the sender, or nothing named. The others (size,
// content, quota, a delay) are not.
const FINAL_REASONS: ReadonlySet<Reason> = new Set<Reason>([
  'rejected', 'filtered', 'userunknown', 'hasmoved', 'suspend', 'policyviolation', 'blocked', 'onhold', 'undefined',
]);
// A refusal that asks for the message again, changed ("Please resubmit your email message, without including this
// trigger text", Lyris ListManager): what the sender changes gets it through, so the refusal is not final.
const RESEND_ASKED = /\bplease[ \t\n]+(?:re-?submit|resend|re-send)\b/i;
// An owner's reason about the message's size ("larger than 5 MB", "too big", "größer als").
const SIZE_WORDS = /\b(?:larger|too[ \t]+(?:large|big)|size|\d+[ \t]?[mk]b|bytes|gr(?:ö|oe)(?:ß|ss)e)/i;

/** Whether the report says the recipient's filter or list refused it on purpose (header value, report text lowercased). */
export function standingRefusal(autoSubmitted: string | null, reportLower: string): boolean {
  if (autoSubmitted && autoSubmitted.toLowerCase().includes('(rejected)')) return true;
  return STANDING_WORDS.some((w) => reportLower.includes(w));
}

/**
 * A deliberate refusal with this reason, these words and (when a pattern of the tables decided it) this
 * pattern's reason is final.
 */
export function refusalIsFinal(reason: Reason, wordsLower: string, patternReason: Reason | null = null): boolean {
  return refusalReasonFinal(reason, patternReason) && !namesSize(wordsLower) && !RESEND_ASKED.test(wordsLower);
}

/** Whether a deliberate refusal with this reason (and pattern's reason) may be final, before its words are read. */
export function refusalReasonFinal(reason: Reason, patternReason: Reason | null = null): boolean {
  return FINAL_REASONS.has(reason) && (patternReason === null || FINAL_REASONS.has(patternReason));
}

/** Whether an owner's refusal names the message's size (the sender can change that: not final). */
export const namesSize = (wordsLower: string): boolean => SIZE_WORDS.test(wordsLower);
