// Spamhaus: its replies as the knowledge base explains them (ENTRIES). No engine rows: its
// bounces are classified by the generic rows. Shape and order: table.ts.
import { REF } from '../knowledge/refs.ts';
import { entryFor, type ProviderAbout, type ProviderEntry, BLOCK_DONTS } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Spamhaus', docs: 'https://www.spamhaus.org/query/lookup/' };
const entry = entryFor(ABOUT);

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // Spamhaus listings (used by many receivers).
  // The sending server's own name (HELO) on the domain list: its set-up, not the sender's address.
  entry('spamhaus_helo', 'spamhaus', /\bhelo (?:command |name |domain )?(?:\[[^\]\n]{1,200}\] |\S{1,200} )?(?:is )?(?:blocked using|listed (?:in|on|at))[^\n]{0,20}\b(?:dbl\.)?spamhaus\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.spamhaus]),
  entry('spamhaus_domain', 'spamhaus', /mailfrom domain is listed in spamhaus|dbl\.spamhaus\.org|listed in spamhaus dbl/i, 'blocked', 'policy-reputation', 'sender',
    ['k_s_spamhaus_domain', 'k_s_ask_provider'], BLOCK_DONTS, [REF.spamhaus]),
  entry('spamhaus_ip', 'spamhaus', /spamhaus/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist', 'k_s_spamhaus_lookup'], BLOCK_DONTS, [REF.spamhaus]),
];
