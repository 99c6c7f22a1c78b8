// Refusals that the recipient's side decided and that stand: the recipient's own mail filter (a Sieve
// "reject", a maildrop/procmail filter, a filter program behind Sendmail or GNU Mailutils) and a mailing
// list's manager refusing a post (Majordomo, GNU Mailman 2 and 3). Resending to the same address meets the
// same rule, so such a refusal is final unless its words name something the sender can change (the size,
// the content, a full mailbox). Their words first (the families' own notices), then the finality rule.
import { refusalIsFinal, refusalReasonFinal, standingRefusal } from '../text/owner-refusal.ts';
import type { Reason } from '../types.ts';
import type { GenericPattern } from './pattern-data.ts';

export const RECIPIENT_REFUSAL_PATTERNS: readonly GenericPattern[] = [
  // GNU Mailutils' Sieve and Sendmail-style filters: "Message was refused by recipient's mail filtering
  // program. Reason given was as follows: …" (libmu_sieve/actions.c).
  ['filtered', 'mail filtering program'],
  // A user's maildrop or procmail filter that refuses a message exits 77 (EX_NOPERM, "EXITCODE=77" in their
  // documentation), which Postfix's local(8)/pipe(8) report as "Command died with status 77" with the
  // filter's own words after "Command output:": the recipient's filter, not a failing delivery agent.
  ['filtered', 'command died with status 77'],
  // List managers' refusals of a post: Majordomo 2 (files/*/ack_denial "Your message to X has been rejected
  // for the following reason(s):", German "wurde aus folgenden Gründen abgelehnt"), Mailman 3 (chains/reject.py
  // "… mailing-list was rejected for the following reasons:") and Mailman's moderation reasons.
  ['rejected', 'rejected for the following reason'],
  ['rejected', 'aus folgenden gründen abgelehnt'],
  ['rejected', 'not from a list member'],
  ['rejected', 'post by non-member'],
  // A forum or list that takes posts from its members only ("only members may post", ElkArte's post-by-email).
  ['rejected', 'only members may post'],
  // A list server postponing a post while the list is held (LISTSERV): on hold, not expired.
  ['onhold', 'list is held'],
  // Size limits as filters and list managers word them ("Messages larger than 5 MB are not accepted", Mailman
  // 3's max_size "The message is larger than the 40 KB maximum size", Majordomo's "Die Nachricht ist größer als …").
  ['mesgtoobig', 'messages larger than'],
  ['mesgtoobig', 'message is larger than'],
  ['mesgtoobig', 'größer als'],
  // mlmmj's "it exceeded the maximum allowed message size of N bytes".
  ['mesgtoobig', 'maximum allowed message size'],
  // A limit on attachments ("Nachrichten mit Anhängen über 10 MB …", "attachments over 10 MB are not accepted").
  ['mesgtoobig', 'anhängen über'],
  ['mesgtoobig', 'attachments over'],
  ['mesgtoobig', 'attachments larger than'],
  // Content filters' verdicts: amavisd-new ("554 5.7.0 Reject, id=… - INFECTED: …", "- BANNED: …", its
  // "VIRUS ALERT" / "BANNED CONTENTS ALERT" notices) and MIMEDefang ("Your message contained the virus …").
  ['virusdetected', '- infected:'],
  ['virusdetected', 'virus alert'],
  ['virusdetected', 'contained the virus'],
  ['policyviolation', '- banned:'],
  // Its notice names the banned file: the message's content (the person removes the file), as the knowledge base reads it.
  ['contenterror', 'banned contents alert'],
];

// amavisd-new's reject reply "554 5.7.0 Reject, id=… - <verdict>" is in Sisimai's spam table as a whole, but
// the verdict after the id says which content was refused: a virus or a banned file is not spam.
export const RECIPIENT_REFUSAL_EXCLUSIONS: readonly (readonly [Reason, string])[] = [
  ['spamdetected', '- infected:'],
  ['spamdetected', '- banned:'],
];

/**
 * Whether this is a standing refusal by the recipient's filter or list (its report's words, or the
 * header's "a filter refused it") whose reason leaves nothing for the sender to change.
 */
export function finalRecipientRefusal(reportLower: string, headerReason: Reason | null | undefined, reason: Reason, wordsReason: Reason | null): boolean {
  // (The owner's words may name a size or content limit where the header's "a filter refused it" decided the reason.)
  // (A filter command's exit is read as the filter's refusal, not as the agent's error: refusedByFilterCommand.)
  const words = wordsReason === 'mailererror' && refusedByFilterCommand(reportLower) ? null : wordsReason;
  // The same reading as the text path's (text/owner-refusal.ts): both readings of a deliberate refusal agree.
  // (Cheapest test first: most reports' reasons are never a refusal's.)
  return refusalReasonFinal(reason, words) && (headerReason === 'filtered' || standingRefusal(null, reportLower)) && refusalIsFinal(reason, reportLower, words);
}

/**
 * A delivery command that exited 77 (EX_NOPERM: a maildrop or procmail filter's "EXITCODE=77") refused the
 * message on its owner's behalf: what Postfix quotes as its "x-unix;" diagnostic is the filter's own words, not
 * a failing delivery agent's error (mailererror).
 */
export function refusedByFilterCommand(reportLower: string): boolean {
  return reportLower.includes('command died with status 77');
}
