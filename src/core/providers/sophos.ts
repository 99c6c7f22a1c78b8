// Sophos Email (Sophos Central): its replies as the knowledge base explains them (ENTRIES). No engine
// rows. Sophos numbers its refusals XGEMAIL_0001 … XGEMAIL_0015 and names the number in the reply;
// the number says more than the words around it. Shape and order: table.ts.
import { entryFor, type ProviderAbout, type ProviderEntry, AUTH_DONTS, BLOCK_DONTS, NO_RESEND } from './entry.ts';

const CODES = 'https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Sophos Email', docs: CODES };
const entry = entryFor(ABOUT);

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // 0001 DKIM, 0002 SPF, 0003 DMARC: the sender's domain did not pass its own authentication.
  entry('sophos_authentication', 'sophos', /\bXGEMAIL_000[123]\b/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], AUTH_DONTS, [CODES]),
  // 0004: the sending server's IP is on a block list (RBL).
  entry('sophos_rbl', 'sophos', /\bXGEMAIL_0004\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [CODES]),
  // 0005: the sender's domain is on a domain block list (DBL).
  entry('sophos_dbl', 'sophos', /\bXGEMAIL_0005\b/i, 'blocked', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [CODES]),
  // 0006: the TLS version did not meet the receiving organisation's policy: the sending server's set-up.
  entry('sophos_tls_version', 'sophos', /\bXGEMAIL_0006\b/i, 'failedstarttls', 'port-encryption', 'sender-provider',
    ['k_s_ask_provider'], ['k_n_own_settings', 'k_n_resend'], [CODES]),
  // 0007: the receiving organisation's Sophos licence expired; 0010: its domain is not set up in Sophos.
  entry('sophos_recipient_setup', 'sophos', /\bXGEMAIL_00(?:07|10)\b/i, 'systemerror', 'remote-transient', 'recipient-provider',
    ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'], ['k_n_own_settings', 'k_n_resend'], [CODES]),
  // 0008 admin block list, 0009 user block list: the receiving side blocked the sender on purpose.
  entry('sophos_block_list', 'sophos', /\bXGEMAIL_000[89]\b/i, 'blocked', 'policy-reputation', 'recipient',
    ['k_s_contact_recipient_other', 'k_s_recipient_admin'], BLOCK_DONTS, [CODES]),
  // 0011: the recipient's address does not exist.
  entry('sophos_no_recipient', 'sophos', /\bXGEMAIL_0011\b/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [CODES]),
  // 0012 too large, 0013 too many recipients for a large message: the message itself.
  entry('sophos_size', 'sophos', /\bXGEMAIL_001[23]\b/i, 'mesgtoobig', 'content', 'sender',
    ['k_s_smaller_message', 'k_s_fewer_recipients'], NO_RESEND, [CODES]),
  // 0014 / 0015: the recipient's inbound rate limit (from this sender, from everyone): it clears by itself.
  entry('sophos_inbound_rate', 'sophos', /\bXGEMAIL_001[45]\b/i, 'ratelimited', 'remote-transient', 'none',
    ['k_s_wait_retry', 'k_s_wait_final'], ['k_n_retry_now'], [CODES]),
];
