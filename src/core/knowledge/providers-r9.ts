// Round 9's provider meanings, from the providers' own code pages (each entry's source beside it; rows
// r1-* … r9-* of test/fixtures/knowledge/rows-knowledge19.py quote them). Two lists hooked into the one
// provider table (providers/table.ts): FIRST, exact codes and wordings that name their provider, tried
// before the providers' own modules; WORDINGS, families any server writes, tried just before the generic
// wordings. A provider's meaning of a code replaces the registry's only here, where the text shows it.
// Patterns are literal alternations with bounded gaps (regex-safety.test.ts).
import type { ProviderEntry } from '../providers/entry.ts';
import { followedBy } from './matchers.ts';
import { entryFor, NO_RESEND, BLOCK_DONTS } from '../providers/entry.ts';
import { ABOUT as MICROSOFT } from '../providers/microsoft.ts';
import { ABOUT as YAHOO } from '../providers/yahoo.ts';
import { ABOUT as APPLE } from '../providers/apple.ts';
import { ABOUT as BARRACUDA } from '../providers/barracuda.ts';
import { ABOUT as TONLINE } from '../providers/tonline.ts';
import { ABOUT as GENERIC } from '../providers/generic.ts';

const ms = entryFor(MICROSOFT);
const yahoo = entryFor(YAHOO);
const apple = entryFor(APPLE);
const barracuda = entryFor(BARRACUDA);
const tonline = entryFor(TONLINE);
const generic = entryFor(GENERIC);

const MS_NDR = 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online';
const MS_5_0_350 = 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-0-350-in-exchange-online';
const MS_5_7_135 = 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-13-or-5-7-135-in-exchange-online';
const YAHOO_CODES = 'https://senders.yahooinc.com/smtp-error-codes/';
const APPLE_CODES = 'https://support.apple.com/en-us/102322';
const BARRACUDA_BOUNCES = 'https://campus.barracuda.com/product/emailsecuritygateway/doc/3866716/reading-bounced-message-headers/';
const TONLINE_CODES = 'https://postmaster.t-online.de/index.en.html';
const RFC3463 = 'https://www.rfc-editor.org/rfc/rfc3463';
const EXIM_SMTP = 'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-smtp_processing.html';

const RECIPIENT_SIDE = ['k_s_contact_recipient_other', 'k_s_tell_recipient_admin'];

/** Exact codes and wordings that name their provider: tried before the providers' own modules. */
export const FIRST: readonly ProviderEntry[] = [
  // Microsoft 5.7.504: "the recipient address that you are attempting to contact is not valid; verify it"
  // (not a disabled mailbox): the sender checks the address. [MS_NDR]
  ms('ms_r9_recipient_invalid', 'microsoft', /\b5\.7\.504\b/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [MS_NDR], { '5.7.504': 'k_code_ms_r9_5_7_504' }),
  // Microsoft 5.7.505 "banned recipient": the verdict the earlier rows agree on (the recipient's address is
  // barred; they act), with Microsoft's meaning of the code. [MS_NDR]
  ms('ms_r9_banned_recipient', 'microsoft', /\b5\.7\.505\b/i, 'suspend', 'recipient', 'recipient',
    ['k_s_suspend_recipient'], NO_RESEND, [MS_NDR], { '5.7.505': 'k_code_ms_r9_5_7_505' }),
  // Microsoft 5.7.321–5.7.323: the destination server's TLS (no STARTTLS, expired certificate, DANE). [MS_NDR]
  ms('ms_r9_destination_tls', 'microsoft', /\b5\.7\.32[123]\b|\bstarttls-not-supported\b|\bcertificate-expired: destination\b|\btlsa-invalid\b/i, 'failedstarttls', 'port-encryption', 'recipient-provider',
    RECIPIENT_SIDE, ['k_n_own_settings', 'k_n_resend'], [MS_NDR], { '5.7.321': 'k_code_ms_r9_5_7_321', '5.7.322': 'k_code_ms_r9_5_7_322', '5.7.323': 'k_code_ms_r9_5_7_323' }),
  // Microsoft 5.0.350 "x-dg-ref header is too long": a Rich Text (TNEF) message; send it as HTML or plain text. [MS_5_0_350]
  ms('ms_r9_rich_text', 'microsoft', /\bx-dg-ref header is too long\b/i, 'contenterror', 'content', 'sender',
    ['k_s_plain_format'], NO_RESEND, [MS_5_0_350], { '5.0.350': 'k_code_ms_r9_5_0_350' }),
  // Microsoft 5.3.190: on-premises journaling into Microsoft 365 while Journaling Archive is off: the organisation's admin. [MS_NDR]
  ms('ms_r9_journaling', 'microsoft', /\b5\.3\.190\b|\bjournaling archive is disabled\b/i, 'policyviolation', 'settings', 'sender-provider',
    ['k_s_ask_provider'], NO_RESEND, [MS_NDR], { '5.3.190': 'k_code_ms_r9_5_3_190' }),
  // Microsoft 5.7.135 / 5.7.136: a public folder or mail user that takes mail only from inside its organisation
  // (the verdict of ms_group_restricted, with Microsoft's meaning of the code). [MS_5_7_135]
  ms('ms_r9_internal_only', 'microsoft', /\b5\.7\.13[56]\b|\bsendernotauthenticatedfor(?:publicfolder|mailuser)\b/i, 'rejected', 'sender-account', 'recipient',
    ['k_s_recipient_admin', 'k_s_contact_recipient_other'], NO_RESEND, [MS_5_7_135], { '5.7.135': 'k_code_ms_r9_5_7_135', '5.7.136': 'k_code_ms_r9_5_7_136' }),
  // Yahoo's "[#4.16.1]" mark: its servers were busy ("Resources temporarily unavailable"); retried. [YAHOO_CODES]
  yahoo('yahoo_r9_busy', 'yahoo', /\[#4\.16\.1\]/i, 'systemerror', 'remote-transient', 'none',
    ['k_s_wait_retry'], ['k_n_retry_now'], [YAHOO_CODES]),
  // iCloud's 4xx with its [CSnn]/[HMnn] marks: deferred for the sending side's reputation or content. [APPLE_CODES]
  apple('apple_r9_deferred', 'apple', /\[(?:CS|HM)\d\d\] messages? (?:temporarily )?deferred\b/i, 'badreputation', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now'], [APPLE_CODES]),
  // RFC 5321's generic "mailbox unavailable" followed by the cause (GMX/IONOS: "… mailbox unavailable | Mailbox quota
  // exceeded"): the recipient's full mailbox, which a provider's "mailbox unavailable" entry would otherwise read. [RFC3463 5.2.2]
  generic('generic_r9_unavailable_quota', 'generic', followedBy(/\bmailbox unavailable\b/gi, /\b(?:mailbox|storage|disk) quota exceeded\b|\bmailbox (?:is )?full\b/i, 40), 'mailboxfull', 'recipient', 'recipient',
    ['k_s_contact_recipient_other'], NO_RESEND, [RFC3463]),
  // Barracuda's Intent Analysis: the links in the message. [BARRACUDA_BOUNCES]
  barracuda('barracuda_r9_intent', 'barracuda', /\bblocked by barracuda: intent analysis\b|\bbarracuda intent analysis\b/i, 'contenterror', 'content', 'sender',
    ['k_s_check_content'], ['k_n_spam_tricks', 'k_n_resend'], [BARRACUDA_BOUNCES]),
  // T-Online's "(DIAL)" pasted on its own: the sending IP looks like a dial-up or dynamic address. [TONLINE_CODES]
  tonline('tonline_r9_dial_alone', 'tonline', /^\s{0,8}\(dial\)\s{0,8}$/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_ptr', 'k_s_ask_provider_blocklist'], BLOCK_DONTS, [TONLINE_CODES]),
];

/** Families any server writes, tried just before the generic wordings. */
export const WORDINGS: readonly ProviderEntry[] = [
  // The message held a virus, in the past tense ("… because it contained a virus"). [RFC3463 5.7.0; OVH's bounce list]
  generic('generic_r9_contained_virus', 'generic', /\bcontained (?:a |an )?(?:virus|malware|trojan)\b|\b(?:virus|malware) (?:was )?(?:detected|found) in (?:the |this |your )?(?:message|attachment|e-?mail)\b/i, 'virusdetected', 'content', 'sender',
    ['k_s_scan_virus', 'k_s_remove_attachment'], NO_RESEND, [RFC3463]),
  // A size rule refused the message ("Message rejected due to size restrictions"). [Mimecast's code list]
  generic('generic_r9_size_restrictions', 'generic', /\b(?:rejected|refused|blocked) (?:due to|because of) (?:the |its )?size (?:restrictions?|limits?)\b/i, 'mesgtoobig', 'content', 'sender',
    ['k_s_smaller_message'], NO_RESEND, [RFC3463]),
  // The receiver's own sender policy blocked this sender (not SPF: "Sender Policy Framework" has no "blocked by"). [Barracuda]
  generic('generic_r9_sender_policy', 'generic', /\bblocked by (?:the |a )?sender polic(?:y|ies)\b/i, 'rejected', 'policy-reputation', 'recipient-provider',
    RECIPIENT_SIDE, ['k_n_own_settings', 'k_n_resend'], [RFC3463]),
  // Exim's "SMTP synchronization error": the sending program spoke before the server's reply (a client that
  // pipelines without PIPELINING, or a bulk-mail tool): its own set-up. [EXIM_SMTP]
  generic('generic_r9_smtp_sync', 'generic', /\bsmtp synchroni[sz]ation error\b/i, 'syntaxerror', 'settings', 'sender',
    ['k_s_update_software', 'k_s_recheck_settings'], NO_RESEND, [EXIM_SMTP]),
  // A size said as "… size exceeds the allowed limit" (an attachment or the message). [RFC3463 5.3.4]
  generic('generic_r9_size_exceeds', 'generic', /\b(?:attachments?|message|e-?mail|mail) size exceeds\b|\bexceeds the (?:allowed|maximum) (?:message |attachment )?size\b/i, 'mesgtoobig', 'content', 'sender',
    ['k_s_smaller_message'], NO_RESEND, [RFC3463]),
  // A sending server or account suspended for sending spam: its provider (not a recipient's disabled mailbox). [cPanel]
  generic('generic_r9_suspended_sending', 'generic', /\bsuspended from sending\b|\b(?:marked|flagged) as (?:sending )?spam\b[^\n]{0,60}\bsuspended\b/i, 'rejected', 'sender-account', 'sender-provider',
    ['k_s_ask_provider', 'k_s_password_compromise'], NO_RESEND, [RFC3463]),
];
