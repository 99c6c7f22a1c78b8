// Cox: its replies as the engine reads them (ROWS) and as the knowledge base explains them
// (ENTRIES): Cox names its refusal in an "AUP#…" code (CXBL, CXDNS, IPBL0001 …), which says more
// than the words around it. Shape and sources: table.ts.
import { entryFor, type ProviderAbout, type ProviderEntry, BLOCK_DONTS } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Cox', docs: null, hosts: ['cox.net'] };

/** The engine's rows (format: table.ts). */
export const ROWS = `
## blocked code
cxbl
## requireptr code
cxdns
## authfailure code
cxsndr
## rejected code
cxsmtp
## toomanyconn code
cxcnct
cxmxrt
## blocked code
cdrbl
## securityerror code
cxthrt
cxmj
## blocked code
ipbl0001
ipbl0010
ipbl0100
ipbl0011
ipbl0101
ipbl0110
ipbl0111
ipbl1000
ipbl1001
ipbl1010
ipbl1011
ipbl1100
ipbl1101
ipbl1110
ipbl1111
ipbl00001
## spamdetected code
urlbl1001
## blocked
cox too many bad commands from
too many invalid recipients
## requireptr
dns check failure - try again later
rejected - no rdns
## policyviolation
esmtp no data before greeting
attachment extension is forbidden
## rejected
sender rejected
## systemerror
esmtp server temporarily not available
## toomanyconn
too many sessions from
requested action aborted: try again later
message threshold exceeded
## userunknown
recipient rejected
`;

const entry = entryFor(ABOUT);
const CODES = 'http://postmaster.cox.net/confluence/display/postmaster/Error+Codes';

/** The knowledge base's entries for its coded replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // CXBL: the sending IP is blocked by Cox; CDRBL: the same for up to 24 hours; IPBL…: the IP is on
  // one or more of the block lists Cox uses (Spamhaus, Return Path, Invaluement, Cloudmark).
  // CDRBL: a block of up to 24 hours; it lifts by itself, the sending server retries.
  entry('cox_temporary_block', 'cox', /\bcdrbl\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now'], [CODES]),
  entry('cox_blocked', 'cox', /\b(?:cxbl|ipbl[01]{4,5})\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [CODES]),
  // CXCNCT, CXMXRT: too many connections or messages from the sending IP for now.
  entry('cox_rate', 'cox', /\b(?:cxcnct|cxmxrt)\b/i, 'toomanyconn', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now'], [CODES]),
  // CXSNDR: the sender's domain failed its SPF/DKIM checks or does not resolve (no MX or A record).
  entry('cox_sender_domain', 'cox', /\bcxsndr\b/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_check_sender_exists'], ['k_n_dns_guess', 'k_n_resend'], [CODES]),
  // CXTHRT, CXMJ: sending stopped for suspicious activity on the sender's own Cox account.
  entry('cox_account_activity', 'cox', /\b(?:cxthrt|cxmj)\b/i, 'suspend', 'sender-account', 'sender',
    ['k_s_password_compromise', 'k_s_reset_password', 'k_s_ask_provider'], ['k_n_resend'], [CODES]),
  // CXDNS: the sending IP has no valid reverse DNS.
  entry('cox_rdns', 'cox', /\bcxdns\b/i, 'requireptr', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_ptr'], ['k_n_dns_guess', 'k_n_resend'], [CODES]),
  // URLBL…: a link in the message is on a block list of spam sites.
  entry('cox_url_blocklist', 'cox', /\burlbl\d{3,4}\b/i, 'spamdetected', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_send_once_after_fix'], ['k_n_spam_tricks', 'k_n_resend'], [CODES]),
];
