// SpamCop: its replies as the knowledge base explains them (ENTRIES). No engine rows: its
// bounces are classified by the generic rows. Shape and order: table.ts.
import { REF } from '../knowledge/refs.ts';
import { entry, type ProviderEntry, BLOCK_DONTS } from './entry.ts';

export const ENTRIES: readonly ProviderEntry[] = [
  entry('spamcop', 'spamcop', /spamcop/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_spamcop_wait', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.spamcop]),
];
