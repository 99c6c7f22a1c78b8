// Zoho Mail: its replies as the engine reads them (ROWS) and as the knowledge base explains
// them (ENTRIES). Shape, sources and order: table.ts.
import { REF } from '../knowledge/refs.ts';
import { entryFor, type ProviderAbout, type ProviderEntry } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = {
  name: 'Zoho Mail',
  docs: 'https://www.zoho.com/mail/help/adminconsole/email-bounce-messages.html',
  hosts: ['zoho.'],
};
const entry = entryFor(ABOUT);

/** The engine's rows (format: table.ts). */
export const ROWS = `
## authfailure 5.7.1
email rejected per dmarc policy
## blocked 4.7.1
greylisted, try again after some time
## rejected 5.7.1
email cannot be delivered. reason: email flagged as spam
## rejected 5.4.1
mail rejected by destination domain
## policyviolation 5.7.7
email policy violation detected
## policyviolation
mailbox delivery restricted by policy error
## systemerror 4.3.1
temporary system error
## userunknown 5.1.1
user does not exist
## virusdetected 5.7.1
detected by zoho mail
`;

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // Zoho Mail (the receiving domain's own filters).
  entry('zoho_destination_policy', 'zoho', /mail rejected by destination domain|mailbox delivery (?:restricted by|failure) policy/i, 'policyviolation', 'policy-reputation', 'recipient-provider',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], ['k_n_own_settings', 'k_n_resend'], [REF.zoho], { '5.4.1': 'k_code_zoho_5_4_1' }),

  // Zoho's own outgoing filter took the message for spam: its content or links.
  entry('zoho_flagged_spam', 'zoho', /email flagged as spam/i, 'spamdetected', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_deliverability'], ['k_n_spam_tricks', 'k_n_resend'], []),
  // Zoho's own outgoing server refuses the person's sender address (5.1.8): their account's sending.
  entry('zoho_sender_blocked', 'zoho', /5\.1\.8 sender address blocked/i, 'rejected', 'sender-account', 'sender',
    ['k_s_password_compromise', 'k_s_ask_provider'], ['k_n_resend'], ['https://help.zoho.com/portal/en/community/topic/issue-with-outgoing-mail']),
  // Zoho stopped delivering to this recipient after repeated failures on the recipient's side.
  entry('zoho_recipient_failures', 'zoho', /too many failures for the recipient/i, 'systemerror', 'remote-transient', 'recipient',
    ['k_s_contact_recipient_other'], ['k_n_resend'], ['https://help.zoho.com/portal/en/community/topic/error-code-554-5-2-1-too-many-failures-for-the-recipient-5-12-2022']),
  entry('zoho_outgoing_blocked', 'zoho', /email outgoing blocked/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_mailbox', 'k_s_password_compromise', 'k_s_ask_provider'], ['k_n_resend'], [REF.zoho]),
];
