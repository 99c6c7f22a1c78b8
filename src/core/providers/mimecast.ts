// Mimecast: its replies as the engine reads them (ROWS) and as the knowledge base explains
// them (ENTRIES). Shape, sources and order: table.ts.
import { REF } from '../knowledge/refs.ts';
import { followedBy } from '../knowledge/matchers.ts';
import { entryFor, type ProviderAbout, type ProviderEntry, NO_RESEND, AUTH_DONTS, BLOCK_DONTS, LOGIN_DONTS } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = {
  name: 'Mimecast',
  docs: 'https://community.mimecast.com/docs/DOC-1369',
  hosts: ['mimecast'],
};
const entry = entryFor(ABOUT);

/** The engine's rows (format: table.ts). */
export const ROWS = `
## authfailure
spf sender invalid - envelope rejected
dkim sender invalid - envelope rejected
dmarc sender invalid - envelope rejected
## badreputation
internal resources are temporarily unavailable
local ct ip reputation - (reject)
## blocked
sender address blocked
recipient temporarily unavailable
ip temporarily blacklisted
## expired
journal messages past the expiration
## failedstarttls
this route requires encryption (tls)
this route requires tls version 1.2 or greater
this route requires high-strength ciphers
configuration is invalid for this certificate
## mesgtoobig
maximum email size exceeded
## networkerror
mail loop detected
## norelaying
open relay not allowed
open relay is not allowed
## notaccept
account inbounds disabled
## onhold
account outbounds disabled
hostname is not authorized
journal message past expiration
## policyviolation
anti-spoofing policy - inbound not allowed
rejected by header-based anti-spoofing policy
message bounced due to content examination policy
host network not allowed
host network, not allowed
## rejected
administrative prohibition envelope blocked
envelope blocked - user entry
envelope blocked - user domain entry
rejected by header-based manually blocked senders - block for manual block
rejected by header-based blocked senders - block policy for header from
envelope rejected - block policy for envelope from address
## securityerror
incorrect authentication data
submitter failed to disabled
submitter failed to authenticate
## systemerror
unable to process connection at this time
message ended early
unable to process command
unable to process an email at this time
## toomanyconn
account service is temporarily unavailable
too many recipients
exceeding outbound thread limit
## userunknown
invalid address
user unknown
invalid recipient
## virusdetected
email rejected due to security policies
`;

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  entry('mimecast_auth', 'mimecast', /(?:spf|dkim|dmarc) sender invalid - envelope rejected/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [REF.mimecast]),
  entry('mimecast_blocked_sender', 'mimecast', /envelope blocked|manually blocked senders|header-based blocked senders|header based manually blocked|header based blocked senders|block policy for (?:envelope|header) from/i, 'rejected', 'policy-reputation', 'recipient',
    ['k_s_recipient_admin', 'k_s_contact_recipient_other'], ['k_n_spam_tricks', 'k_n_resend'], [REF.mimecast]),
  entry('mimecast_spoofing', 'mimecast', /anti-spoofing policy/i, 'policyviolation', 'policy-reputation', 'recipient',
    ['k_s_recipient_admin', 'k_s_deliverability'], ['k_n_spam_tricks', 'k_n_resend'], [REF.mimecast]),
  entry('mimecast_relay', 'mimecast', /open relay (?:is )?not allowed/i, 'norelaying', 'recipient', 'recipient',
    ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], [REF.mimecast]),
  // Its temporary list for a sending IP that reached the server's limit: wait, it lifts by itself.
  entry('mimecast_ip_temporary_list', 'mimecast', /\bip temporarily blacklisted\b/i, 'ratelimited', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now'], [REF.mimecast]),
  entry('mimecast_reputation', 'mimecast', /local ct ip reputation/i, 'badreputation', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.mimecast]),
  entry('mimecast_security', 'mimecast', /email rejected due to security policies/i, 'virusdetected', 'content', 'sender',
    ['k_s_remove_attachment', 'k_s_scan_virus'], ['k_n_spam_tricks', 'k_n_resend'], [REF.mimecast]),
  entry('mimecast_content_policy', 'mimecast', /content examination policy/i, 'policyviolation', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_recipient_admin'], ['k_n_spam_tricks', 'k_n_resend'], [REF.mimecast]),
  entry('mimecast_tls', 'mimecast', /this route requires (?:encryption|tls|high-strength)/i, 'failedstarttls', 'port-encryption', 'sender-provider',
    ['k_s_ask_provider'], ['k_n_resend'], [REF.mimecast]),
  entry('mimecast_auth_data', 'mimecast', /submitter failed to authenticate/i, 'securityerror', 'credentials', 'sender',
    ['k_s_verify_login', 'k_s_reset_password'], LOGIN_DONTS, [REF.mimecast]),

  // Mimecast's documentation: greylisting (retried after a minute to 12 hours), or a poor sender reputation.
  entry('mimecast_resources', 'mimecast', /internal resources? (?:are )?temporarily unavailable/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.mimecast]),
  entry('mimecast_sender_blocked', 'mimecast', /\bsender address blocked\b/i, 'blocked', 'policy-reputation', 'recipient',
    ['k_s_recipient_admin', 'k_s_password_compromise'], ['k_n_spam_tricks', 'k_n_resend'], [REF.mimecast]),
  entry('mimecast_recipient_unavailable', 'mimecast', /recipient temporarily unavailable/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.mimecast]),
  entry('mimecast_journal_expired', 'mimecast', /journal messages past the expiration/i, 'expired', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.mimecast]),
  entry('mimecast_certificate', 'mimecast', /configuration is invalid for this certificate/i, 'failedstarttls', 'port-encryption', 'sender-provider',
    ['k_s_ask_provider'], ['k_n_resend'], [REF.mimecast]),
  entry('mimecast_size', 'mimecast', /maximum email size exceeded/i, 'emailtoolarge', 'content', 'sender',
    ['k_s_smaller_message', 'k_s_send_once_after_fix'], NO_RESEND, [REF.mimecast]),
  entry('mimecast_wrong_hostname', 'mimecast', /the incorrect hostname used for inbounds/i, 'networkerror', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], [REF.mimecast]),
  entry('mimecast_mail_loop', 'mimecast', /\bmail loop detected/i, 'networkerror', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.mimecast]),
  entry('mimecast_inbounds_disabled', 'mimecast', /account inbounds disabled/i, 'notaccept', 'recipient', 'recipient',
    ['k_s_contact_recipient_other'], ['k_n_own_settings', 'k_n_resend'], [REF.mimecast]),
  entry('mimecast_host_network', 'mimecast', /host network,? not allowed/i, 'policyviolation', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider'], BLOCK_DONTS, [REF.mimecast]),
  entry('mimecast_submitter', 'mimecast', /submitter failed to disabled/i, 'securityerror', 'credentials', 'sender',
    ['k_s_verify_login', 'k_s_reset_password'], LOGIN_DONTS, [REF.mimecast]),
  entry('mimecast_ended_early', 'mimecast', /message ended early/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend'], [REF.mimecast]),
  // Too many connections at once for the receiving account; the sending server's retry gets through.
  entry('mimecast_inbound_busy', 'mimecast', /account service is temporarily unavailable/i, 'toomanyconn', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_retry_now'], [REF.mimecast]),
  // Its 452 for more than 100 recipients asks the sending server to send the rest in a new round.
  entry('mimecast_recipient_batch', 'mimecast', followedBy(/\b452 too many recipients\b/gi, /mimecast/i, 120), 'toomanyconn', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_retry_now'], [REF.mimecast]),
  entry('mimecast_busy', 'mimecast', /exceeding outbound thread limit/i, 'ratelimited', 'policy-reputation', 'sender',
    ['k_s_sending_limit_wait', 'k_s_fewer_recipients'], ['k_n_retry_now'], [REF.mimecast]),
];
