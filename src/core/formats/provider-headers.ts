// Header fields in which a provider's mail system states the cause of a bounce itself.
import { headerValue, type HeaderField } from '../parse/message.ts';
import type { Reason } from '../types.ts';

/** The cause a provider's own header names, or null. */
export function headerReason(headers: readonly HeaderField[]): Reason | null {
  // au/EZweb (KDDI) marks a message refused by the recipient's receiving-filter settings (its
  // anti-spam and domain filters) with "X-SPASIGN: NG": the recipient's filter, not the address.
  if (headerValue(headers, 'x-spasign')?.trim().toUpperCase() === 'NG') return 'filtered';
  // A Sieve "reject" (RFC 5429) comes as an MDN that Dovecot/Pigeonhole and Cyrus mark
  // "Auto-Submitted: auto-replied (rejected)": the recipient's own filter refused the message, whatever
  // words its owner gave as the reason ("this address no longer accepts mail from …").
  if (/\(rejected\)/i.test(headerValue(headers, 'auto-submitted') ?? '')) return 'filtered';
  return null;
}
