// cPanel / Exim: its replies as the knowledge base explains them (ENTRIES). No engine rows: its
// bounces are classified by the generic rows. Shape and order: table.ts.
import { REF } from '../knowledge/refs.ts';
import { entryFor, type ProviderAbout, type ProviderEntry, NO_RESEND } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'cPanel / Exim', docs: 'https://docs.cpanel.net/knowledge-base/email/' };
const entry = entryFor(ABOUT);

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // cPanel / Exim: the host's own server.
  // "Verification failed for <x>" alone may be a recipient callout (ambiguity case A5): only
  // "Sender verify failed" says the sender was checked; a callout whose own reply says the recipient
  // was not found ("Callout verification failed: 550 5.1.10 RESOLVER.ADR.RecipientNotFound") checked the recipient.
  entry('cpanel_sender_verify', 'cpanel', /sender verify failed|\bcallout verification failed\b(?![\s\S]{0,120}\b(?:recipientnotfound|recipient not found|user unknown|no such user)\b)/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_sender_exists', 'k_s_check_from', 'k_s_new_account_wait'], ['k_n_resend', 'k_n_dns_for_client'], [REF.rfc5321]),
  entry('cpanel_turn_on_auth', 'cpanel', /turn on smtp authentication in your mail client|not permitted to relay through this server without authentication/i, 'norelaying', 'settings', 'sender',
    ['k_s_enable_auth', 'k_s_recheck_settings'], ['k_n_disable_auth', 'k_n_dns_for_client'], [REF.rfc4954]),
  entry('cpanel_max_defers', 'cpanel', /exceeded the max defers and failures per hour/i, 'ratelimited', 'sender-account', 'sender',
    ['k_s_defers_failures', 'k_s_sending_limit_wait', 'k_s_password_compromise'], ['k_n_retry_now', 'k_n_resend'], [REF.rfc3463]),
  entry('cpanel_max_emails', 'cpanel', /exceeded the max emails per hour/i, 'ratelimited', 'sender-account', 'sender',
    ['k_s_sending_limit_wait', 'k_s_password_compromise', 'k_s_bulk_service'], ['k_n_retry_now', 'k_n_resend'], [REF.rfc3463]),
  entry('exim_retry_timeout', 'cpanel', /(?<!\S: )retry timeout exceeded|all hosts have been failing for a long time/i, 'expired', 'remote-transient', 'recipient',
    ['k_s_expired', 'k_s_contact_recipient_other'], NO_RESEND, [REF.rfc5321]),
  entry('exim_unrouteable', 'cpanel', /unrouteable addres|all relevant mx records point to non-existent hosts/i, 'hostunknown', 'recipient', 'sender',
    ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], [REF.rfc5321]),
];

/** cPanel/Exim's own summary lines, tried after every provider's entries (table.ts). */
export const SUMMARIES: readonly ProviderEntry[] = [
  // cPanel/Exim's own summary when the remote side could not be reached or refused.
  entry('cpanel_could_not_deliver', 'cpanel', /the account or domain may not exist, they may be blacklisted/i, 'hostunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_recipient_domain_check', 'k_s_contact_recipient_other'], ['k_n_own_dns', 'k_n_resend'], [REF.cpanelExim]),
  entry('exim_lines_too_long', 'cpanel', /lines too long for transport/i, 'contenterror', 'content', 'sender',
    ['k_s_plain_format', 'k_s_script_fix'], NO_RESEND, [REF.eximSpec]),
];
