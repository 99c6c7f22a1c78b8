// Tencent (QQ Mail): its replies as the engine reads them (ROWS) and as the knowledge base explains
// them (ENTRIES). QQ's replies are short fixed wordings, each with its own help page
// (service.mail.qq.com/detail/122/…). Shape and sources: table.ts.
import { entryFor, type ProviderAbout, type ProviderEntry, BLOCK_DONTS, NO_RESEND } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Tencent (QQ Mail)', docs: 'https://service.mail.qq.com/detail/122/172', hosts: ['qq.com', 'tencent'] };
const entry = entryFor(ABOUT);

/** The engine's rows (format: table.ts). */
export const ROWS = `
## authfailure
spf check failed
dmarc check failed
## blocked
suspected bounce attacks
suspected spam ip
connection denied
## mesgtoobig
message too large
## rejected
suspected spam
mail is rejected by recipients
## spamdetected
spam is embedded in the email
mail content denied
## speeding
mailbox unavailable or access denined
## suspend
is a deactivated mailbox
## syntaxerror
bad address syntax
## toomanyconn
ip frequency limited
domain frequency limited
sender frequency limited
connection frequency limited
## userunknown
mailbox not found
`;

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // Flow control on the sending server's IP, domain or connections (detail/122/172): its pattern, not the person's.
  entry('qq_frequency_limited', 'tencent', /\b(?:ip|domain|connection) frequency limited\b/i, 'toomanyconn', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now', 'k_n_resend'], ['https://service.mail.qq.com/detail/122/172']),
  // The sending address itself sent too much too fast.
  entry('qq_sender_frequency', 'tencent', /\bsender frequency limited\b/i, 'ratelimited', 'sender-account', 'sender',
    ['k_s_sending_limit_wait', 'k_s_password_compromise'], ['k_n_retry_now', 'k_n_resend'], ['https://service.mail.qq.com/detail/122/172']),
  // The recipient set a rule that refuses this sender (detail/122/92).
  entry('qq_rejected_by_recipient', 'tencent', /\bmail is rejected by recipients?\b/i, 'rejected', 'policy-reputation', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, ['https://service.mail.qq.com/detail/122/92']),
  // The sending server's IP is taken for a spam source.
  entry('qq_spam_ip', 'tencent', /\bsuspected spam ip\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, ['https://service.mail.qq.com/detail/122/71']),
];
