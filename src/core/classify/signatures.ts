// Senders of bounces whose reports state no code and no cause in words we can match (they are
// translated into dozens of languages), but whose signature says what kind of refusal it is.
import type { Reason } from '../types.ts';

const SIGNATURES: readonly (readonly [string, Reason])[] = [
  // Google Groups: the group does not exist or the sender may not post to it.
  ['groups.google.com/support', 'rejected'],
];

export function signatureReason(reportLower: string): Reason | null {
  for (const [signature, reason] of SIGNATURES) if (reportLower.includes(signature)) return reason;
  return null;
}
