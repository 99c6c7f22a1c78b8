// AT&T (att.net, bellsouth.net, sbcglobal.net, prodigy.net): its replies as the knowledge base
// explains them (ENTRIES). No engine rows: its bounces are classified by the generic rows.
// Shape and order: table.ts.
import { entryFor, type ProviderAbout, type ProviderEntry, NO_RESEND, BLOCK_DONTS } from './entry.ts';

const CODES = 'https://smtp.codes/550';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'AT&T', docs: 'http://rbl.att.net/block_enduser.html' };
const entry = entryFor(ABOUT);

/** The knowledge base's entries for its replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // AT&T's block list of sending systems (the old BellSouth LDAP list, the newer "DNSBL:RBL" tag).
  entry('att_blocklist', 'att', /\bblocked by ldap:ou=rblmx\b|\bdnsbl:(?:rbl|att)\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, []),
  // The sending system is not one AT&T takes mail from (no registered mail system behind it).
  entry('att_unauthorized_interface', 'att', /\bunauthorized interface for\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider', 'k_s_ask_provider_reputation'], BLOCK_DONTS, []),
  // The sending system has no usable name in the DNS (reverse DNS, a valid domain): its provider's set-up.
  entry('att_sender_domain_dns', 'att', /\[permfail\] \S{1,200} requires valid sender domain\b|\bconnections not accepted from servers without a valid sender domain\b/i, 'requireptr', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_ptr'], ['k_n_dns_guess', 'k_n_resend'], [CODES]),
  // "[suspend]": the recipient's own account is suspended.
  entry('att_mailbox_suspended', 'att', /\[suspend\] mailbox currently suspended\b/i, 'suspend', 'recipient', 'recipient',
    ['k_s_suspend_recipient', 'k_s_contact_recipient_other'], NO_RESEND, []),
  // "blank mailhost - invalid address": the address has no mail host AT&T knows.
  entry('att_blank_mailhost', 'att', /\bblank mailhost\b/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [CODES]),
];
