// Comcast / Xfinity: its replies as the knowledge base explains them (ENTRIES). No engine rows:
// its bounces are classified by the generic rows. Comcast numbers its refusals (BL…, RL…, ES…,
// DM…) and names the code in the reply; the code says more than the words around it.
// Shape and order: table.ts.
import { entryFor, type ProviderAbout, type ProviderEntry, BLOCK_DONTS, AUTH_DONTS } from './entry.ts';

const XFINITY = 'https://es.xfinity.com/support/articles/email-errors';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Comcast / Xfinity', docs: 'http://postmaster.comcast.net/mail-error-codes.html' };
const entry = entryFor(ABOUT);

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // ES000001 / ES000010: mail straight from a dynamic or residential IP (Comcast's own or another
  // ISP's): the sending server's address, never the recipient.
  entry('comcast_residential_ip', 'comcast', /\bES0000(?:01|10)\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider', 'k_s_use_smtp_login'], BLOCK_DONTS, [XFINITY]),
  // BL000000 … BL000111 (and the older BL001 … BL0010): the sending IP is on a block list Comcast uses.
  entry('comcast_blocklist', 'comcast', /\bBL0\d{2,5}\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [XFINITY]),
  // DM000001: the message failed the sending domain's DMARC policy.
  entry('comcast_dmarc', 'comcast', /\bDM0000\d{2}\b/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_ask_provider'], AUTH_DONTS, [XFINITY]),
  // The number of connections one sending IP may hold open.
  entry('comcast_sessions', 'comcast', /\btoo many sessions opened\b/i, 'toomanyconn', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now'], []),
  // Comcast's own wording for a full mailbox.
  entry('comcast_quota', 'comcast', /\bextended quota violation\b/i, 'mailboxfull', 'recipient', 'recipient',
    ['k_s_recipient_free_space', 'k_s_send_once_after_fix'], ['k_n_resend'], []),
];
