// Yahoo: its replies as the engine reads them (ROWS) and as the knowledge base explains
// them (ENTRIES). Shape, sources and order: table.ts.
import { REF } from '../knowledge/refs.ts';
import { entryFor, type ProviderAbout, type ProviderEntry, NO_RESEND, AUTH_DONTS, BLOCK_DONTS } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = {
  name: 'Yahoo',
  docs: 'https://senders.yahooinc.com/smtp-error-codes/',
  hosts: ['yahoo.', 'yahooinc.com', 'yahoodns.net', 'ymail.com'],
  // Its own replies, kept in bounces that relay them from a renamed or hidden host (Sisimai 5's
  // rhost/yahooinc.rb quotes both: "554 delivery error: dd This user doesn't have a yahoo.com
  // account", "552 1 Requested mail action aborted, mailbox not found").
  signatures: ["delivery error: dd this user doesn't have a", 'requested mail action aborted, mailbox not found'],
};
const entry = entryFor(ABOUT);

/** The engine's rows (format: table.ts). */
export const ROWS = `
## authfailure
yahoo requires all senders to authenticate with either spf or dkim
## blocked
because the ip is in spamhaus's list;
not accepted from ip addresses on spamhaus xbl
## norelaying
relaying denied for
## notcompliantrfc
headers are not rfc compliant
## policyviolation
not accepted for policy reasons
## rejected
temporarily deferred due to unexpected volume or user complaints
due to unresolvable rfc.5321 domain
will be permanently deferred
## speeding
user is receiving mail too quickly
## suspend
is no longer valid.
this mailbox is disabled
## syntaxerror
syntax error in parameters or arguments
## toomanyconn
max message per connection reached
## userunknown
dd this user doesn't have a
mailbox not found
`;

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  entry('yahoo_tss09', 'yahoo', /\[TSS09\]|will be permanently deferred/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.yahooCodes]),
  entry('yahoo_tss04', 'yahoo', /\[TSS0[24]\]|\[TS0[1236]\]|\[GL01\]|deferred due to unexpected volume or user complaints/i, 'badreputation', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], BLOCK_DONTS, [REF.yahooCodes]),
  entry('yahoo_spamhaus', 'yahoo', /\[BL2\d\]/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [REF.yahooCodes, REF.spamhaus]),
  entry('yahoo_auth', 'yahoo', /yahoo requires all senders to authenticate/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [REF.yahooCodes], { '5.7.9': 'k_code_yahoo_5_7_9_auth' }),

  entry('yahoo_policy', 'yahoo', /\[PH01\]|not accepted for policy reasons/i, 'policyviolation', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_deliverability'], ['k_n_spam_tricks', 'k_n_resend'], [REF.yahooCodes], { '5.7.9': 'k_code_yahoo_5_7_9' }),

  entry('yahoo_unresolvable_sender', 'yahoo', /unresolvable rfc\.?5321 (?:from )?domain/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_sender_exists', 'k_s_new_account_wait'], ['k_n_resend'], [REF.yahooCodes]),
  entry('yahoo_max_per_connection', 'yahoo', /max message per connection reached/i, 'ratelimited', 'policy-reputation', 'none',
    ['k_s_wait_retry'], ['k_n_retry_now'], [REF.yahooCodes]),
  entry('yahoo_no_account', 'yahoo', /\bdd this user doesn'?t have a\b|\bmailbox not found\b/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [REF.yahooCodes]),
  entry('yahoo_headers', 'yahoo', /headers are not rfc compliant/i, 'notcompliantrfc', 'content', 'sender',
    ['k_s_script_fix', 'k_s_update_software'], NO_RESEND, [REF.yahooCodes]),
  entry('yahoo_relaying', 'yahoo', /\brelaying denied for\b/i, 'norelaying', 'settings', 'sender',
    ['k_s_enable_auth', 'k_s_recheck_settings'], ['k_n_disable_auth', 'k_n_dns_for_client'], [REF.yahooCodes]),
  entry('yahoo_disabled', 'yahoo', /this mailbox is disabled|\bis no longer valid\b/i, 'suspend', 'recipient', 'recipient',
    ['k_s_suspend_recipient'], NO_RESEND, [REF.yahooCodes]),
];
