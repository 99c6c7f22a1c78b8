// Yandex Mail: its replies as the knowledge base explains them (ENTRIES). No engine rows.
// Shape and order: table.ts.
import { entryFor, type ProviderAbout, type ProviderEntry, NO_RESEND } from './entry.ts';

const HELP = 'https://yandex.com/support/mail/web/letter/create.html';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Yandex Mail', docs: HELP };
const entry = entryFor(ABOUT);

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // The recipient's mailbox refuses this sender (a rule or block the recipient or their admin set).
  entry('yandex_target_policy', 'yandex', /\bpolicy rejection on the target address\b/i, 'policyviolation', 'policy-reputation', 'recipient',
    ['k_s_contact_recipient_other', 'k_s_recipient_admin'], NO_RESEND, [HELP]),
  // Its spam filter refused the message itself.
  entry('yandex_spam', 'yandex', /\bmessage rejected under suspicion of spam\b/i, 'spamdetected', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_send_once_after_fix'], ['k_n_spam_tricks', 'k_n_resend'], [HELP]),
];
