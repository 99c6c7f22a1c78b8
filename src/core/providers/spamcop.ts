// SpamCop: its replies as the knowledge base explains them (ENTRIES). No engine rows: its
// bounces are classified by the generic rows. Shape and order: table.ts.
import { REF } from '../knowledge/refs.ts';
import { entryFor, type ProviderAbout, type ProviderEntry, BLOCK_DONTS } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'SpamCop', docs: 'https://www.spamcop.net/bl.shtml' };
const entry = entryFor(ABOUT);

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  entry('spamcop', 'spamcop', /spamcop/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_spamcop_wait', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.spamcop]),
];
