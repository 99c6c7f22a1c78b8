// GoDaddy: its replies as the engine reads them (ROWS) and as the knowledge base explains them
// (ENTRIES). GoDaddy numbers its refusals (IB…) and names the number in the reply; the number says
// more than the words around it. Shape and sources: table.ts.
import { entryFor, type ProviderAbout, type ProviderEntry, AUTH_DONTS, BLOCK_DONTS, NO_RESEND } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = {
  name: 'GoDaddy',
  docs: 'https://www.godaddy.com/help/email-bounce-error-codes-40685',
  hosts: ['secureserver.net'],
};

/** The engine's rows (format: table.ts). */
export const ROWS = `
## securityerror code
ib401
## notcompliantrfc code
ib501
ib502
## rejected code
ib506
## authfailure code
ib508
## requireptr code
ib108
## spamdetected code
ib212
## virusdetected code
ib705
## toomanyconn code
ib605
ib007
## speeding code
ib101
## blocked code
ib110
ib111
ib112
ib113
## speeding code
ib504
ib510
ib607
## badreputation code
ib103
## blocked code
ib104
ib105
ib106
## blocked
rbl reject
www.spamhaus.org/query/bl?ip=
## expired
has been in the queue too long
delivery timeout
## mailboxfull
account storage limit
## spamdetected
message rejected for spam or virus content
## suspend
account disabled
## systemerror
message is looping
## userunknown
recipient not found
account does not exist
`;

const entry = entryFor(ABOUT);
const BOUNCEBACKS = 'https://www.godaddy.com/help/what-does-my-email-bounceback-mean-3568';

/** The knowledge base's entries for its numbered replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // IB103-106: the sending IP is on a block list (Cloudmark CSI, Spamhaus SBL/XBL/PBL); IB110-113: it
  // was blocked for a while for spam or for mailing too many invalid recipients.
  entry('godaddy_ip_blocked', 'godaddy', /\bIB1(?:0[3-6]|1[0-3])\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [BOUNCEBACKS]),
  // IB007 too many sessions, IB504 / IB607 too many messages or recipients this hour from the IP.
  entry('godaddy_ip_rate', 'godaddy', /\bIB(?:007|504|607)\b/i, 'ratelimited', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now'], [BOUNCEBACKS]),
  // IB108: no valid reverse DNS for the sending IP.
  entry('godaddy_rdns', 'godaddy', /\bIB108\b/i, 'requireptr', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_ptr'], ['k_n_dns_guess', 'k_n_resend'], [BOUNCEBACKS]),
  // IB101 the server is busy; IB510 too many messages in one session: the sending server opens a new one.
  entry('godaddy_transient', 'godaddy', /\bIB(?:101|510)\b/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_retry_now'], [BOUNCEBACKS]),
  // IB212: the message's content was judged spam.
  entry('godaddy_spam', 'godaddy', /\bIB212\b/i, 'spamdetected', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_send_once_after_fix'], ['k_n_spam_tricks', 'k_n_resend'], [BOUNCEBACKS]),
  // IB401: logging in on GoDaddy's incoming servers: the mail program's outgoing server is set wrong.
  entry('godaddy_auth_inbound', 'godaddy', /\bIB401\b/i, 'securityerror', 'settings', 'sender',
    ['k_s_recheck_settings', 'k_s_check_server_name'], ['k_n_disable_auth'], [BOUNCEBACKS]),
  // IB501 / IB502 / IB506: the From address is blank, an IP address, or its domain is invalid.
  entry('godaddy_bad_from', 'godaddy', /\bIB50[126]\b/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_from', 'k_s_sender_address_set'], NO_RESEND, [BOUNCEBACKS]),
  // IB508: the sender's domain has an invalid SPF record.
  entry('godaddy_spf', 'godaddy', /\bIB508\b/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [BOUNCEBACKS]),
  // IB705: a virus in the message.
  entry('godaddy_virus', 'godaddy', /\bIB705\b/i, 'virusdetected', 'content', 'sender',
    ['k_s_scan_virus', 'k_s_remove_attachment'], NO_RESEND, [BOUNCEBACKS]),
];
