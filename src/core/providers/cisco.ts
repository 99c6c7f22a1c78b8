// Cisco Secure Email (IronPort ESA): its replies as the knowledge base explains them (ENTRIES). No
// engine rows. Its mail-flow policies answer with fixed default texts, kept by most organisations
// that run it. Shape and order: table.ts.
import { entryFor, type ProviderAbout, type ProviderEntry, BLOCK_DONTS, NO_RESEND } from './entry.ts';

const ESA = 'https://www.cisco.com/c/en/us/support/docs/security/email-security-appliance/118573-technote-esa-00.html';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Cisco Secure Email (IronPort)', docs: ESA };
const entry = entryFor(ABOUT);

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // The BLOCKED mail-flow policy's default reply: the sending server's reputation score (SBRS).
  entry('cisco_poor_reputation', 'cisco', /\brejected due to the sending mta'?s poor reputation\b/i, 'badreputation', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_reputation'], BLOCK_DONTS, [ESA]),
  // The THROTTLED policy's default reply: recipients per hour from the sending host; retried later.
  entry('cisco_recipients_per_hour', 'cisco', /\btoo many recipients received this hour\b/i, 'ratelimited', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_retry_now'], [ESA]),
  // The LDAP accept query's default reply: no such recipient.
  entry('cisco_address_rejected', 'cisco', /#5\.1\.0 address rejected\b/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [ESA]),
];
