// Orange (and La Poste, on the same platform): its replies as the engine reads them (ROWS) and as
// the knowledge base explains them (ENTRIES). Both number their refusals (OFR…_NNN, LPN…_NNN);
// the number says more than the bilingual words around it ("Service refuse. Veuillez essayer plus
// tard" stands beside a permanent block as well as a pause). Shape and sources: table.ts.
import { entryFor, type ProviderAbout, type ProviderEntry, NO_RESEND, BLOCK_DONTS } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'Orange', docs: null, hosts: ['orange.fr', 'wanadoo.fr', 'laposte.net', 'mwinf'] };

/** The engine's rows (format: table.ts). */
export const ROWS = `
## blocked code
_101
[101]
_102
[102]
_103
[103]
## toomanyconn code
_104
[104]
## securityerror code
_305
[305]
## authfailure code
_401
[401]
## securityerror code
_402
[402]
## rejected code
_403
[403]
_405
[405]
_415
[415]
## userunknown code
_416
[416]
## mailboxfull code
_417
[417]
## suspend code
_420
[420]
## rejected code
_421
[421]
## suspend code
_426
[426]
## systemerror code
_505
[505]
## spamdetected code
_506
[506]
## blocked code
_510
[510]
## mesgtoobig code
_514
[514]
## authfailure code
_517
[517]
## policyviolation code
_630
[630]
## blocked code
_999
[999]
## authfailure
spf/dns de votre nom de domaine
`;

const entry = entryFor(ABOUT);
const POSTMASTERY = 'https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/';
const OFR999 = 'https://bentonow.com/smtp-errors/orange/ofr-999';
// "OFR_510", "OFR004_104", "LPN007_510", "ofr_506 [506]": the provider's number after the underscore.

/** The knowledge base's entries for its numbered replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // 999: the sending IP is suspended for a while after earlier breaches; it lifts by itself.
  entry('orange_ip_suspended', 'orange', /\b(?:ofr|lpn)\d{0,3}_999\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now'], [POSTMASTERY, OFR999]),
  // 101, 102, 103, 510: the sending IP or its traffic is blocked (a block list, a spam incident).
  entry('orange_blocked', 'orange', /\b(?:ofr|lpn)(?:aaa|\d{0,3})_(?:10[123]|510)\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation', 'k_s_check_blocklist_ip'], BLOCK_DONTS, [POSTMASTERY]),
  // 506: the message was taken for spam.
  entry('orange_spam', 'orange', /\b(?:ofr|lpn)\d{0,3}_506\b/i, 'spamdetected', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_deliverability'], ['k_n_spam_tricks', 'k_n_resend'], [POSTMASTERY]),
  // 416: no such recipient; 417: the recipient's mailbox is full.
  entry('orange_unknown_recipient', 'orange', /\b(?:ofr|lpn)\d{0,3}_416\b/i, 'userunknown', 'recipient', 'sender',
    ['k_s_check_address', 'k_s_ask_correct_address'], NO_RESEND, [POSTMASTERY]),
  entry('orange_mailbox_full', 'orange', /\b(?:ofr|lpn)\d{0,3}_417\b/i, 'mailboxfull', 'recipient', 'recipient',
    ['k_s_recipient_free_space', 'k_s_send_once_after_fix'], NO_RESEND, [POSTMASTERY]),
  // 403, 405, 415, 421: the sender's address is not valid (or not the logged-in user's).
  entry('orange_invalid_sender', 'orange', /\b(?:ofr|lpn)\d{0,3}_(?:40[35]|415|421)\b/i, 'rejected', 'sender-account', 'sender',
    ['k_s_check_from', 'k_s_check_sender_exists'], ['k_n_resend'], [POSTMASTERY]),
  // 420 archived, 426 blocked: the recipient's account no longer takes mail.
  entry('orange_recipient_closed', 'orange', /\b(?:ofr|lpn)\d{0,3}_42[06]\b/i, 'suspend', 'recipient', 'recipient',
    ['k_s_suspend_recipient'], NO_RESEND, [POSTMASTERY]),
  // 517: the message failed the sender's domain's DMARC check.
  entry('orange_dmarc', 'orange', /\b(?:ofr|lpn)\d{0,3}_517\b/i, 'authfailure', 'policy-reputation', 'sender',
    ['k_s_deliverability', 'k_s_send_once_after_fix'], ['k_n_dns_guess', 'k_n_resend'], [POSTMASTERY]),
];
