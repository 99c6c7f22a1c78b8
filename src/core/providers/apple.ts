// iCloud Mail: its replies as the engine reads them (ROWS) and as the knowledge base explains
// them (ENTRIES). Shape, sources and order: table.ts.
import { REF } from '../knowledge/refs.ts';
import { entryFor, type ProviderAbout, type ProviderEntry, BLOCK_DONTS } from './entry.ts';
import { followedBy } from '../knowledge/matchers.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = {
  name: 'iCloud Mail',
  docs: 'https://support.apple.com/en-us/102322',
  hosts: ['icloud.com', 'me.com', 'mac.com', 'apple.com'],
};
const entry = entryFor(ABOUT);

/** The engine's rows (format: table.ts). */
export const ROWS = `
## authfailure
s dmarc policy
blocked for failing both spf and dkim autentication checks
## blocked
rejected due to having a domain present in the spamhaus
rejected due to listing in spamhaus
blocked - see https://support.proofpoint.com/dnsbl-lookup
not accepting connections
## hasmoved
recipient no longer on server
## mailboxfull
user is over quota
## norelaying
relay access denied
## notaccept
host/domain does not accept mail
## policyviolation
due to local policy
## rejected
sender address rejected
## speeding
due to excessive volume
## userunknown
inactive email address
user does not exist
unknown or illegal alias
`;

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // iCloud's bracketed filter codes ([CS01], [CS02], [HM08] …) with "rejected due to local policy":
  // Apple's own filter judged the sending server or the message (smtp.codes/icloud, Apple's postmaster page).
  entry('icloud_local_policy', 'apple', followedBy(/\[(?:cs|hm)\d{2}\]/gi, /\bmessage rejected due to local policy\b/i, 20), 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.icloud]),
  entry('icloud_volume', 'apple', /deferred due to excessive volume/i, 'ratelimited', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_retry_now'], [REF.icloud]),
];
