// Trend Micro Email Security: the rule names its refusals carry ("Recipient address rejected:
// BLOCK-SENDER" …), as the knowledge base explains them (ENTRIES). No engine rows. The rule names
// are Trend Micro's own words, so the meanings may name it. Shape and order: table.ts.
import { entryFor, type ProviderAbout, type ProviderEntry, BLOCK_DONTS } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Trend Micro Email Security', docs: 'https://success.trendmicro.com/solution/TP000087438-How-do-I-edit-Reputation-Settings' };
const entry = entryFor(ABOUT);

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // A block the recipient's organisation set on this sender or recipient (its own lists).
  entry('trendmicro_blocked_sender', 'trendmicro', /recipient address rejected: (?:block-send-?er|block-rcpt|ers-customized-block)\b/i, 'blocked', 'policy-reputation', 'recipient',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], BLOCK_DONTS, []),
  // The recipient's domain is not (or no longer) set up at the filtering service.
  entry('trendmicro_no_domain', 'trendmicro', /recipient address rejected: no-domain\b/i, 'notaccept', 'recipient', 'recipient',
    ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], []),
];
