// T-Online: its replies as the knowledge base explains them (ENTRIES). No engine rows: its
// bounces are classified by the generic rows. Shape and order: table.ts.
import { REF } from '../knowledge/refs.ts';
import { anyOf, followedBy } from '../knowledge/matchers.ts';
import { entryFor, type ProviderAbout, type ProviderEntry, BLOCK_DONTS } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'T-Online', docs: 'https://postmaster.t-online.de/index.en.html' };
const entry = entryFor(ABOUT);

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // T-Online: the bracketed code at the end names the cause.
  entry('tonline_dial', 'tonline', followedBy(/\bip=[0-9a-f.:]{3,45} - /gi, /\(dial\)/i), 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_ptr', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.tonline]),
  entry('tonline_rate', 'tonline', followedBy(/\bip=[0-9a-f.:]{3,45} - /gi, /\((?:tc|rl|tms)\)/i), 'ratelimited', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now'], [REF.tonline]),
  entry('tonline_block', 'tonline', anyOf(followedBy(/\bip=[0-9a-f.:]{3,45} - /gi, /\((?:bl|lp|nrl)\)/i), /tosa@rx\.t-online\.de/i), 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_blocklist', 'k_s_check_blocklist_ip'], BLOCK_DONTS, [REF.tonline]),
];
