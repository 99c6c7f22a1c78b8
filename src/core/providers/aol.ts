// AOL: its replies as the engine reads them (ROWS) and as the knowledge base explains
// them (ENTRIES). Shape, sources and order: table.ts.
import { REF } from '../knowledge/refs.ts';
import { entryFor, type ProviderAbout, type ProviderEntry, BLOCK_DONTS } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'AOL', docs: 'https://postmaster.aol.com/error-codes', hosts: ['aol.com'] };
const entry = entryFor(ABOUT);

/** The engine's rows (format: table.ts). */
export const ROWS = `
## hostunknown
host or domain name not found
## notaccept
type=mx: malformed or unexpected name server reply
`;

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // AOL's bracketed reason codes: RLY:SN is a From address AOL does not allow from this server;
  // CON, DYN, RTR, HVU and IPTS codes refuse the sending server's IP (connections, dynamic ranges,
  // reputation, volume). Source: AOL's postmaster error pages, as quoted by Word to the Wise.
  entry('aol_rly_sn', 'aol', /\brly:sn\b/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_from'], ['k_n_resend'], []),
  entry('aol_ip_block', 'aol', /\b(?:con|dyn|rtr|hvu|ipts):[a-z0-9]{1,3}\b|\brly:b[1-3]\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, []),
  // AOL's 521 5.2.1: its filters will not take this message (spam-like content or sending pattern).
  entry('aol_not_accepted', 'aol', /aol will not accept delivery of this message/i, 'spamdetected', 'policy-reputation', 'sender-provider',
    ['k_s_check_content', 'k_s_ask_provider_reputation'], ['k_n_spam_tricks', 'k_n_resend'], [REF.aolAfterData]),
];
