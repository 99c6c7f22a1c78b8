// Proofpoint: its replies as the knowledge base explains them (ENTRIES). No engine rows: its
// bounces are classified by the generic rows. Shape and order: table.ts.
import { REF } from '../knowledge/refs.ts';
import { entryFor, type ProviderAbout, type ProviderEntry, AUTH_DONTS, BLOCK_DONTS } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Proofpoint', docs: 'https://support.proofpoint.com/dnsbl-lookup.cgi' };
const entry = entryFor(ABOUT);

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  entry('proofpoint_blocked', 'proofpoint', /prs\.proofpoint\.com|support\.proofpoint\.com\/dnsbl-lookup/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.proofpoint]),
  entry('cloudmark_blocked', 'proofpoint', /cloudmark sender intelligence/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.proofpoint]),
  entry('proofpoint_dmarc', 'proofpoint', /rejected per sender's dmarc policy/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [REF.rfc7489]),
];
