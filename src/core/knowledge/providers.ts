// Provider-specific replies (Microsoft 365 / Outlook.com, Gmail, Yahoo, Mimecast, Proofpoint,
// Barracuda, Spamhaus, SpamCop, cPanel/Exim): the text that identifies each, with its own
// meaning and steps. Codes and match texts are facts from the reference tables; the words are ours.
import type { Bucket, Reason } from '../types.ts';
import type { Actor, Advice } from './types.ts';
import { REF } from './refs.ts';
import { anyOf, followedBy, type TextMatcher } from './matchers.ts';
import { EntryIndex, KNOWLEDGE_GROUP } from './entry-index.ts';
import { PROVIDER_ABOUT, type ProviderId } from '../classify/provider-registry.ts';

export interface ProviderEntry extends Advice {
  id: string;
  /** The provider's id in the one provider list (classify/provider-registry.ts). */
  provider: ProviderId;
  /** Tested against the server's reply text (diagnostic), case-insensitive. */
  match: TextMatcher;
  reason: Reason;
  bucket: Bucket;
  /** The provider's own meaning of its status codes (catalogue names), replacing the registry's. */
  codes?: Readonly<Record<string, string>>;
  /** A heading of its own (catalogue name), where the reason's heading would contradict the meaning. */
  title?: string;
}

// On the recipient's side only the person's own mailbox (full, disabled) is theirs to fix;
// filters, blocks, forwarding, TLS and domain set-up are their mail provider's or admin's.
const MAILBOX_REASONS: ReadonlySet<Reason> = new Set(['mailboxfull', 'suspend', 'hasmoved']);

function entry(
  id: string, provider: ProviderId, match: TextMatcher, reason: Reason, bucket: Bucket, actor: Actor,
  steps: string[], donts: string[], references: string[], codes?: Record<string, string>,
): ProviderEntry {
  const who: Actor = actor === 'recipient' && !MAILBOX_REASONS.has(reason) ? 'recipient-provider' : actor;
  // The provider's own documentation goes with each of its entries.
  const docs = PROVIDER_ABOUT[provider].docs;
  const sources = docs && !references.includes(docs) ? [...references, docs] : references;
  return { id, provider, match, reason, bucket, actor: who, steps, donts, references: sources, ...(codes ? { codes } : {}) };
}

// Provider ids of the one provider list (classify/provider-registry.ts).
const MS: ProviderId = 'microsoft';
const OUTLOOK: ProviderId = 'microsoft';
const GOOGLE: ProviderId = 'google';
const YAHOO: ProviderId = 'yahoo';
const MIMECAST: ProviderId = 'mimecast';
const PROOFPOINT: ProviderId = 'proofpoint';
const BARRACUDA: ProviderId = 'barracuda';
const CPANEL: ProviderId = 'cpanel';

const NO_RESEND = ['k_n_resend'];
const GREYLIST_CODES = { '4.7.1': 'k_pc_greylisting', '4.2.0': 'k_pc_greylisting', '4.7.0': 'k_pc_greylisting' };
const AUTH_DONTS = ['k_n_dns_guess', 'k_n_resend'];
const BLOCK_DONTS = ['k_n_resend', 'k_n_blame_recipient'];
const LOGIN_DONTS = ['k_n_share_password', 'k_n_disable_auth'];

// Order matters: the first match wins, so narrower texts come before broader ones. A gap between
// a code and its wording is a followedBy() (matchers.ts), never a gap inside one pattern.
export const PROVIDER_ENTRIES: readonly ProviderEntry[] = [
  // Greylisting (RFC 6647): any receiver may ask an unknown sender to come back in a few minutes.
  // Its heading and its 4.7.1 say "come back later", not "the server had a problem" or "not allowed".
  { ...entry('greylisting', 'generic', /\b(?:greylist|graylist|grey-list)(?:ed|ing)?\b/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.rfc6647], GREYLIST_CODES), title: 'k_pt_greylisting' },

  // T-Online: the bracketed code at the end names the cause.
  entry('tonline_dial', 'tonline', followedBy(/\bip=[0-9a-f.:]{3,45} - /gi, /\(dial\)/i), 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_ptr', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.tonline]),
  entry('tonline_rate', 'tonline', followedBy(/\bip=[0-9a-f.:]{3,45} - /gi, /\((?:tc|rl|tms)\)/i), 'ratelimited', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now'], [REF.tonline]),
  entry('tonline_block', 'tonline', anyOf(followedBy(/\bip=[0-9a-f.:]{3,45} - /gi, /\((?:bl|lp|nrl)\)/i), /tosa@rx\.t-online\.de/i), 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_blocklist', 'k_s_check_blocklist_ip'], BLOCK_DONTS, [REF.tonline]),

  // 1&1 IONOS, WEB.DE and GMX (one platform, "Nemesis").
  entry('ionos_ptr', 'ionos', /bad dns ptr resource record/i, 'requireptr', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_ptr'], AUTH_DONTS, [REF.ionos]),
  entry('ionos_sender_dns', 'ionos', /invalid dns mx or a\/aaaa resource record/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_sender_exists', 'k_s_deliverability'], ['k_n_resend'], [REF.webde]),
  entry('ionos_policy', 'ionos', /reject due to policy restrictions/i, 'policyviolation', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation', 'k_s_deliverability'], BLOCK_DONTS, [REF.webde]),

  // cPanel / Exim: the host's own server.
  // "Verification failed for <x>" alone may be a recipient callout (ambiguity case A5): only
  // "Sender verify failed" says the sender was checked.
  entry('cpanel_sender_verify', CPANEL, /sender verify failed|\bcallout verification failed\b/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_sender_exists', 'k_s_check_from', 'k_s_new_account_wait'], ['k_n_resend', 'k_n_dns_for_client'], [REF.rfc5321]),
  entry('cpanel_turn_on_auth', CPANEL, /turn on smtp authentication in your mail client|not permitted to relay through this server without authentication/i, 'norelaying', 'settings', 'sender',
    ['k_s_enable_auth', 'k_s_recheck_settings'], ['k_n_disable_auth', 'k_n_dns_for_client'], [REF.rfc4954]),
  entry('cpanel_max_defers', CPANEL, /exceeded the max defers and failures per hour/i, 'ratelimited', 'sender-account', 'sender',
    ['k_s_defers_failures', 'k_s_sending_limit_wait', 'k_s_password_compromise'], ['k_n_retry_now', 'k_n_resend'], [REF.rfc3463]),
  entry('cpanel_max_emails', CPANEL, /exceeded the max emails per hour/i, 'ratelimited', 'sender-account', 'sender',
    ['k_s_sending_limit_wait', 'k_s_password_compromise', 'k_s_bulk_service'], ['k_n_retry_now', 'k_n_resend'], [REF.rfc3463]),
  entry('exim_retry_timeout', CPANEL, /(?<!\S: )retry timeout exceeded|all hosts have been failing for a long time/i, 'expired', 'remote-transient', 'recipient',
    ['k_s_expired', 'k_s_contact_recipient_other'], NO_RESEND, [REF.rfc5321]),
  entry('exim_unrouteable', CPANEL, /unrouteable address|all relevant mx records point to non-existent hosts/i, 'hostunknown', 'recipient', 'sender',
    ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], [REF.rfc5321]),
  entry('submission_from_mismatch', 'generic', /mail from must match authenticated user|sender address not owned by user/i, 'rejected', 'settings', 'sender',
    ['k_s_check_from', 'k_s_recheck_settings'], ['k_n_disable_auth', 'k_n_dns_for_client'], [REF.rfc4954]),

  // Microsoft 365 / Exchange Online and Outlook.com.
  entry('ms_smtp_auth_disabled', MS, /smtpclientauthentication is disabled/i, 'securityerror', 'settings', 'sender',
    ['k_s_m365_smtp_auth', 'k_s_try_webmail'], LOGIN_DONTS, [REF.microsoftSmtpAuth]),
  entry('ms_not_authenticated', MS, /5\.7\.57\b|client (?:was )?not authenticated to send/i, 'securityerror', 'settings', 'sender',
    ['k_s_enable_auth', 'k_s_verify_login', 'k_s_recheck_settings'], LOGIN_DONTS, [REF.microsoftNdr]),
  entry('ms_ip_not_accepted', MS, /5\.7\.7[0-4]\d\b|traffic not accepted from this ip|tenant has exceeded threshold/i, 'ratelimited', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.microsoftNdr]),
  entry('ms_banned_ip', MS, /5\.7\.6[0-4]\d\b|banned sending ip/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_blocklist', 'k_s_check_blocklist_ip'], BLOCK_DONTS, [REF.microsoftNdr, REF.microsoftSenderSupport]),
  entry('ms_external_forwarding', MS, /5\.7\.520\b|does not allow external forwarding/i, 'policyviolation', 'policy-reputation', 'recipient',
    ['k_s_forwarding_admin', 'k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_tls_destination', MS, /5\.7\.32[1-4]\b|destination mail server must support tls|destination mail server's certificate is expired|failed dane validation|returned invalid dnssec records/i, 'failedstarttls', 'port-encryption', 'recipient',
    ['k_s_contact_recipient_other'], ['k_n_own_settings', 'k_n_resend'], [REF.microsoftNdr]),
  entry('ms_dmarc', MS, /5\.7\.509\b|does not pass dmarc verification|5\.7\.515\b|doesn't meet the required authentication level/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [REF.microsoftNdr, REF.rfc7489]),
  entry('ms_spf', MS, anyOf(followedBy(/5\.7\.23\b/gi, /sender policy framework/i), /rejected because of sender policy framework/i), 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [REF.microsoftNdr, REF.rfc7208]),
  entry('ms_submission_quota', MS, /submission quota (?:was )?exceeded|daily limit for message recipients|5\.1\.90\b/i, 'ratelimited', 'sender-account', 'sender',
    ['k_s_daily_limit_wait', 'k_s_password_compromise', 'k_s_bulk_service'], ['k_n_retry_now', 'k_n_resend'], [REF.microsoftNdr]),
  entry('ms_receive_limit', MS, /5\.2\.12[12]\b|per hour message receive limit|limit for the number of messages they can receive per hour|limit for the number of messages they can send to this recipient/i, 'ratelimited', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_send_once_after_fix'], ['k_n_retry_now'], [REF.microsoftNdr]),
  entry('ms_recipient_access_denied', MS, anyOf(followedBy(/5\.4\.1\b/gi, /recipient address rejected: access denied/i), /all recipient addresses rejected ?: access denied/i), 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [REF.microsoftNdr], { '5.4.1': 'k_code_ms_5_4_1_recipient' }),

  entry('ms_recipient_not_found', MS, anyOf(followedBy(/5\.1\.10\b/gi, /recipient(?: \S{1,200})? not found/i), /recipient not found by smtp address lookup|resolver\.adr\.recipientnotfound/i), 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [REF.microsoftNdr], { '5.1.10': 'k_code_ms_5_1_10' }),
  entry('ms_recipient_disabled', MS, /5\.7\.50[45]\b|access denied, banned recipient/i, 'suspend', 'recipient', 'recipient',
    ['k_s_suspend_recipient'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_reserved_address', MS, /recipient address reserved by rfc 2606|recipient addresses in single label domains not accepted/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_exchange_auth', MS, anyOf(followedBy(/5\.7\.3\b/gi, /(?:not authorized|cannot achieve exchange server authentication)/i, 40), /cannot achieve exchange server authentication/i), 'securityerror', 'credentials', 'sender',
    ['k_s_ask_provider'], LOGIN_DONTS, [REF.microsoftNdr]),
  entry('ms_quarantined', MS, /content filter agent quarantined this message/i, 'spamdetected', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_deliverability'], ['k_n_spam_tricks', 'k_n_resend'], [REF.microsoftNdr]),
  entry('ms_thread_limit', MS, /recipient thread limit exceeded/i, 'ratelimited', 'remote-transient', 'none',
    ['k_s_wait_retry'], ['k_n_retry_now'], [REF.microsoftNdr]),
  entry('ms_tenant_no_mail', MS, /hosted tenant which has no mail-enabled subscriptions/i, 'notaccept', 'recipient', 'recipient',
    ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], [REF.microsoftNdr]),
  entry('ms_sender_denied', MS, anyOf(followedBy(/5\.1\.0\b/gi, /sender denied/i, 40), /access denied, bad outbound sender|unknown sender address/i), 'rejected', 'sender-account', 'sender',
    ['k_s_check_from', 'k_s_check_sender_exists'], ['k_n_resend'], [REF.microsoftNdr]),
  entry('ms_transient_server', MS, anyOf(/temporary server error\. please try again later/i, followedBy(/4\.3\.2\b/gi, /service not (?:available|active)/i, 40)), 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend'], [REF.microsoftNdr]),
  entry('ms_recipient_setup', MS, /destination mailbox address ambiguous|mailing list expansion problem|helo \/ ehlo requires domain address/i, 'systemerror', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_relay_denied', MS, anyOf(followedBy(/5\.4\.1\b/gi, /relay access denied/i), /5\.7\.64\b|tenantattribution/i), 'norelaying', 'recipient', 'recipient',
    ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], [REF.microsoftNdr], { '5.4.1': 'k_code_ms_5_4_1_relay' }),

  entry('ms_group_restricted', MS, /delivery not authorized|sender (?:was )?not authenticated (?:by organization|for group|for mailbox|for public folder)|sender not in allowed-senders list|5\.7\.13[3-6]\b|5\.7\.124\b/i, 'rejected', 'sender-account', 'recipient',
    ['k_s_recipient_admin', 'k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_rfc5322', MS, /5\.7\.512\b|must be rfc 5322 section 3\.6\.2 compliant/i, 'notcompliantrfc', 'content', 'sender',
    ['k_s_script_fix', 'k_s_update_software'], NO_RESEND, [REF.microsoftNdr, REF.rfc5322]),
  entry('ms_unregistered_domain', MS, /5\.7\.750\b|client blocked from sending from unregistered domains/i, 'rejected', 'sender-account', 'sender-provider',
    ['k_s_ask_provider'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_server_busy', MS, /server busy\. please try again later|pfa agent busy/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend'], [REF.microsoftNdr]),
  entry('ms_max_connections', MS, /4\.7\.652\b|has exceeded the maximum number of connections/i, 'ratelimited', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now'], [REF.microsoftNdr]),
  entry('ms_ip_limits', MS, /5\.7\.508\b|has exceeded permitted limits within/i, 'ratelimited', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.microsoftNdr]),
  entry('ms_banned_sender_ip', MS, /5\.7\.511\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.microsoftNdr]),
  entry('ms_spam_abuse', MS, /5\.7\.50[1-3]\b|access denied, spam abuse detected|access denied, banned sender/i, 'rejected', 'sender-account', 'sender',
    ['k_s_password_compromise', 'k_s_ask_provider'], ['k_n_resend', 'k_n_spam_tricks'], [REF.microsoftNdr]),
  entry('ms_bad_helo', MS, /5\.7\.506\b|access denied, bad helo/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider'], BLOCK_DONTS, [REF.microsoftNdr]),
  entry('ms_recipient_blocks', MS, /5\.7\.507\b|5\.7\.513\b|access denied, rejected by recipient|using customer block list/i, 'blocked', 'policy-reputation', 'recipient',
    ['k_s_recipient_admin', 'k_s_contact_recipient_other'], BLOCK_DONTS, [REF.microsoftNdr]),
  entry('ms_no_ipv6', MS, /5\.7\.510\b|does not accept email over ipv6/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider'], BLOCK_DONTS, [REF.microsoftNdr]),
  entry('ms_invalid_characters', MS, /5\.6\.11\b|invalid characters/i, 'contenterror', 'content', 'sender',
    ['k_s_plain_format', 'k_s_script_fix'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_message_expired', MS, anyOf(followedBy(/[45]\.4\.(?:300|316)\b/gi, /message expired/i, 40), /queue expired; message expired/i), 'expired', 'remote-transient', 'recipient',
    ['k_s_expired', 'k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_connection_refused', MS, anyOf(followedBy(/[45]\.4\.316\b/gi, /connection refused/i, 40), /connection refused \[message=socket error/i), 'networkerror', 'remote-transient', 'recipient',
    ['k_s_expired', 'k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_dns_failed', MS, /[45]\.4\.312\b|dns query failed/i, 'networkerror', 'remote-transient', 'recipient',
    ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], [REF.microsoftNdr]),
  entry('ms_routing_loop', MS, anyOf(followedBy(/5\.4\.(?:6|14)\b/gi, /(?:routing loop|mail loop)/i, 40), /routing loop detected|hop count exceeded - possible mail loop/i), 'networkerror', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_replication', MS, /4\.4\.2[4-8]\b|message failed to be replicated/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend'], [REF.microsoftNdr]),
  entry('ms_suspicious_remote', MS, /[45]\.4\.318\b|suspiciousremoteservererror/i, 'networkerror', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_journaling', MS, /5\.3\.190\b|journaling on-premises messages/i, 'systemerror', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_forwarding_misconfigured', MS, /5\.2\.14\b|misconfigured forwarding address/i, 'systemerror', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.microsoftNdr]),
  entry('ms_policy_as345', MS, /5\.0\.350\b|x-dg-ref header is too long|policy violation detected \(as345\)/i, 'policyviolation', 'policy-reputation', 'recipient',
    ['k_s_recipient_admin', 'k_s_contact_recipient_other'], ['k_n_spam_tricks', 'k_n_resend'], [REF.microsoftNdr]),
  entry('ms_mta_sts', MS, /failed mta-sts validation|certificate-host-mismatch/i, 'failedstarttls', 'port-encryption', 'recipient',
    ['k_s_contact_recipient_other'], ['k_n_own_settings', 'k_n_resend'], [REF.microsoftNdr]),
  entry('ms_connector_restricted', MS, /5\.7\.51\b|restrictdomainsto(?:ipaddresses|certificate)/i, 'failedstarttls', 'port-encryption', 'sender-provider',
    ['k_s_ask_provider'], ['k_n_resend'], [REF.microsoftNdr]),
  entry('ms_access_denied_later', MS, anyOf(followedBy(/4\.7\.[5-8]\d\d\b/gi, /access denied/i), /access denied, please try again later/i), 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.microsoftNdr]),
  entry('outlook_s3150', OUTLOOK, /\(S3150\)|part of their network is on our block list/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_blocklist', 'k_s_microsoft_delist'], BLOCK_DONTS, [REF.outlookPostmaster, REF.microsoftSenderSupport]),
  entry('outlook_domain_unreachable', OUTLOOK, /could not be delivered to the recipient because the domain is not reachable/i, 'hostunknown', 'recipient', 'sender',
    ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], [REF.outlookPostmaster]),
  entry('outlook_mailbox_unavailable', OUTLOOK, /requested action not taken: mailbox unavailable/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [REF.microsoftNdr]),
  entry('outlook_ip_rate_limited', OUTLOOK, /4\.7\.65[01]\b|temporarily rate limited due to ip reputation/i, 'badreputation', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.outlookPostmaster]),
  entry('outlook_sc_block', OUTLOOK, /\bSC-00[124]\b|\bOU-00[12]\b|rejected by windows live hotmail for policy reasons/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_blocklist', 'k_s_microsoft_delist'], BLOCK_DONTS, [REF.outlookPostmaster]),

  // Spamhaus / SpamCop / Barracuda / Proofpoint listings (used by many receivers).
  entry('spamhaus_domain', 'spamhaus', /mailfrom domain is listed in spamhaus|dbl\.spamhaus\.org|listed in spamhaus dbl/i, 'blocked', 'policy-reputation', 'sender',
    ['k_s_spamhaus_domain', 'k_s_ask_provider'], BLOCK_DONTS, [REF.spamhaus]),
  entry('spamhaus_ip', 'spamhaus', /spamhaus/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist', 'k_s_spamhaus_lookup'], BLOCK_DONTS, [REF.spamhaus]),
  entry('spamcop', 'spamcop', /spamcop/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_spamcop_wait', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.spamcop]),
  entry('barracuda_reputation', BARRACUDA, /barracuda reputation|barracudacentral/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.barracuda]),
  entry('barracuda_content', BARRACUDA, /rejected due to spam url in content|rejecting banned content/i, 'spamdetected', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_send_once_after_fix'], ['k_n_spam_tricks', 'k_n_resend'], [REF.barracuda]),
  { ...entry('barracuda_greylisted', BARRACUDA, /greylisted for \d+ minutes/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry'], ['k_n_resend_delay'], [REF.rfc5321], GREYLIST_CODES), title: 'k_pt_greylisting' },
  entry('barracuda_policy_abuse', BARRACUDA, /policy rejection- abuse/i, 'rejected', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.barracuda]),
  entry('barracuda_blocked', BARRACUDA, followedBy(/permanent failure for one or more recipients \(/gi, /:blocked\)/i, 200), 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.barracuda]),
  entry('proofpoint_blocked', PROOFPOINT, /prs\.proofpoint\.com|support\.proofpoint\.com\/dnsbl-lookup/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.proofpoint]),
  entry('cloudmark_blocked', PROOFPOINT, /cloudmark sender intelligence/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.proofpoint]),
  entry('proofpoint_dmarc', PROOFPOINT, /rejected per sender's dmarc policy/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [REF.rfc7489]),

  // Mimecast.
  entry('mimecast_auth', MIMECAST, /(?:spf|dkim|dmarc) sender invalid - envelope rejected/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [REF.mimecast]),
  entry('mimecast_blocked_sender', MIMECAST, /envelope blocked|manually blocked senders|header-based blocked senders|header based manually blocked|header based blocked senders|block policy for (?:envelope|header) from/i, 'rejected', 'policy-reputation', 'recipient',
    ['k_s_recipient_admin', 'k_s_contact_recipient_other'], ['k_n_spam_tricks', 'k_n_resend'], [REF.mimecast]),
  entry('mimecast_spoofing', MIMECAST, /anti-spoofing policy/i, 'policyviolation', 'policy-reputation', 'recipient',
    ['k_s_recipient_admin', 'k_s_deliverability'], ['k_n_spam_tricks', 'k_n_resend'], [REF.mimecast]),
  entry('mimecast_relay', MIMECAST, /open relay (?:is )?not allowed/i, 'norelaying', 'recipient', 'recipient',
    ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], [REF.mimecast]),
  entry('mimecast_reputation', MIMECAST, /local ct ip reputation|ip temporarily blacklisted/i, 'badreputation', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.mimecast]),
  entry('mimecast_security', MIMECAST, /email rejected due to security policies/i, 'virusdetected', 'content', 'sender',
    ['k_s_remove_attachment', 'k_s_scan_virus'], ['k_n_spam_tricks', 'k_n_resend'], [REF.mimecast]),
  entry('mimecast_content_policy', MIMECAST, /content examination policy/i, 'policyviolation', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_recipient_admin'], ['k_n_spam_tricks', 'k_n_resend'], [REF.mimecast]),
  entry('mimecast_tls', MIMECAST, /this route requires (?:encryption|tls|high-strength)/i, 'failedstarttls', 'port-encryption', 'sender-provider',
    ['k_s_ask_provider'], ['k_n_resend'], [REF.mimecast]),
  entry('mimecast_auth_data', MIMECAST, /submitter failed to authenticate/i, 'securityerror', 'credentials', 'sender',
    ['k_s_verify_login', 'k_s_reset_password'], LOGIN_DONTS, [REF.mimecast]),

  // Mimecast's documentation: greylisting (retried after a minute to 12 hours), or a poor sender reputation.
  entry('mimecast_resources', MIMECAST, /internal resources? (?:are )?temporarily unavailable/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.mimecast]),
  entry('mimecast_sender_blocked', MIMECAST, /\bsender address blocked\b/i, 'blocked', 'policy-reputation', 'recipient',
    ['k_s_recipient_admin', 'k_s_password_compromise'], ['k_n_spam_tricks', 'k_n_resend'], [REF.mimecast]),
  entry('mimecast_recipient_unavailable', MIMECAST, /recipient temporarily unavailable/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.mimecast]),
  entry('mimecast_journal_expired', MIMECAST, /journal messages past the expiration/i, 'expired', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.mimecast]),
  entry('mimecast_certificate', MIMECAST, /configuration is invalid for this certificate/i, 'failedstarttls', 'port-encryption', 'sender-provider',
    ['k_s_ask_provider'], ['k_n_resend'], [REF.mimecast]),
  entry('mimecast_size', MIMECAST, /maximum email size exceeded/i, 'emailtoolarge', 'content', 'sender',
    ['k_s_smaller_message', 'k_s_send_once_after_fix'], NO_RESEND, [REF.mimecast]),
  entry('mimecast_wrong_hostname', MIMECAST, /the incorrect hostname used for inbounds/i, 'networkerror', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], [REF.mimecast]),
  entry('mimecast_mail_loop', MIMECAST, /\bmail loop detected/i, 'networkerror', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.mimecast]),
  entry('mimecast_inbounds_disabled', MIMECAST, /account inbounds disabled/i, 'notaccept', 'recipient', 'recipient',
    ['k_s_contact_recipient_other'], ['k_n_own_settings', 'k_n_resend'], [REF.mimecast]),
  entry('mimecast_host_network', MIMECAST, /host network,? not allowed/i, 'policyviolation', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider'], BLOCK_DONTS, [REF.mimecast]),
  entry('mimecast_submitter', MIMECAST, /submitter failed to disabled/i, 'securityerror', 'credentials', 'sender',
    ['k_s_verify_login', 'k_s_reset_password'], LOGIN_DONTS, [REF.mimecast]),
  entry('mimecast_ended_early', MIMECAST, /message ended early/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend'], [REF.mimecast]),
  entry('mimecast_busy', MIMECAST, /account service is temporarily unavailable|exceeding outbound thread limit/i, 'ratelimited', 'policy-reputation', 'sender',
    ['k_s_sending_limit_wait', 'k_s_fewer_recipients'], ['k_n_retry_now'], [REF.mimecast]),

  // Yahoo.
  entry('yahoo_tss09', YAHOO, /\[TSS09\]|will be permanently deferred/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.yahooCodes]),
  entry('yahoo_tss04', YAHOO, /\[TSS0[24]\]|\[TS0[1236]\]|\[GL01\]|deferred due to unexpected volume or user complaints/i, 'badreputation', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.yahooCodes]),
  entry('yahoo_spamhaus', YAHOO, /\[BL2\d\]/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.yahooCodes, REF.spamhaus]),
  entry('yahoo_auth', YAHOO, /yahoo requires all senders to authenticate/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [REF.yahooCodes], { '5.7.9': 'k_code_yahoo_5_7_9_auth' }),

  entry('yahoo_policy', YAHOO, /\[PH01\]|not accepted for policy reasons/i, 'policyviolation', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_deliverability'], ['k_n_spam_tricks', 'k_n_resend'], [REF.yahooCodes], { '5.7.9': 'k_code_yahoo_5_7_9' }),

  entry('yahoo_unresolvable_sender', YAHOO, /unresolvable rfc\.?5321 domain/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_sender_exists', 'k_s_new_account_wait'], ['k_n_resend'], [REF.yahooCodes]),
  entry('yahoo_max_per_connection', YAHOO, /max message per connection reached/i, 'ratelimited', 'policy-reputation', 'none',
    ['k_s_wait_retry'], ['k_n_retry_now'], [REF.yahooCodes]),
  entry('yahoo_no_account', YAHOO, /\bdd this user doesn'?t have a\b|\bmailbox not found\b/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [REF.yahooCodes]),
  entry('yahoo_headers', YAHOO, /headers are not rfc compliant/i, 'notcompliantrfc', 'content', 'sender',
    ['k_s_script_fix', 'k_s_update_software'], NO_RESEND, [REF.yahooCodes]),
  entry('yahoo_relaying', YAHOO, /\brelaying denied for\b/i, 'norelaying', 'settings', 'sender',
    ['k_s_enable_auth', 'k_s_recheck_settings'], ['k_n_disable_auth', 'k_n_dns_for_client'], [REF.yahooCodes]),
  entry('yahoo_disabled', YAHOO, /this mailbox is disabled|\bis no longer valid\b/i, 'suspend', 'recipient', 'recipient',
    ['k_s_suspend_recipient'], NO_RESEND, [REF.yahooCodes]),

  // Gmail / Google Workspace.
  // Gmail's bulk-sender rule (4.7.29): the sending server did not use TLS; its provider must turn it on.
  entry('gmail_tls_bulk', GOOGLE, /not using a tls connection|senders to use tls\/ssl for smtp/i, 'failedstarttls', 'port-encryption', 'sender-provider',
    ['k_s_ask_provider'], ['k_n_resend'], [REF.googleAuth]),
  entry('gmail_tls_required', GOOGLE, /tls required for rcpt domain|tls für rcpt-domain erforderlich/i, 'failedstarttls', 'port-encryption', 'recipient-provider',
    ['k_s_ask_provider'], ['k_n_resend'], [REF.googleBlocked]),
  entry('gmail_ip_not_allowed', GOOGLE, /ip not in whitelist for rcpt domain|ip nicht auf (?:der )?wei(?:ß|ss)e[nr]? liste für rcpt-domain/i, 'blocked', 'policy-reputation', 'recipient-provider',
    ['k_s_ask_provider'], BLOCK_DONTS, [REF.googleBlocked]),
    entry('gmail_bad_helo', GOOGLE, /empty helo\/ehlo argument not allowed|helo\/ehlo argument is invalid/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider'], BLOCK_DONTS, [REF.googleBlocked]),
  entry('gmail_identity_change', GOOGLE, /no identity changes permitted|cannot decode response/i, 'securityerror', 'credentials', 'sender',
    ['k_s_verify_login', 'k_s_update_software'], LOGIN_DONTS, [REF.googleAuth]),
  entry('gmail_relay_credentials', GOOGLE, /invalid credentials for relay/i, 'norelaying', 'settings', 'sender',
    ['k_s_enable_auth', 'k_s_recheck_settings'], ['k_n_disable_auth', 'k_n_dns_for_client'], [REF.googleBlocked]),
  entry('gmail_app_password', GOOGLE, /application-specific password required/i, 'securityerror', 'credentials', 'sender',
    ['k_s_app_password', 'k_s_verify_login'], LOGIN_DONTS, [REF.googleAuth], { '5.7.9': 'k_code_google_5_7_9' }),

  entry('gmail_web_login', GOOGLE, /please log in (?:via|with|through) your web browser/i, 'securityerror', 'credentials', 'sender',
    ['k_s_google_signin', 'k_s_app_password'], LOGIN_DONTS, [REF.googleAuth]),
  entry('gmail_bad_credentials', GOOGLE, /username and password not accepted/i, 'securityerror', 'credentials', 'sender',
    ['k_s_verify_login', 'k_s_app_password', 'k_s_try_webmail'], LOGIN_DONTS, [REF.googleAuth]),
  entry('gmail_login_attempts', GOOGLE, /too many login attempts/i, 'securityerror', 'credentials', 'sender',
    ['k_s_lockout_wait', 'k_s_verify_login'], ['k_n_retry_now', 'k_n_share_password'], [REF.googleAuth]),
  entry('gmail_starttls_first', GOOGLE, /must issue a starttls command first/i, 'failedstarttls', 'port-encryption', 'sender',
    ['k_s_use_secure_port', 'k_s_recheck_settings'], ['k_n_disable_auth', 'k_n_plain_port'], [REF.rfc3207]),
  entry('gmail_dmarc', GOOGLE, /5\.7\.26\b|dmarc policy|fails to pass authentication checks|authenticate with either spf or dkim|aligned with either the authenticated spf or dkim/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [REF.googleAuth, REF.rfc7489]),
  entry('gmail_spf', GOOGLE, anyOf(followedBy(/[45]\.7\.2[347]\b/gi, /spf/i), /spf record of the sending domain|authenticate (?:their email )?with spf|spf record with a hard fail/i), 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [REF.googleAuth, REF.rfc7208]),
  entry('gmail_dkim', GOOGLE, /authenticate (?:their email )?with dkim/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [REF.googleAuth, REF.rfc6376]),
  entry('gmail_ptr', GOOGLE, /[45]\.7\.25\b|does not have a ptr record|have a ptr record, or the ptr record|ptr records and authentication|does not match the ip address of the hostname/i, 'requireptr', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_ptr'], AUTH_DONTS, [REF.googleAuth]),
  entry('gmail_unsolicited_rate', GOOGLE, /unusual rate of (?:unsolicited )?mail/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation', 'k_s_deliverability'], BLOCK_DONTS, [REF.googleRate]),
  entry('gmail_low_reputation', GOOGLE, /very low reputation of the sending/i, 'badreputation', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation', 'k_s_deliverability'], BLOCK_DONTS, [REF.googleBlocked]),
  entry('gmail_unsolicited', GOOGLE, /likely unsolicited mail|nature of the content (?:and\/)?or the links within/i, 'spamdetected', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_deliverability'], ['k_n_spam_tricks', 'k_n_resend'], [REF.googleBlocked]),
  entry('gmail_direct_to_mx', GOOGLE, /not authorized to send email directly to our servers/i, 'norelaying', 'settings', 'sender',
    ['k_s_recheck_settings', 'k_s_enable_auth'], ['k_n_disable_auth', 'k_n_dns_for_client'], [REF.googleBlocked]),
  entry('gmail_receiving_too_fast', GOOGLE, /receiving mail (?:too quickly|at a rate that prevents)|rate that prevents additional messages/i, 'ratelimited', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_send_once_after_fix'], ['k_n_retry_now'], [REF.googleRate]),
  entry('gmail_sending_limit', GOOGLE, /daily (?:user )?sending (?:quota|limit) exceeded|daily smtp relay (?:sending )?limit exceeded|peak smtp relay limit/i, 'ratelimited', 'sender-account', 'sender',
    ['k_s_daily_limit_wait', 'k_s_bulk_service'], ['k_n_retry_now', 'k_n_resend'], [REF.googleRate]),
  entry('gmail_rate_limited', GOOGLE, /this mail has been rate limited/i, 'ratelimited', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_sending_limit_wait'], ['k_n_retry_now', 'k_n_resend'], [REF.googleAuth]),
  entry('gmail_header', GOOGLE, /missing a valid address in the from: header|multiple addresses in from: header|is not rfc 5322 compliant|missing a valid message-id|unicode character in a disallowed header|encoded-word syntax is not permitted/i, 'notcompliantrfc', 'content', 'sender',
    ['k_s_script_fix', 'k_s_update_software'], NO_RESEND, [REF.rfc5322]),
  entry('gmail_security_content', GOOGLE, /illegal attachment on your message|content presents a potential security issue/i, 'policyviolation', 'content', 'sender',
    ['k_s_remove_attachment', 'k_s_send_once_after_fix'], NO_RESEND, [REF.googleBlocked]),
  entry('gmail_disabled', GOOGLE, /account that you tried to reach is (?:disabled|inactive)/i, 'suspend', 'recipient', 'recipient',
    ['k_s_suspend_recipient'], NO_RESEND, [REF.rfc3463]),
  entry('gmail_out_of_storage', GOOGLE, /inbox is out of storage space|(?:user|account) is over (?:the )?quota|\bis over quota\b/i, 'mailboxfull', 'recipient', 'recipient',
    ['k_s_recipient_free_space', 'k_s_send_once_after_fix'], NO_RESEND, [REF.rfc3463]),
  entry('gmail_policy_prohibited', GOOGLE, /has a policy that prohibited/i, 'policyviolation', 'policy-reputation', 'recipient',
    ['k_s_recipient_admin', 'k_s_contact_recipient_other'], ['k_n_spam_tricks', 'k_n_resend'], [REF.googleBlocked]),
  // Zoho Mail (the receiving domain's own filters).
  entry('zoho_destination_policy', 'zoho', /mail rejected by destination domain|mailbox delivery restricted by policy/i, 'policyviolation', 'policy-reputation', 'recipient-provider',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], ['k_n_own_settings', 'k_n_resend'], [REF.zoho], { '5.4.1': 'k_code_zoho_5_4_1' }),

  entry('zoho_outgoing_blocked', 'zoho', /email outgoing blocked/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_mailbox', 'k_s_password_compromise', 'k_s_ask_provider'], ['k_n_resend'], [REF.zoho]),

  // Outlook.com's hourly/daily limits per sending IP.
  entry('outlook_rate_limit', OUTLOOK, /\bRP-00[1-3]\b|limits for how many messages can be sent per hour/i, 'ratelimited', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now'], [REF.outlookPostmaster]),

  // iCloud: the recipient's address is receiving too much right now.
  // iCloud's bracketed filter codes ([CS01], [CS02], [HM08] …) with "rejected due to local policy":
  // Apple's own filter judged the sending server or the message (smtp.codes/icloud, Apple's postmaster page).
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
  entry('icloud_local_policy', 'apple', followedBy(/\[(?:cs|hm)\d{2}\]/gi, /\bmessage rejected due to local policy\b/i, 20), 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.icloud]),
  entry('icloud_volume', 'apple', /deferred due to excessive volume/i, 'ratelimited', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_retry_now'], [REF.icloud]),

  // cPanel/Exim's own summary when the remote side could not be reached or refused.
  entry('cpanel_could_not_deliver', CPANEL, /the account or domain may not exist, they may be blacklisted/i, 'hostunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_recipient_domain_check', 'k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], [REF.cpanelExim]),
  entry('exim_lines_too_long', CPANEL, /lines too long for transport/i, 'contenterror', 'content', 'sender',
    ['k_s_plain_format', 'k_s_script_fix'], NO_RESEND, [REF.eximSpec]),

  // Wordings any server uses, last: the providers' own entries above are more exact.
  // Each names a family of wordings (several servers, one meaning), never one server's sentence.
  // The sender's own account was stopped for unusual or suspicious sending (often a stolen password).
  entry('unusual_activity', 'generic', /\b(?:unusual|suspicious) (?:account |sending |login )?activity\b|\baccount (?:has been |is |was )?(?:temporarily )?suspended (?:due to|for|because of) (?:abuse|spam)\b/i, 'suspend', 'sender-account', 'sender',
    ['k_s_password_compromise', 'k_s_ask_provider'], ['k_n_resend'], [REF.zohoUsage]),
  // Too many connections from the sending server's IP: its provider's sending pattern, not the person.
  entry('ip_connection_limit', 'generic', /\btoo many (?:concurrent |simultaneous )?(?:smtp )?connections(?: from (?:your|this|the sending) (?:ip|host|server|client))?\b/i, 'toomanyconn', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now'], [REF.rfc5321]),
  // The message's own structure (MIME, headers) is broken: the program or script that made it must change.
  entry('malformed_message', 'generic', /\binvalid mime\b|\bmessage is malformed\b|\bheader error\b|\bmalformed (?:mime|message|headers?)\b/i, 'notcompliantrfc', 'content', 'sender',
    ['k_s_script_fix', 'k_s_update_software'], NO_RESEND, [REF.rfc5322]),
  // The sending server introduced itself (HELO/EHLO) with a name the receiver will not take: the
  // sending server's set-up (a mail program sending straight to the receiver is told the same).
  entry('helo_rejected', 'generic', /\b(?:invalid|bad|illegal) helo\b|\bhelo command rejected\b/i, 'rejected', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider'], ['k_n_resend'], [REF.rfc5321]),
  // The recipient's own mailbox gets more mail than it may take right now: it clears by itself.
  entry('recipient_flooded', 'generic', /\b(?:mailbox|recipient|user) (?:has )?received too (?:much|many) (?:e-?mail|mail|messages)\b|\bis receiving mail (?:too quickly|at too high a rate)\b/i, 'ratelimited', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_retry_now'], [REF.rfc3463]),
  // A refusal "for policy reasons" without saying whose: the sending server's provider can ask why.
  entry('policy_reject', 'generic', /\b(?:reject(?:ed)?|refused|denied) (?:due to|because of|for) (?:local )?polic(?:y|ies)(?: violations?| reasons| restrictions)?\b|\bpolicy violation\b/i, 'policyviolation', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation', 'k_s_deliverability'], ['k_n_resend'], [REF.rfc3463]),
  // German: the sending domain or account may not send (stopped or ended by the provider).
  entry('de_sending_not_allowed', 'generic', /\b(?:domain|konto|absender) darf nicht (?:mehr )?(?:senden|versenden)\b|\bkonto (?:wurde )?(?:beendet|gekündigt)\b/i, 'suspend', 'sender-account', 'sender',
    ['k_s_ask_provider'], ['k_n_resend'], [REF.rfc5321]),
  // The receiver's rule against the attachment or file type: the sender changes the attachment.
  entry('attachment_policy', 'generic', /\b(?:due to|because of|by) (?:an? |the )?(?:attachment|file[- ]type) (?:policy|filter|restriction)|\b(?:attachment|file) type (?:is )?not (?:allowed|permitted)\b|\battachment extension is forbidden\b|\bdo not accept messages containing [a-z ]{0,40}attachments\b|\b(?:forbidden|prohibited|banned|disallowed|dangerous|unsafe|blocked) (?:attachment|file)(?: name)?(?: extension| type)?s?\b|\bforbidden_file_extension\b|\bexecutable (?:attachment|file|content)s?\b|\battachment (?:name |file )?extension\b/i, 'policyviolation', 'content', 'sender',
    ['k_s_remove_attachment', 'k_s_send_once_after_fix'], NO_RESEND, [REF.rfc3463]),
  // The receiver blocked the message without saying why (Gmail's "Message blocked", a filter's
  // "message has been blocked"): its filters judged the message or the server that sent it.
  entry('message_blocked', 'generic', /\byour message to \S{1,200} has been blocked\b|\bmessage (?:has been |was |is )?blocked\b(?! by (?:the )?recipient| due to| because)/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_content', 'k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.rfc3463]),
  // An access list that names the sending IP, host or domain ("no access for this ip").
  entry('no_access_for_sender', 'generic', /\bno access for (?:this|your) (?:ip|host|domain|sender|user)\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.rfc5321]),
  // The recipient's own server could not write the message (mailbox or forward file permissions).
  entry('local_delivery_failed', 'generic', /\bcan'?t create (?:user )?output(?: file)?\b|\bcannot create (?:user )?output\b/i, 'mailererror', 'remote-transient', 'recipient-provider',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], NO_RESEND, [REF.rfc5321]),
  // The sender's domain cannot be looked up, so the receiver will not take mail from it.
  entry('sender_domain_unresolvable', 'generic', /\bfrom:? ?domain must resolve\b|\bsender domain (?:must resolve|does not resolve)\b|\bdomain of sender address \S{1,200} does not exist\b/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_from', 'k_s_check_sender_exists'], ['k_n_resend'], [REF.rfc5321]),
  // SPF, DKIM or DMARC did not pass (any receiver's wording): the sending domain's records or signing.
  entry('auth_check_failed', 'generic', /\b(?:failed|fails|did not pass|didn't pass) (?:the |its )?(?:spf|dkim|dmarc)(?: checks?| validation| verification| authentication)?\b|\b(?:spf|dkim|dmarc) (?:check |validation |verification |authentication )?(?:failed|failure)\b|\brejected by (?:spf|dkim|dmarc) polic(?:y|ies)\b|\b(?:spf|dkim|dmarc)(?: signature| record| alignment)? (?:is )?(?:required|missing|not found)\b/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_ask_provider'], ['k_n_dns_guess', 'k_n_resend'], [REF.rfc3463]),
  // The receiver's content rules (not a spam score): the message itself must change.
  entry('content_policy', 'generic', /\b(?:due to|because of|by) (?:the )?content (?:restrictions?|polic(?:y|ies)|rules?)\b|\bmessage content rejected\b|\binvalid message content\b/i, 'policyviolation', 'content', 'sender',
    ['k_s_check_content', 'k_s_remove_attachment'], NO_RESEND, [REF.rfc3463]),
  // The receiver judged the sending server or domain by its reputation (any filter's wording).
  entry('reputation_refused', 'generic', /\b(?:based on|due to|because of) (?:its |your |the |their )?(?:current |poor |low |bad )?(?:sender |sending |ip |domain )?reputation\b|\b(?:poor|low|bad) (?:sender |sending |ip |domain )?reputation\b|\btoo much spam from (?:your|this)\b|\b(?:labell?ed|marked|flagged|identified|known|listed) as (?:a )?(?:source of spam|spam source|spammer)\b|\bunerwünschte[rn]? e-?mails von ihrer ip\b/i, 'badreputation', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation', 'k_s_deliverability'], BLOCK_DONTS, [REF.rfc3463]),
  // The sending server's IP has no proper reverse DNS (PTR) name: its provider sets that, never the person.
  entry('reverse_dns', 'generic', /\breverse dns\b|\brdns\b|\bptr record\b|\breverse (?:host ?name|lookup)\b/i, 'requireptr', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_ptr'], ['k_n_dns_guess', 'k_n_resend'], [REF.rfc5321]),
  // Postfix: the receiving server refused the connection at its greeting (usually the sending IP).
  entry('greeting_refused', 'generic', /\brefused to talk to me\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.postfixBounce]),
  // Exim's log line for a delivery it will try again ("== addr R=… T=… defer (-53): …").
  entry('exim_defer', 'generic', /\bdefer \(-?\d{1,3}\):/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.eximSpec]),
  // Microsoft 365: a server outside Microsoft would not relay the message (its set-up or the route to it).
  entry('ms_external_relay', MS, /couldn't relay your message|isn't correctly set up to receive and relay/i, 'norelaying', 'settings', 'recipient-provider',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], ['k_n_own_settings', 'k_n_resend'], [REF.microsoftNdr]),
  // The receiver's own rule against this sender (a user's or admin's block entry, a policy list,
  // "not allowed to send to", an access list): only the recipient's side can lift it (Mimecast,
  // Barracuda, Exchange, Postfix access maps, Thunderbird Pro's bounce guide).
  entry('recipient_policy_block', 'generic', anyOf(
    /\benvelope blocked\b|\bpolicy[- ]level block ?list\b|\brecipient result: blocked\b|\bmarked your (?:e-?mail|message) as spam\b|\bblocked by (?:the )?recipient\b|\b(?:permanently )?blocked (?:the )?delivery\b/i,
    /\bnot allowed to (?:send (?:mail |e-?mail |messages )?to|connect)\b|\bunauthenticated (?:mail|e-?mail) (?:is )?not allowed\b|\b(?:client host|sender address|recipient address) rejected: access denied\b|\byour access to submit messages\b|\bnot accepting (?:e-?mail|mail|messages) from (?:this|the|your) sender\b/i,
    /\bviolates [a-z0-9.-]{1,100} (?:e-?mail )?policy\b|\bphrase filter\b|\brecipient'?s? organi[sz]ation(?:'s)? polic(?:y|ies)\b/i,
  ), 'policyviolation', 'policy-reputation', 'recipient-provider',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], ['k_n_own_settings', 'k_n_resend'], [REF.rfc3463]),
  // The receiver refused the sender's address itself (either word order), when no rule above
  // named a reason: the person's own address or its domain is in question.
  entry('sender_refused', 'generic', /\b(?:rejected|refused|denied|den(?:y|ies)|refuses|rejects) the sender\b|\bmail from (?:address )?(?:is )?invalid\b|\binvalid (?:mail from|sender(?: address)?)\b|\b(?:fake|forged|spoofed) sender\b|\bsender (?:address )?(?:was |is )?(?:rejected|refused|denied)\b(?!: (?:access denied|not logged in|not owned))/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_from', 'k_s_check_sender_exists'], ['k_n_resend'], [REF.rfc5321]),
  // The address is not one the receiver has: said without "user unknown".
  entry('recipient_invalid', 'generic', /\bnot a valid (?:recipient|mailbox|(?:e-?mail )?address)\b|\brecipient verification (?:failed|problem|error)\b|\bno such (?:mailbox|user|recipient|account)\b|\bneed fully-qualified address\b|\brecipient cannot be verified\b|\bmust specify a domain name\b|\bmailbox name not allowed\b|\b(?:wasn't|was not) found at\b|\bunknown to address\b|\brecipient (?:e-?mail )?add?ress (?:is )?(?:unknown|invalid)\b|\b(?:e-?mail )?address (?:is )?marked as invalid\b|\binvalid (?:or relocated )?recipient\b|\b(?:does not|doesn't) have an account\b|\baddress (?:is )?(?:invalid or )?malformed\b|\baddress was deleted\b|\badd?ress?ee unknown\b|\bbad (?:destination |recipient )?(?:mailbox )?address\b|\bno longer (?:on (?:this |the )?server|exists?)\b|\bno mailbox\b/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [REF.rfc3463]),
  // A mailbox that exists but is switched off (inactive, disabled, deactivated): the recipient's own.
  entry('recipient_inactive', 'generic', /\b(?:inactive|disabled|deactivated) (?:user|account|mailbox)\b|\b(?:account|mailbox) (?:is |has been )?(?:inactive|disabled|deactivated)\b|\b(?:user|recipient|mailbox) (?:is |has been )?(?:locked|frozen)\b|\baccount has been disabled\b|\b(?:account|mailbox) (?:is |has been )?closed\b|\bnot accepting (?:e-?mail|mail|messages) for (?:this|that|the) (?:account|user|mailbox|address)\b|\b(?:konto|postfach) (?:ist |wurde )?(?:deaktiviert|gesperrt|geschlossen)\b/i, 'suspend', 'recipient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [REF.rfc3463]),
  // RFC 5321's own text for 552: the recipient's storage is used up.
  entry('storage_exceeded', 'generic', /\bexceeded storage allocation\b|\b(?:account |mailbox |user |maildir )?(?:is )?over ?quota\b|\b(?:inbox|mailbox) (?:is )?(?:full|over ?full)\b|\bmailbox (?:size )?limit exceeded\b|\bover (?:storage |disk )?quota\b|\b(?:exhausted|used up) (?:(?:its|the|their|all|allowed) ){0,2}(?:storage|disk) space\b|\bmailbox (?:has )?(?:reached|exceeded) (?:its |the )?(?:maximum |max )?(?:allowed )?(?:size|limit|capacity|quota)\b|\bexceed (?:the )?(?:maximum |max )?mailbox size\b/i, 'mailboxfull', 'recipient', 'recipient',
    ['k_s_recipient_free_space', 'k_s_send_once_after_fix'], NO_RESEND, [REF.rfc5321]),
  // The sender's own allowance (a relay's quota, a host's hourly limit), whatever the code says.
  entry('sender_over_limit', 'generic', /\byou have exceeded your (?:[a-z]{1,20} ){0,2}(?:quota|limit)\b|\bsend(?:ing)? quota (?:exceeded|reached)\b|\bexceeded the max(?:imum)? (?:e-?mails|messages) per (?:hour|day)\b|\bmax(?:imum)? (?:number of )?(?:e-?mails|messages) per (?:session|connection|hour|day)\b|\b(?:daily|hourly|monthly|per (?:second|minute|hour|day)) (?:message |sending |e-?mail |send )?(?:limit|quota) (?:exceeded|reached)\b|\bmessages? per (?:second|minute|hour|day) limit\b|\b(?:sending|outgoing|relay|smtp|policy rejection\W{0,3}) ?quota (?:exceeded|reached)\b|\bzu viele e-?mails in zu kurzer zeit\b|\bsende(?:kontingent|limit|quota) (?:ist )?(?:überschritten|erreicht|erschöpft)\b/i, 'ratelimited', 'sender-account', 'sender',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_resend'], [REF.rfc3463]),
  // Exchange 5.7.60 and others: the login may not send with this From address.
  entry('send_as_denied', 'generic', /\bnot have permissions? to send as\b|\bnot (?:allowed|authori[sz]ed|permitted) to send as\b/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_from'], ['k_n_resend'], [REF.rfc5321]),
  // The sending server broke the SMTP protocol (a software or set-up fault on the sending side).
  entry('protocol_violation', 'generic', /\bsmtp protocol violation\b|\bno commands allowed to pipeline\b/i, 'syntaxerror', 'settings', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_resend'], [REF.rfc5321]),
  entry('virus_found', 'generic', /\bcontains? (?:a |some )?(?:virus|malware)\b|\b(?:virus|malware) (?:detected|found)\b|\binfected with\b|\b(?:rejected|refused|blocked) (?:due to|because of) (?:a )?virus\b/i, 'virusdetected', 'content', 'sender',
    ['k_s_scan_virus', 'k_s_remove_attachment'], NO_RESEND, [REF.rfc3463]),
  entry('spam_content', 'generic', /\bspam content\b|\b(?:identified|classified|detected) as spam\b|\bals spam (?:eingestuft|erkannt)\b|\bspamverdacht\b/i, 'spamdetected', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_deliverability'], ['k_n_spam_tricks', 'k_n_resend'], [REF.rfc3463]),
  entry('message_too_large', 'generic', /\b(?:attachment|message|mail) (?:is |size is )?too long\b|\bmessage (?:is |file )?too (?:large|big)\b|\bmessage size exceeds\b|\bexceeds? (?:the )?(?:maximum |global |fixed )?(?:message )?size\b|\b(?:e-?mail|message) size exceeded\b|\bbecause it is too large\b|\bnachricht (?:ist )?zu groß/i, 'emailtoolarge', 'content', 'sender',
    ['k_s_smaller_message', 'k_s_send_once_after_fix'], NO_RESEND, [REF.rfc5321]),
  // Exim's default refusal by its administrator's access lists ("Administrative prohibition").
  entry('admin_prohibition', 'generic', /\badministrative prohibition\b/i, 'policyviolation', 'policy-reputation', 'recipient-provider',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], ['k_n_own_settings', 'k_n_resend'], [REF.eximSpec]),
  // A block that names the sending server, its IP or connection, with no list named: the receiver
  // judged the sending server (its provider's to sort out), not the person's program.
  entry('sender_server_blocked', 'generic', /\b(?:cmsmtp|smtp|ip|ip address|host|server|connection|sender ip) (?:is |has been |was )?(?:temporarily )?(?:blocked|banned)\b(?! by (?:the )?recipient)|\b\d{1,3}(?:\.\d{1,3}){3}\]?>? (?:is |has been |was )?(?:temporarily )?blocked\b(?! by (?:the )?recipient)|\bblocked for (?:abuse|spam(?:ming)?)\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation', 'k_s_deliverability'], BLOCK_DONTS, [REF.rfc3463]),
  entry('blocklist_listed', 'generic', /\b(?:rbl|dnsbl) (?:deny|denied|reject(?:ed)?|block(?:ed)?)\b|\bblack ?ip\b|\bblocked using (?:[a-z0-9.-]{1,100}\.[a-z]{2,}|barracuda|spamhaus|spamcop|sorbs)|\b(?:in|on) (?:(?:a|the|our) )?(?:black|block) ?list\b|\blisted (?:at|in|on) [a-z0-9.-]{0,60}(?:bl|dnsbl|rbl)\b|\bdnsbl\b|\bip(?: address)? (?:is |has been |was )?(?:listed|black ?listed|block ?listed)\b|\bip(?:-adresse)? (?:ist |wurde |wird |werden )?(?:vorübergehend )?(?:blockiert|gesperrt)\b|\bauf (?:einer|der) (?:sperrliste|blacklist|blockliste)\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.spamhaus]),
  entry('server_busy', 'generic', /\bserver (?:is )?too busy\b|\bserver busy\b|\bserver (?:ist )?(?:ausgelastet|überlastet)\b/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.rfc5321]),
  entry('connection_timeout', 'generic', anyOf(/connection dropped due to timeout|error: timeout exceeded|\bconnection died\b|\bdeferred: connection (?:refused|timed out|reset) by\b|timed out while receiving the initial server greeting|timed out while sending/i,
    followedBy(/\bconnect to [^\s[]{1,200}\[/gi, /\]:\d{1,5}: (?:connection timed out|connection refused|no route to host|network is unreachable)/i),
    followedBy(/\blost connection with [^\s[]{1,200}\[/gi, /\] while /i, 80)), 'networkerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay', 'k_n_own_dns'], [REF.postfixBounce]),
  entry('mail_loop', 'generic', /\bthis message is looping\b|\bmail(?:ing)? loop\b|\brouting loop\b|\btoo many hops\b/i, 'networkerror', 'remote-transient', 'recipient-provider',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], NO_RESEND, [REF.rfc5321]),
  entry('host_not_found', 'generic', /host or domain name not found|name service error for name=|\bdomain name does not exist\b|\bdns domain \S{1,200} does not exist\b|\bdomain(?:nonexistent| does not exist)\b|\bhost unknown \(name server:|\bno mx (?:records? |hosts? )?(?:found )?for (?:the )?(?:recipient )?(?:domain )?[a-z0-9-]{1,63}\.|\b(?:host|gastgeber|zieldomain|domain) (?:ist )?unbekannt\b|\bunbekannte[rn]? (?:host|domain)\b/i, 'hostunknown', 'recipient', 'sender',
    ['k_s_recipient_domain_check', 'k_s_check_address'], ['k_n_own_dns', 'k_n_resend'], [REF.postfixBounce]),
  entry('auth_failed', 'generic', /\bpassword transition\b|\b(?:temporary )?authentication failure\b|\bbad auth(?:entication)? attempts?\b|\bpassword (?:has )?expired\b|\bauthentication (?:failed|unsuccessful|credentials invalid)\b|\bincorrect authentication data\b|\bunable to authenticate\b(?! to outgoing server)|\b(?:invalid|incorrect|wrong|bad) (?:user ?name or password|username\/password|login credentials|credentials)\b/i, 'securityerror', 'credentials', 'sender',
    ['k_s_verify_login', 'k_s_try_webmail', 'k_s_reset_password'], LOGIN_DONTS, [REF.rfc4954]),
  entry('relay_refused', 'generic', /\brelaying disallowed\b|\bden(?:y|ies) relay(?:ing)?\b|\brelay(?:ing)? (?:access )?(?:denied|not permitted)\b|\bnot permitted to relay\b|\bnot allowed to relay\b|\bnot a gateway\b|\b(?:delivery|relaying|sending) (?:is )?not (?:allowed|permitted) (?:to|for) this (?:address|domain|recipient)\b|\bunauthori[sz]ed relay(?:ing)?\b|\b(?:isn't|is not|not) in my list of allowed rcpthosts\b|\bnicht berechtigt,? über diesen server zu (?:senden|versenden)\b|\brelay(?:ing)? (?:ist )?nicht (?:erlaubt|gestattet)\b/i, 'norelaying', 'settings', 'sender',
    ['k_s_enable_auth', 'k_s_recheck_settings'], ['k_n_disable_auth', 'k_n_dns_for_client'], [REF.rfc5321]),
  entry('try_later', 'generic', /\btry (?:again )?later\b|\bplease come back later\b|\btemporarily deferred\b|\b(?:service|resource) (?:is )?temporarily (?:not available|unavailable)\b|\btemporary (?:system )?(?:problem|error|failure)\b|\binternal error reading data\b|\blocal error in processing\b|\bservice not available,? closing transmission channel\b/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.rfc5321]),

  // An ISP's "acceptable use policy" code (Cox, Charter/Spectrum: "AUP#…") with no other words this
  // table knows: the receiver's policy judged the sending server or its traffic.
  entry('aup_policy', 'generic', /\baup#[a-z]{0,4}-?\d{0,5}/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation', 'k_s_deliverability'], BLOCK_DONTS, [REF.rfc3463]),

  // German wordings (German providers' and clients' own words).
  entry('de_sender_invalid', 'generic', anyOf(/\babsenderadresse (?:ist )?ungültig\b|\bungültige absenderadresse\b|\babsenderadresse wurde (?:vom server )?abgelehnt\b|\babsender (?:wurde )?abgelehnt\b/i,
    followedBy(/\babsender-?adresse\b/gi, /\b(?:nicht existiert|existiert nicht|ungültig|abgelehnt)\b/i, 120)), 'rejected', 'sender-account', 'sender',
    ['k_s_check_from', 'k_s_check_sender_exists'], ['k_n_resend'], [REF.rfc5321]),
  // "Username and/or password … wrong" as German providers and clients say it.
  entry('de_login_failed', 'generic', followedBy(/\b(?:benutzername|passwort|kennwort|zugangsdaten)\b/gi, /\b(?:falsch|ungültig|nicht korrekt)\b/i, 120), 'securityerror', 'credentials', 'sender',
    ['k_s_verify_login', 'k_s_try_webmail', 'k_s_reset_password'], LOGIN_DONTS, [REF.rfc4954]),
  entry('de_unknown_user', 'generic', /\bunbekannte[rn]? (?:benutzer|empfänger)\b|\b(?:empfänger|empfängeradresse|adresse) (?:wurde )?nicht gefunden\b|\b(?:empfänger|benutzer)(?:adresse)? (?:ist )?unbekannt\b|\bbenutzer existiert nicht\b|\b(?:e-mail-)?adresse existiert nicht\b|\b(?:empfänger-?adresse|e-mail-adresse|adresse|postfach|konto|benutzer) nicht existiert\b|\bexistiert nicht auf diesem server\b|\b(?:konto|postfach) (?:ist )?nicht vorhanden\b|\b(?:konto|postfach) existiert nicht\b|\badresse des empfängers (?:existiert nicht|ist (?:ungültig|unbekannt))\b|\bempfänger(?:-?adresse)? (?:wurde )?abgelehnt\b|\badresse des empfängers (?:konnte|wurde) nicht gefunden\b/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [REF.rfc3463]),
  entry('de_mailbox_full', 'generic', /\b(?:empfänger)?postfach (?:des (?:e-mail-)?empfängers )?(?:ist )?(?:voll|überfüllt)\b|\bspeicherplatz (?:des empfängers )?überschritten\b|\b(?:quota|speicherkontingent) (?:ist )?überschritten\b|\bspeicher(?:platz|volumen|kontingent|limit|grenze)(?: des kontos| des postfachs)? (?:ist )?(?:ueberschritten|überschritten|erschöpft|aufgebraucht|erreicht)\b|\bspeicherplatzbegrenzung\b|\bzu ?viele (?:e-?)?mails auf dem server\b|\b(?:mailbox|briefkasten|posteingang|speicher) (?:ist )?(?:voll|überfüllt)\b|\bkontingent (?:ist )?(?:überschritten|erschöpft|aufgebraucht)\b/i, 'mailboxfull', 'recipient', 'recipient',
    ['k_s_recipient_free_space', 'k_s_send_once_after_fix'], NO_RESEND, [REF.rfc3463]),
  entry('de_server_unavailable', 'generic', /\b(?:mail-?)?(?:server|dienst) (?:ist )?(?:zurzeit |derzeit |momentan |vorübergehend )?nicht (?:erreichbar|verfügbar)\b|\bspäter (?:erneut|noch einmal) versuchen\b|\bvorübergehende[rsn]? (?:system)?(?:problem|fehler|störung)\b|\bversuchen sie es später (?:noch einmal|erneut)\b/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_resend_delay'], [REF.rfc5321]),
];

const INDEX = new EntryIndex(PROVIDER_ENTRIES, KNOWLEDGE_GROUP);

/** The first provider entry whose text matches, or null. */
export function findProviderEntry(text: string | null): ProviderEntry | null {
  if (!text) return null;
  return INDEX.first(text);
}
