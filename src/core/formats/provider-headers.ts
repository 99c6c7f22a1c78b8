// Header fields in which a provider's mail system states the cause of a bounce itself.
import { headerValue, type HeaderField } from '../parse/message.ts';
import type { Reason } from '../types.ts';

/** The cause a provider's own header names, or null. */
export function headerReason(headers: readonly HeaderField[]): Reason | null {
  // au/EZweb (KDDI) marks a message refused by the recipient's receiving-filter settings (its
  // anti-spam and domain filters) with "X-SPASIGN: NG": the recipient's filter, not the address.
  if (headerValue(headers, 'x-spasign')?.trim().toUpperCase() === 'NG') return 'filtered';
  return null;
}
