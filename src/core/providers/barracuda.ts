// Barracuda: its replies as the knowledge base explains them (ENTRIES). No engine rows: its
// bounces are classified by the generic rows. Shape and order: table.ts.
import { REF } from '../knowledge/refs.ts';
import { entryFor, type ProviderAbout, type ProviderEntry, GREYLIST_CODES, BLOCK_DONTS, NO_RESEND } from './entry.ts';
import { followedBy } from '../knowledge/matchers.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Barracuda', docs: 'https://www.barracudacentral.org/lookups' };
const entry = entryFor(ABOUT);

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  entry('barracuda_reputation', 'barracuda', /barracuda reputation|barracudacentral/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.barracuda]),
  entry('barracuda_content', 'barracuda', /rejected due to spam url in content|rejecting banned content/i, 'spamdetected', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_send_once_after_fix'], ['k_n_spam_tricks', 'k_n_resend'], [REF.barracuda]),
  { ...entry('barracuda_greylisted', 'barracuda', /greylisted for \d+ minutes/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry'], ['k_n_resend_delay'], [REF.rfc5321], GREYLIST_CODES), title: 'k_pt_greylisting' },
  entry('barracuda_policy_abuse', 'barracuda', /policy rejection- abuse/i, 'rejected', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.barracuda]),
  // The gateway's own policy (a blocked sender, domain or country the recipient's admin set).
  entry('barracuda_policy_block', 'barracuda', followedBy(/permanent failure for one or more recipients \(/gi, /blocked by policy/i, 200), 'blocked', 'policy-reputation', 'recipient',
    ['k_s_contact_recipient_other', 'k_s_recipient_admin'], BLOCK_DONTS, [REF.barracuda]),
  entry('barracuda_blocked', 'barracuda', followedBy(/permanent failure for one or more recipients \(/gi, /:blocked\)/i, 200), 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.barracuda]),
  // The recipient organisation's Barracuda gateway is out of licence and takes no mail for now.
  entry('barracuda_license', 'barracuda', /\blicense expired\b/i, 'systemerror', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], NO_RESEND, [REF.barracuda]),
];
