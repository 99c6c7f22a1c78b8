// Hornetsecurity (formerly antispameurope): its replies as the knowledge base explains them
// (ENTRIES). No engine rows. Its gateway refuses with short fixed wordings ("Spam IP rejected",
// "e-mail Rejected Spam", "Virus E-Mail Blocked") that name the cause. Shape and order: table.ts.
import { entryFor, type ProviderAbout, type ProviderEntry, BLOCK_DONTS, NO_RESEND } from './entry.ts';

const CODES = 'https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Hornetsecurity', docs: CODES };
const entry = entryFor(ABOUT);

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // 5.5.4: the sending server's IP has a spam reputation.
  entry('hornet_spam_ip', 'hornetsecurity', /\bspam ip rejected\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [CODES]),
  // 5.6.4: a virus in the message.
  entry('hornet_virus', 'hornetsecurity', /\bvirus e-?mail blocked\b/i, 'virusdetected', 'content', 'sender',
    ['k_s_scan_virus', 'k_s_remove_attachment'], NO_RESEND, [CODES]),
  // 5.5.5 / 5.6.1-3: the message (its header, a link, its text) was judged spam.
  entry('hornet_spam', 'hornetsecurity', /\be-?mail rejected spam\b|\bspam (?:header|link|body) rejected\b/i, 'spamdetected', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_send_once_after_fix'], ['k_n_spam_tricks', 'k_n_resend'], [CODES]),
  // 5.5.7 an attachment the policy refuses; 5.5.2 / 5.5.3 the content filter's size limit.
  entry('hornet_content', 'hornetsecurity', /\be-?mail rejected content (?:attachment|filter size)\b|\bmessage size \(content filter\)/i, 'policyviolation', 'content', 'sender',
    ['k_s_remove_attachment', 'k_s_smaller_message'], NO_RESEND, [CODES]),
  // 5.7.1 (LDAP check): no such recipient at the receiving organisation.
  entry('hornet_unknown_recipient', 'hornetsecurity', /\bunknown domain or unknown recipient \(ldap check\)/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [CODES]),
];
