// Gmail / Google Workspace: its replies as the engine reads them (SESSION_STATES, ROWS) and as the
// knowledge base explains them (ENTRIES). Shape, sources and order: table.ts.
import type { Reason } from '../types.ts';
import { REF } from '../knowledge/refs.ts';
import { anyOf, followedBy } from '../knowledge/matchers.ts';
import { entryFor, type ProviderAbout, type ProviderEntry, NO_RESEND, AUTH_DONTS, BLOCK_DONTS, LOGIN_DONTS } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = {
  name: 'Gmail / Google Workspace',
  docs: 'https://support.google.com/a/answer/3726730',
  hosts: ['google.com', 'gmail.com', 'googlemail.com'],
  signatures: ['google tried to deliver your message'],
};
const entry = entryFor(ABOUT);

// Gmail's session states and what a refusal in each means (learnt from Sisimai's Lhost::Gmail,
// BSD-2, whose comments quote the replies seen in each state): 6 and 9 are the TLS handshake,
// 8 and 12 the login to the remote server, 13 its greeting, 14 the recipient, 15–18 the message
// itself (the server took the recipient, then refused the message: its filter).
export const SESSION_STATES: ReadonlyMap<string, Reason> = new Map<string, Reason>([
  ['6', 'failedstarttls'], ['8', 'systemerror'], ['9', 'failedstarttls'], ['12', 'norelaying'], ['13', 'blocked'],
  ['14', 'userunknown'], ['15', 'filtered'], ['17', 'filtered'], ['18', 'filtered'],
]);

/** The engine's rows (format: table.ts). */
export const ROWS = `
## authfailure 4.7.24
the spf record of the sending domain
## authfailure 5.7.24
the spf record of the sending domain
## authfailure 4.7.26
senders to authenticate with either spf or dkim
## authfailure 5.7.26
senders to authenticate with either spf or dkim
fails to pass spf checks for an spf record with a hard fail
has an spf record with a hard fail policy
## authfailure 4.7.26
is not accepted due to domain's dmarc policy
## authfailure 5.7.26
is not accepted due to domain's dmarc policy
## authfailure 5.7.1
fails to pass authentication checks
## authfailure 5.7.26
fails to pass authentication checks
## authfailure 4.7.27
senders to authenticate with spf
senders to authenticate their email with spf
## authfailure 5.7.27
senders to authenticate with spf
## authfailure 4.7.30
senders to authenticate their email with dkim
## authfailure 5.7.30
senders to authenticate with dkim
## authfailure 4.7.32
aligned with either the authenticated spf or dkim
## badreputation 4.7.0
very low reputation of the sending ip address
very low reputation of the sending domain
## badreputation 5.7.1
due to the very low reputation of the sending ip address
due to the very low reputation of the sending domain
## blocked 4.7.0
ip not in whitelist for rcpt domain
try again later, closing connection.
## blocked 5.5.4
empty helo/ehlo argument not allowed
helo/ehlo argument is invalid
## blocked 4.7.0
an unusual rate of unsolicited mail
## blocked 4.7.28
an unusual rate of mail
## blocked 5.7.1
an unusual rate of unsolicited mail
## blocked 5.7.28
an unusual rate of unsolicited mail
## exceedlimit 5.2.3
exceeded google's message size limits
## exceedlimit 5.3.4
exceeds google's limit of limit attachments.
your message exceeded google's message header size limits
bytes per individual header size
exceeds google's header name limit of
exceeds google's message header size limit
## expired 4.7.0
connection expired
## expired 4.4.2
timeout - closing connection
## failedstarttls 5.7.0
must issue a starttls command first
## failedstarttls 5.5.1
starttls may not be repeated
## failedstarttls 4.7.0
tls required for rcpt domain
## failedstarttls 4.7.29
senders to use tls/ssl for smtp
## failedstarttls 5.7.29
senders to use tls/ssl for smtp
## mailboxfull 4.2.2
inbox is out of storage space
## mailboxfull 5.2.2
inbox is out of storage space and inactive
## mailboxfull 4.2.2
is over quota
## mailboxfull 5.2.2
is over quota
## mailboxfull 5.7.1
email quota exceeded
## mesgtoobig 5.3.4
exceeded google's message size limits
exceeds google's message size limit of
## networkerror 5.4.6
message exceeded 50 hops
## networkerror 5.6.0
message exceeded 50 hops
## norelaying 5.7.0
mail relay denied
## norelaying 5.7.1
invalid credentials for relay
is not authorized to send email directly to our servers
## notcompliantrfc 5.7.1
missing a valid address in the from: header
multiple addresses in from: header are not accepted
is not rfc 5322 compliant
missing a valid message-id: header
contains a unicode character in a disallowed header
encoded-word syntax is not permitted
## notcompliantrfc 5.1.7
is not a valid rfc 5321 address
## notcompliantrfc 5.6.0
mail message is malformed
## policyviolation 5.7.0
illegal attachment on your message
blocked because its content presents a potential security issue
## policyviolation 5.7.1
you are sending to (or from) has a policy that prohibited
## policyviolation 4.7.28
sending messages with the same message-id:
## rejected 5.7.0
mail sending denied
## rejected 5.7.1
unauthenticated email is not accepted
## requireptr 4.7.0
does not have a ptr record
## requireptr 4.7.23
have a ptr record, or the ptr record
## requireptr 5.7.1
does not meet ipv6 sending guidelines regarding ptr records and authentication
## requireptr 5.7.25
does not have a ptr record
does not match the ip address of the hostname
## securityerror 4.7.0
too many login attempts
## securityerror 5.5.2
cannot decode response
## securityerror 5.7.0
no identity changes permitted
## securityerror 5.5.1
authentication required.
## securityerror 5.7.0
authentication required.
## securityerror 5.7.1
application-specific password required
## securityerror 5.7.9
application-specific password required
## securityerror 5.7.1
please log in with your web browser
## securityerror 5.7.9
please log in with your web browser
## securityerror 5.7.14
please log in through your web browser
## securityerror 5.7.1
username and password not accepted
## securityerror 5.7.8
username and password not accepted
## spamdetected 4.7.0
due to the nature of the content or the links within
## spamdetected 5.7.1
likely unsolicited mail
## speeding 4.2.1
is receiving mail too quickly
peak smtp relay limit exceeded for customer
rate that prevents additional messages from being delivered
## speeding 5.2.1
rate that prevents additional messages from being delivered
## speeding 5.4.5
daily sending quota exceeded
daily user sending limit exceeded
daily smtp relay limit exceeded for
## speeding 5.7.1
daily smtp relay limit exceeded for
daily smtp relay sending limit exceeded for
this mail has been rate limited
## suspend 5.2.1
account that you tried to reach is disabled
account that you tried to reach is inactive
## syntaxerror 5.7.10
smtp protocol violation
## syntaxerror 5.5.4
optional argument not permitted
## syntaxerror 5.7.11
syntax error
## syntaxerror 5.5.1
unimplemented command
unrecognized command
bad sequence of commands
ehlo/helo first
mail first
rcpt first
no data after bdat
## syntaxerror 5.7.4
unrecognized authentication type
xoauth is no longer supported
## syntaxerror 5.7.0
too many unauthenticated commands
## systemerror 4.3.0
temporary system problem
## systemerror 4.7.0
temporary system problem
## systemerror 4.4.5
server busy
## systemerror 4.3.0
multiple destination domains per transaction is unsupported
mail server has temporarily rejected this message
mail server temporarily rejected message
## systemerror 4.5.3
domain policy size per transaction exceeded
## toomanyconn 4.5.3
your message has too many recipients
## toomanyconn 5.5.3
too many recipients for this sender
## userunknown 5.1.1
the email account that you tried to reach does not exist
## userunknown 5.1.2
we weren't able to find the recipient domain
## userunknown 5.1.3
is not a valid rfc 5321 address
## hostunknown
responded with code nxdomain
domain name not found
## networkerror
had no relevant answers.
responded with code nxdomain
domain name not found
## notaccept
null mx
## userunknown
because the address couldn't be found. check for typos or unnecessary spaces and try again.
`;

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // Gmail's bulk-sender rule (4.7.29): the sending server did not use TLS; its provider must turn it on.
  entry('gmail_tls_bulk', 'google', /not using a tls connection|senders to use tls\/ssl for smtp/i, 'failedstarttls', 'port-encryption', 'sender-provider',
    ['k_s_ask_provider'], ['k_n_resend'], [REF.googleAuth]),
  entry('gmail_tls_required', 'google', /tls required for rcpt domain|tls für rcpt-domain erforderlich/i, 'failedstarttls', 'port-encryption', 'recipient-provider',
    ['k_s_ask_provider'], ['k_n_resend'], [REF.googleBlocked]),
  entry('gmail_ip_not_allowed', 'google', /ip not in whitelist for rcpt domain|ip nicht auf (?:der )?(?:wei(?:ß|ss)e[nr]? liste|zulassungsliste) für rcpt-domain/i, 'blocked', 'policy-reputation', 'recipient-provider',
    ['k_s_ask_provider'], BLOCK_DONTS, [REF.googleBlocked]),
  entry('gmail_bad_helo', 'google', /empty helo\/ehlo argument not allowed|helo\/ehlo argument is invalid/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider'], BLOCK_DONTS, [REF.googleBlocked]),
  entry('gmail_identity_change', 'google', /no identity changes permitted|cannot decode response/i, 'securityerror', 'credentials', 'sender',
    ['k_s_verify_login', 'k_s_update_software'], LOGIN_DONTS, [REF.googleAuth]),
  entry('gmail_relay_credentials', 'google', /invalid credentials for relay/i, 'norelaying', 'settings', 'sender',
    ['k_s_enable_auth', 'k_s_recheck_settings'], ['k_n_disable_auth', 'k_n_dns_for_client'], [REF.googleBlocked]),
  entry('gmail_app_password', 'google', /application-specific password required/i, 'securityerror', 'credentials', 'sender',
    ['k_s_app_password', 'k_s_verify_login'], LOGIN_DONTS, [REF.googleAuth], { '5.7.9': 'k_code_google_5_7_9' }),

  entry('gmail_web_login', 'google', /please log in (?:via|with|through) your web browser/i, 'securityerror', 'credentials', 'sender',
    ['k_s_google_signin', 'k_s_app_password'], LOGIN_DONTS, [REF.googleAuth]),
  entry('gmail_bad_credentials', 'google', /username and password not accepted/i, 'securityerror', 'credentials', 'sender',
    ['k_s_verify_login', 'k_s_app_password', 'k_s_try_webmail'], LOGIN_DONTS, [REF.googleAuth]),
  entry('gmail_login_attempts', 'google', /too many login attempts/i, 'securityerror', 'credentials', 'sender',
    ['k_s_lockout_wait', 'k_s_verify_login'], ['k_n_retry_now', 'k_n_share_password'], [REF.googleAuth]),
  entry('gmail_starttls_first', 'google', /must issue a starttls command first/i, 'failedstarttls', 'port-encryption', 'sender',
    ['k_s_use_secure_port', 'k_s_recheck_settings'], ['k_n_disable_auth', 'k_n_plain_port'], [REF.rfc3207]),
  entry('gmail_dmarc', 'google', /5\.7\.26\b|dmarc policy|unauthenticated email is not accepted from this domain|unauthenticated email from \S{1,200} is not accepted\b|fails to pass authentication checks|authenticate with either spf or dkim|aligned with either the authenticated spf or dkim/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [REF.googleAuth, REF.rfc7489]),
  entry('gmail_spf', 'google', anyOf(followedBy(/[45]\.7\.2[347]\b/gi, /spf/i), /spf record of the sending domain|authenticate (?:their email )?with spf|spf record with a hard fail/i), 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [REF.googleAuth, REF.rfc7208]),
  entry('gmail_dkim', 'google', /authenticate (?:their email )?with dkim/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [REF.googleAuth, REF.rfc6376]),
  entry('gmail_ptr', 'google', /[45]\.7\.25\b|does not have a ptr record|have a ptr record, or the ptr record|ptr records and authentication|does not match the ip address of the hostname/i, 'requireptr', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_ptr'], AUTH_DONTS, [REF.googleAuth]),
  entry('gmail_unsolicited_rate', 'google', /unusual (?:rate|amount) of (?:unsolicited )?e?-?mail/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation', 'k_s_deliverability'], BLOCK_DONTS, [REF.googleRate]),
  entry('gmail_low_reputation', 'google', /very low reputation of the sending/i, 'badreputation', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation', 'k_s_deliverability'], BLOCK_DONTS, [REF.googleBlocked]),
  entry('gmail_unsolicited', 'google', /likely unsolicited mail|nature of the content (?:and\/)?or the links within/i, 'spamdetected', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_deliverability'], ['k_n_spam_tricks', 'k_n_resend'], [REF.googleBlocked]),
  entry('gmail_direct_to_mx', 'google', /not authorized to send email directly to our servers/i, 'norelaying', 'settings', 'sender',
    ['k_s_recheck_settings', 'k_s_enable_auth'], ['k_n_disable_auth', 'k_n_dns_for_client'], [REF.googleBlocked]),
  // The same words under 550 5.2.1 are final for this message: nothing retries it.
  entry('gmail_receiving_too_fast_final', 'google', /\b5\.2\.1\b[^\n]{0,80}\breceiving mail at a rate\b/i, 'ratelimited', 'recipient', 'recipient',
    ['k_s_contact_recipient_other', 'k_s_send_once_after_fix'], ['k_n_retry_now', 'k_n_resend'], [REF.googleRate]),
  entry('gmail_receiving_too_fast', 'google', /receiving mail (?:too quickly|at a rate that prevents)|rate that prevents additional messages/i, 'ratelimited', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_send_once_after_fix'], ['k_n_retry_now'], [REF.googleRate]),
  entry('gmail_sending_limit', 'google', /daily (?:user )?sending (?:quota|limit) exceeded|daily smtp relay (?:sending )?limit exceeded|peak smtp relay limit/i, 'ratelimited', 'sender-account', 'sender',
    ['k_s_daily_limit_wait', 'k_s_bulk_service'], ['k_n_retry_now', 'k_n_resend'], [REF.googleRate]),
  entry('gmail_rate_limited', 'google', /this mail has been rate limited/i, 'ratelimited', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_sending_limit_wait'], ['k_n_retry_now', 'k_n_resend'], [REF.googleAuth]),
  // The sender's own address (the envelope's MAIL FROM) is not a valid address.
  entry('gmail_sender_syntax', 'google', /sender address \S{0,200} ?is not a valid rfc[- ]?5321 address/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_from', 'k_s_sender_address_set'], NO_RESEND, [REF.rfc5321]),
  // The same message (one Message-ID) sent over and over: a script or program repeating itself.
  entry('gmail_same_message_id', 'google', /exceeded (?:the|its) quota for sending messages (?:that have|with) the same message-id/i, 'ratelimited', 'policy-reputation', 'sender',
    ['k_s_script_fix', 'k_s_wait_retry'], ['k_n_retry_now', 'k_n_resend'], [REF.rfc5322]),
  entry('gmail_header', 'google', /missing a valid address in (?:the )?from: header|having no from: header|multiple addresses in from: header|is not rfc 5322 compliant|missing a valid message-id|unicode character in a disallowed header|encoded-word syntax is not permitted/i, 'notcompliantrfc', 'content', 'sender',
    ['k_s_script_fix', 'k_s_update_software'], NO_RESEND, [REF.rfc5322]),
  entry('gmail_security_content', 'google', /illegal attachment on your message|content presents a potential security issue/i, 'policyviolation', 'content', 'sender',
    ['k_s_remove_attachment', 'k_s_send_once_after_fix'], NO_RESEND, [REF.googleBlocked]),
  // Workspace's SMTP relay: the sending account is disabled or not a user of the Workspace domain
  // (support.google.com/a/answer/6140680#maildenied): the sender's own account, never a recipient's.
  entry('gmail_mail_sending_denied', 'google', /\bmail sending denied\b|\bsender account is disabled or not registered\b/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_sender_exists', 'k_s_ask_provider'], NO_RESEND, ['https://support.google.com/a/answer/6140680']),
  entry('gmail_disabled', 'google', /account that you tried to reach is (?:disabled|inactive)/i, 'suspend', 'recipient', 'recipient',
    ['k_s_suspend_recipient'], NO_RESEND, [REF.rfc3463]),
  entry('gmail_out_of_storage', 'google', /inbox is out of storage space|(?:user|account) is over (?:the )?quota|\bis over quota\b/i, 'mailboxfull', 'recipient', 'recipient',
    ['k_s_recipient_free_space', 'k_s_send_once_after_fix'], NO_RESEND, [REF.rfc3463]),
  entry('gmail_policy_prohibited', 'google', /has a policy that prohibited/i, 'policyviolation', 'policy-reputation', 'recipient',
    ['k_s_recipient_admin', 'k_s_contact_recipient_other'], ['k_n_spam_tricks', 'k_n_resend'], [REF.googleBlocked]),
];
