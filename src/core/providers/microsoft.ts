// Microsoft 365 / Outlook.com: its replies as the engine reads them (ROWS) and as the knowledge base explains
// them (ENTRIES). Shape, sources and order: table.ts.
import { REF } from '../knowledge/refs.ts';
import { anyOf, followedBy } from '../knowledge/matchers.ts';
import { entryFor, type ProviderAbout, type ProviderEntry, NO_RESEND, AUTH_DONTS, BLOCK_DONTS, LOGIN_DONTS } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = {
  name: 'Microsoft 365 / Outlook.com',
  docs: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
  hosts: ['outlook.com', 'hotmail.', 'office365.', 'exchangelabs.com', 'microsoft.com', 'live.com', 'msn.com'],
};
const entry = entryFor(ABOUT);

/** The engine's rows (format: table.ts). */
export const ROWS = `
## authfailure 4.7.26
must pass either spf or dkim validation, this message is not signed
## authfailure 5.7.23
the message was rejected because of sender policy framework violation
## authfailure 5.7.509
does not pass dmarc verification
## badreputation 4.7.650
has been temporarily rate limited due to ip reputation
## blocked 4.4.2
connection dropped
## blocked 5.7.25
must have a reverse dns record
## blocked 5.7.506
access denied, bad helo
## blocked 5.7.507
access denied, rejected by recipient
## blocked 5.7.510
does not accept email over ipv6
## blocked 5.7.511
access denied, banned sender
## blocked 5.7.513
using customer block list
## blocked
access denied, banned sending ip
## blocked 5.5.4
invalid domain name
## blocked 5.7.1
part of their network is on our block list (s3150)
## contenterror 5.3.0
too many related errors
## contenterror 5.6.11
invalid characters
## contenterror 5.4.11
agent generated message depth exceeded
## contenterror 5.5.6
invalid message content
## exceedlimit 5.2.3
resolver.rst.recipsizelimit; message too large for this recipient
## expired 4.4.1
connection timed out
## expired 4.4.7
message delayed
message expired
## expired 5.4.300
message expired
## expired 5.4.316
message expired
## failedstarttls 4.4.8
failed mta-sts validation
## failedstarttls 5.4.8
failed mta-sts validation
## failedstarttls 4.4.317
starttls is required to send mail
## failedstarttls 5.4.317
starttls is required to send mail
## failedstarttls 4.7.5
remote certificate failed mta-sts validation
## failedstarttls 5.7.5
remote certificate failed mta-sts validation
## failedstarttls 5.7.51
restrictdomainstoipaddresses or restrictdomainstocertificate
## failedstarttls 4.7.321
starttls-not-supported: destination mail server must support tls to receive mail
## failedstarttls 5.7.321
starttls-not-supported: destination mail server must support tls to receive mail
## failedstarttls 5.7.322
certificate-expired: destination mail server's certificate is expired
## failedstarttls 4.7.323
tlsa-invalid: the domain failed dane validation
## failedstarttls 5.7.323
tlsa-invalid: the domain failed dane validation
## failedstarttls 4.7.324
dnssec-invalid: destination domain returned invalid dnssec records
## failedstarttls 5.7.324
dnssec-invalid: destination domain returned invalid dnssec records
## failedstarttls
certificate-host-mismatch: remote certificate must have a common name or subject alternative name matching the hostname (dane)
## mailboxfull 5.2.2
mailbox full
## mesgtoobig 5.3.4
message size exceeds fixed maximum message size
message too big for system
## networkerror 5.4.4
smtpsend.dns.nonexistentdomain; nonexistent domain
## networkerror 5.4.6
hop count exceeded - possible mail loop
## networkerror 4.4.312
dns query failed
## networkerror 5.4.312
dns query failed
## networkerror 4.4.316
connection refused
## networkerror 5.4.316
connection refused
## networkerror 5.4.4
invalid arguments
## networkerror 5.4.6
routing loop detected
## networkerror 5.4.14
routing loop detected
## norelaying 5.7.1
unable to relay
client was not authenticated
## norelaying 5.4.1
relay access denied
## norelaying 5.7.64
tenantattribution; relay access denied
## norelaying 5.4.310
does not exist
## notaccept 4.3.2
system not accepting network messages
## notaccept 4.4.4
hosted tenant which has no mail-enabled subscriptions
## notaccept 5.3.2
storedrv.deliver: missing or bad storedriver mdb properties
## policyviolation 5.0.350
x-dg-ref header is too long
requested action not taken: policy violation detected (as345)
## policyviolation
delivery not authorized, message refused
## rejected 5.1.7
invalid address
unknown sender address
## rejected 5.1.0
sender denied
## rejected 5.1.8
access denied, bad outbound sender
## rejected 5.7.1
delivery not authorized
## rejected 5.7.12
sender was not authenticated by organization
## rejected 5.7.124
sender not in allowed-senders list
## rejected 5.7.133
sender not authenticated for group
## rejected 5.7.134
sender was not authenticated for mailbox
## rejected 5.7.13
sender was not authenticated for public folder
## rejected 5.7.135
sender was not authenticated for public folder
## rejected 5.7.136
sender was not authenticated
## rejected
access denied, spam abuse detected
## rejected 5.7.512
access denied, message must be rfc 5322 section 3.6.2 compliant
## rejected 5.7.750
service unavailable. client blocked from sending from unregistered domains
## rejected
access denied, banned sender
## securityerror 5.7.3
cannot achieve exchange server authentication
not authorized
## securityerror 5.7.1
client was not authenticated
## securityerror 5.7.57
client was not authenticated to send anonymous mail during mail from
## spamdetected 5.2.1
content filter agent quarantined this message
## speeding 4.3.2
storedrv.deliver; recipient thread limit exceeded
## speeding 5.1.90
your message can't be sent because you've reached your daily limit for message recipients
## speeding 5.2.2
submission quota exceeded
## speeding 5.2.121
recipient's per hour message receive limit from specific sender exceeded
## speeding 5.2.122
recipient's per hour message receive limit exceeded
## speeding 5.7.508
has exceeded permitted limits within
## speeding
access denied, tenant has exceeded threshold
access denied, traffic not accepted from this ip
## suspend 5.7.504
recipient address rejected: access denied
## suspend 5.7.505
access denied, banned recipient
## suspend 5.2.1
mailbox cannot be accessed
## syntaxerror 5.3.3
unrecognized command
## syntaxerror 5.5.2
send hello first
## systemerror 4.3.2
service not available
service not active
## systemerror 5.3.5
system incorrectly configured
## systemerror 5.3.190
journaling on-premises messages to microsoft 365 or office 365 not supported when journaling archive is disabled
## systemerror 5.0.0
helo / ehlo requires domain address
## systemerror 5.1.4
destination mailbox address ambiguous
## systemerror 5.2.4
mailing list expansion problem
## systemerror 5.2.14
misconfigured forwarding address
## systemerror 4.4.3
temporary server error. please try again later attr18
## systemerror 4.7.0
temporary server error. please try again later. prx4 nexthop:
## systemerror 4.4.24
message failed to be replicated: insufficient system resource:
## systemerror 4.4.25
message failed to be replicated: no healthy secondary server available to accept replica at this time.
## systemerror 4.4.28
message failed to be replicated: the operation was canceled
## systemerror 4.4.318
(suspiciousremoteservererror)
## systemerror 5.4.318
(suspiciousremoteservererror)
## systemerror 4.7.500
server busy. please try again later from
## systemerror 4.7.700
pfa agent busy, please try again.
## systemfull 4.3.1
insufficient system resources
## toomanyconn 5.5.3
too many recipients
## toomanyconn 4.5.3
too many recipients
## toomanyconn 4.7.652
has exceeded the maximum number of connections
## toomanyconn 5.2.122
the recipient has exceeded their limit for
## userunknown 5.1.1
resolver.adr.exrecipnotfound; not found
user unknown
## userunknown 5.1.3
storedrv.submit; invalid recipient address
## userunknown
recipient address reserved by rfc 2606
## userunknown 5.1.6
recipient addresses in single label domains not accepted
## userunknown 5.1.1
bad destination mailbox address
## userunknown 5.1.10
recipient not found
## userunknown 5.4.1
recipient address rejected: access denied
## userunknown 5.5.0
requested action not taken: mailbox unavailable
## userunknown 5.1.2
invalid x.400 address
## userunknown 5.1.351
remote server returned unknown recipient or mailbox unavailable
## hostunknown
the mail could not be delivered to the recipient because the domain is not reachable
## userunknown
requested action not taken: mailbox unavailable
`;

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // Microsoft 365 / Exchange Online and Outlook.com.
  entry('ms_smtp_auth_disabled', 'microsoft', /smtpclientauthentication is disabled|\bbasic auth(?:entication)? is disabled\b/i, 'securityerror', 'settings', 'sender',
    ['k_s_m365_smtp_auth', 'k_s_try_webmail'], LOGIN_DONTS, [REF.microsoftSmtpAuth]),
  entry('ms_not_authenticated', 'microsoft', /5\.7\.57\b|client (?:was )?not authenticated to send/i, 'securityerror', 'settings', 'sender',
    ['k_s_enable_auth', 'k_s_verify_login', 'k_s_recheck_settings'], LOGIN_DONTS, [REF.microsoftNdr]),
  entry('ms_ip_not_accepted', 'microsoft', /5\.7\.7[0-4]\d\b|traffic not accepted from this ip|tenant has exceeded threshold/i, 'ratelimited', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.microsoftNdr]),
  entry('ms_banned_ip', 'microsoft', /5\.7\.6[0-4]\d\b|banned sending ip/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_blocklist', 'k_s_check_blocklist_ip'], BLOCK_DONTS, [REF.microsoftNdr, REF.microsoftSenderSupport]),
  // Its code only where the words name no spam verdict ("5.7.520 … content identified as spam. AS(4810)" is the filter's).
  entry('ms_external_forwarding', 'microsoft', /5\.7\.520\b(?![^\n]{0,160}\b(?:spam|AS\(\d{1,6}\)))|does not allow external forwarding/i, 'policyviolation', 'policy-reputation', 'sender-provider',
    ['k_s_forwarding_admin', 'k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_tls_destination', 'microsoft', /5\.7\.32[1-4]\b|destination mail server must support tls|destination mail server's certificate is expired|failed dane validation|returned invalid dnssec records/i, 'failedstarttls', 'port-encryption', 'recipient',
    ['k_s_contact_recipient_other'], ['k_n_own_settings', 'k_n_resend'], [REF.microsoftNdr]),
  entry('ms_dmarc', 'microsoft', /5\.7\.509\b|does not pass dmarc verification|5\.7\.515\b|doesn't meet the required authentication level/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [REF.microsoftNdr, REF.rfc7489]),
  entry('ms_spf', 'microsoft', anyOf(followedBy(/5\.7\.23\b/gi, /sender policy framework/i), /rejected because of sender policy framework/i), 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [REF.microsoftNdr, REF.rfc7208]),
  entry('ms_submission_quota', 'microsoft', /submission quota (?:was )?exceeded|daily limit for message recipients|5\.1\.90\b/i, 'ratelimited', 'sender-account', 'sender',
    ['k_s_daily_limit_wait', 'k_s_password_compromise', 'k_s_bulk_service'], ['k_n_retry_now', 'k_n_resend'], [REF.microsoftNdr]),
  entry('ms_receive_limit', 'microsoft', /5\.2\.12[12]\b|per hour message receive limit|limit for the number of messages they can receive per hour|limit for the number of messages they can send to this recipient/i, 'ratelimited', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_send_once_after_fix'], ['k_n_retry_now'], [REF.microsoftNdr]),
  entry('ms_recipient_access_denied', 'microsoft', anyOf(followedBy(/5\.4\.1\b/gi, /recipient address rejected: access denied/i), /all recipient addresses rejected ?: access denied/i), 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [REF.microsoftNdr], { '5.4.1': 'k_code_ms_5_4_1_recipient' }),

  entry('ms_recipient_not_found', 'microsoft', anyOf(followedBy(/5\.1\.10\b/gi, /recipient(?: \S{1,200})? not found/i), /recipient not found by smtp address lookup|resolver\.adr\.recipientnotfound/i), 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [REF.microsoftNdr], { '5.1.10': 'k_code_ms_5_1_10' }),
  // Exchange's own "<code> <x.y.z> COMPONENT.Category.Reason" tokens, read by their reason: the
  // recipient lookup (RESOLVER.ADR.…NotFound), the recipient count (RESOLVER.ADR.RecipLimit); the
  // delivery restrictions (RESOLVER.RST.…) are ms_group_restricted's.
  entry('ms_resolver_not_found', 'microsoft', /\bresolver\.adr\.(?:ex)?recip(?:ient)?notfound\b/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_resolver_recip_limit', 'microsoft', /\bresolver\.adr\.reciplimit\b/i, 'exceedlimit', 'policy-reputation', 'sender',
    ['k_s_fewer_recipients'], ['k_n_retry_now'], [REF.microsoftNdr]),
  entry('ms_recipient_disabled', 'microsoft', /5\.7\.50[45]\b|access denied, banned recipient/i, 'suspend', 'recipient', 'recipient',
    ['k_s_suspend_recipient'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_reserved_address', 'microsoft', /recipient address reserved by rfc 2606|recipient addresses in single label domains not accepted/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_exchange_auth', 'microsoft', anyOf(followedBy(/5\.7\.3\b/gi, /(?:not authorized|cannot achieve exchange server authentication)/i, 40), /cannot achieve exchange server authentication/i), 'securityerror', 'credentials', 'sender',
    ['k_s_ask_provider'], LOGIN_DONTS, [REF.microsoftNdr]),
  entry('ms_quarantined', 'microsoft', /content filter agent quarantined this message/i, 'spamdetected', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_deliverability'], ['k_n_spam_tricks', 'k_n_resend'], [REF.microsoftNdr]),
  // The recipient organisation's side is busy (its connections or its queue are at their limit):
  // retried by itself, nobody acts yet.
  entry('ms_org_capacity', 'microsoft', /concurrent connections per resource forest has exceeded a limit|organization queue quota exceeded/i, 'toomanyconn', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_retry_now'], [REF.microsoftNdr]),
  entry('ms_thread_limit', 'microsoft', /recipient thread limit exceeded/i, 'ratelimited', 'remote-transient', 'none',
    ['k_s_wait_retry'], ['k_n_retry_now'], [REF.microsoftNdr]),
  entry('ms_tenant_no_mail', 'microsoft', /hosted tenant which has no mail-enabled subscriptions/i, 'notaccept', 'recipient', 'recipient',
    ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], [REF.microsoftNdr]),
  // Microsoft's submission exceptions name the refused step of the sender's own submission
  // (STOREDRV.Submission.Exception:<Name>); the name decides, not the 5.2.0 beside it.
  entry('ms_send_as_denied', 'microsoft', /\bsendasdenied(?:exception)?\b|not allowed to send as\b/i, 'rejected', 'settings', 'sender',
    ['k_s_check_from', 'k_s_verify_login'], ['k_n_resend'], [REF.microsoftNdr, 'https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80)']),
  // MessageSubmissionExceeded (MapiExceptionMaxSubmissionExceeded) is the message's size over the submission limit: its words decide.
  entry('ms_submission_exception', 'microsoft', /\bstoredrv\.submi(?:ssion|t)\.exception:(?!sendasdenied|messagesubmissionexceeded)\w{1,80}/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_sender_exists', 'k_s_password_compromise'], ['k_n_resend'], [REF.microsoftNdr]),
  entry('ms_sender_denied', 'microsoft', anyOf(followedBy(/5\.1\.0\b/gi, /sender denied/i, 40), /access denied, bad outbound sender|unknown sender address/i), 'rejected', 'sender-account', 'sender',
    ['k_s_check_from', 'k_s_check_sender_exists'], ['k_n_resend'], [REF.microsoftNdr]),
  entry('ms_transient_server', 'microsoft', anyOf(/temporary server error\. please try again later/i, followedBy(/4\.3\.2\b/gi, /service not (?:available|active)/i, 40)), 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend'], [REF.microsoftNdr]),
  entry('ms_recipient_setup', 'microsoft', /destination mailbox address ambiguous|mailing list expansion problem|helo \/ ehlo requires domain address/i, 'systemerror', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_relay_denied', 'microsoft', anyOf(followedBy(/5\.4\.1\b/gi, /relay access denied/i), /5\.7\.64\b|tenantattribution/i), 'norelaying', 'recipient', 'recipient',
    ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], [REF.microsoftNdr], { '5.4.1': 'k_code_ms_5_4_1_relay' }),

  entry('ms_group_restricted', 'microsoft', /(?<!\()delivery not authorized|sender (?:was )?not authenticated (?:by organization|for group|for mailbox|for public folder)|\bresolver\.rst\.(?:authrequired|notauthorized|sendernotauthenticated[a-z]{0,40}|[a-z]{1,60}permission|externalsendersdisallowed)\b|sender not in allowed-senders list|5\.7\.13[3-6]\b|5\.7\.124\b/i, 'rejected', 'sender-account', 'recipient',
    ['k_s_recipient_admin', 'k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_rfc5322', 'microsoft', /5\.7\.512\b|must be rfc 5322 section 3\.6\.2 compliant/i, 'notcompliantrfc', 'content', 'sender',
    ['k_s_script_fix', 'k_s_update_software'], NO_RESEND, [REF.microsoftNdr, REF.rfc5322]),
  entry('ms_unregistered_domain', 'microsoft', /5\.7\.750\b|client blocked from sending from unregistered domains/i, 'rejected', 'sender-account', 'sender-provider',
    ['k_s_ask_provider'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_server_busy', 'microsoft', /server busy\. please try again later|pfa agent busy/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend'], [REF.microsoftNdr]),
  entry('ms_max_connections', 'microsoft', /4\.7\.652\b|has exceeded the maximum number of connections/i, 'ratelimited', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now'], [REF.microsoftNdr]),
  entry('ms_ip_limits', 'microsoft', /5\.7\.508\b|has exceeded permitted limits within/i, 'ratelimited', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.microsoftNdr]),
  entry('ms_banned_sender_ip', 'microsoft', /5\.7\.511\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.microsoftNdr]),
  entry('ms_spam_abuse', 'microsoft', /5\.7\.50[1-3]\b|access denied, spam abuse detected|access denied, banned sender/i, 'rejected', 'sender-account', 'sender',
    ['k_s_password_compromise', 'k_s_ask_provider'], ['k_n_resend', 'k_n_spam_tricks'], [REF.microsoftNdr]),
  entry('ms_bad_helo', 'microsoft', /5\.7\.506\b|access denied, bad helo/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider'], BLOCK_DONTS, [REF.microsoftNdr]),
  entry('ms_recipient_blocks', 'microsoft', /5\.7\.507\b|5\.7\.513\b|access denied, rejected by recipient|using customer block list/i, 'blocked', 'policy-reputation', 'recipient',
    ['k_s_recipient_admin', 'k_s_contact_recipient_other'], BLOCK_DONTS, [REF.microsoftNdr]),
  entry('ms_no_ipv6', 'microsoft', /5\.7\.510\b|does not accept email over ipv6/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider'], BLOCK_DONTS, [REF.microsoftNdr]),
  entry('ms_invalid_characters', 'microsoft', /5\.6\.11\b|invalid characters/i, 'contenterror', 'content', 'sender',
    ['k_s_plain_format', 'k_s_script_fix'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_message_expired', 'microsoft', anyOf(followedBy(/[45]\.4\.(?:300|316)\b/gi, /message expired/i, 40), /queue expired; message expired/i), 'expired', 'remote-transient', 'recipient',
    ['k_s_expired', 'k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_connection_refused', 'microsoft', anyOf(followedBy(/[45]\.4\.316\b/gi, /connection refused/i, 40), /connection refused \[message=socket error/i), 'networkerror', 'remote-transient', 'recipient',
    ['k_s_expired', 'k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_dns_failed', 'microsoft', /[45]\.4\.312\b|dns query failed/i, 'networkerror', 'remote-transient', 'recipient',
    ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], [REF.microsoftNdr]),
  entry('ms_routing_loop', 'microsoft', anyOf(followedBy(/5\.4\.(?:6|14)\b/gi, /(?:routing loop|mail loop)/i, 40), /routing loop detected|hop count exceeded - possible mail loop/i), 'networkerror', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_replication', 'microsoft', /4\.4\.2[4-8]\b|message failed to be replicated/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend'], [REF.microsoftNdr]),
  entry('ms_suspicious_remote', 'microsoft', /[45]\.4\.318\b|suspiciousremoteservererror/i, 'networkerror', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_journaling', 'microsoft', /5\.3\.190\b|journaling on-premises messages/i, 'systemerror', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_forwarding_misconfigured', 'microsoft', /5\.2\.14\b|misconfigured forwarding address/i, 'systemerror', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_policy_as345', 'microsoft', /5\.0\.350\b|x-dg-ref header is too long|policy violation detected \(as345\)/i, 'policyviolation', 'policy-reputation', 'recipient',
    ['k_s_recipient_admin', 'k_s_contact_recipient_other'], ['k_n_spam_tricks', 'k_n_resend'], [REF.microsoftNdr]),
  entry('ms_mta_sts', 'microsoft', /failed mta-sts validation|certificate-host-mismatch/i, 'failedstarttls', 'port-encryption', 'recipient',
    ['k_s_contact_recipient_other'], ['k_n_own_settings', 'k_n_resend'], [REF.microsoftNdr]),
  entry('ms_connector_restricted', 'microsoft', /5\.7\.51\b|restrictdomainsto(?:ipaddresses|certificate)/i, 'failedstarttls', 'port-encryption', 'sender-provider',
    ['k_s_ask_provider'], ['k_n_resend'], [REF.microsoftNdr]),
  entry('ms_access_denied_later', 'microsoft', anyOf(followedBy(/4\.7\.[5-8]\d\d\b/gi, /access denied/i), /access denied, please try again later/i), 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.microsoftNdr]),
  entry('outlook_s3150', 'microsoft', /\(S3150\)|part of their network is on our block list/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_blocklist', 'k_s_microsoft_delist'], BLOCK_DONTS, [REF.outlookPostmaster, REF.microsoftSenderSupport]),
  entry('outlook_domain_unreachable', 'microsoft', /could not be delivered to the recipient because the domain is not reachable/i, 'hostunknown', 'recipient', 'sender',
    ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], [REF.outlookPostmaster]),
  entry('outlook_mailbox_unavailable', 'microsoft', /requested action not taken: mailbox unavailable(?![\s\S]{0,80}\b(?:sender|from address|envelope from|mail from)\b)/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [REF.microsoftNdr]),
  entry('outlook_ip_rate_limited', 'microsoft', /4\.7\.65[01]\b|temporarily rate limited due to ip reputation/i, 'badreputation', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.outlookPostmaster]),
  // DY-001 / DY-002: mail straight from a dynamic (home) IP, or from a machine likely compromised.
  entry('outlook_dynamic_ip', 'microsoft', /\bDY-00[1-3]\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider', 'k_s_use_smtp_login'], BLOCK_DONTS, [REF.outlookPostmaster]),
  entry('outlook_sc_block', 'microsoft', /\bSC-00[1-4]\b|\bOU-00[12]\b|rejected by windows live hotmail for policy reasons/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_blocklist', 'k_s_microsoft_delist'], BLOCK_DONTS, [REF.outlookPostmaster]),

  // Outlook.com's hourly/daily limits per sending IP.
  entry('outlook_rate_limit', 'microsoft', /\bRP-00[1-3]\b|limits for how many messages can be sent per hour/i, 'ratelimited', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now'], [REF.outlookPostmaster]),

  // Microsoft 365: a server outside Microsoft would not relay the message (its set-up or the route to it).
  entry('ms_external_relay', 'microsoft', /couldn't relay your message|isn't correctly set up to receive and relay/i, 'norelaying', 'settings', 'recipient-provider',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], ['k_n_own_settings', 'k_n_resend'], [REF.microsoftNdr]),
];
