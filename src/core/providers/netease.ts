// NetEase (163.com, 126.com, yeah.net): its coded replies ("451 DT:SPM", "421 HL:ICC" …), as the
// knowledge base explains them (ENTRIES). No engine rows. The code names the cause more exactly
// than the 4xx/5xx around it (a 451 "please try again" can be a spam verdict). Shape: table.ts.
import { entryFor, type ProviderAbout, type ProviderEntry, BLOCK_DONTS } from './entry.ts';

/** Its name, its page on its error codes, and what marks its bounces (host names, own words). */
export const ABOUT: ProviderAbout = { name: 'NetEase (163.com / 126.com)', docs: 'https://biecuoliao.com/pa/MBRrwEM.html' };
const entry = entryFor(ABOUT);

/** The knowledge base's entries for its coded replies (tried in the order of table.ts). */
export const ENTRIES: readonly ProviderEntry[] = [
  // DT:SPM: the message looks like spam (content, or a sending set-up without the usual standards).
  entry('netease_spam', 'netease', /\bDT:SPM\b/i, 'spamdetected', 'policy-reputation', 'sender',
    ['k_s_check_content', 'k_s_deliverability'], ['k_n_spam_tricks', 'k_n_resend'], []),
  // DT:RBL: the sending IP is on a block list; HL:…: the sending IP is paused for its behaviour
  // (unknown recipients, connections, volume, forged domains); WM:BLI/BLU: not on the allowed list.
  entry('netease_ip_blocked', 'netease', /\bDT:RBL\b|\bHL:(?:REP|ICC|IFC|MEP)\b|\bWM:BL[IU]\b/i, 'blocked', 'policy-reputation', 'sender-provider',
    ['k_s_ask_provider_reputation', 'k_s_check_blocklist_ip'], BLOCK_DONTS, []),
  // MI:/RP: codes for too many commands, errors, messages or recipients in one connection: the
  // sending server's program or pace.
  entry('netease_session_limits', 'netease', /\b(?:MI|RP):(?:CEL|CCL|DMC|DRC)\b/i, 'toomanyconn', 'policy-reputation', 'sender-provider',
    ['k_s_wait_retry', 'k_s_ask_provider_reputation'], ['k_n_retry_now'], []),
  // MI:SFQ: the sender sent more than allowed within 15 minutes.
  entry('netease_sender_quota', 'netease', /\bMI:SFQ\b/i, 'ratelimited', 'sender-account', 'sender',
    ['k_s_sending_limit_wait'], ['k_n_retry_now', 'k_n_resend'], []),
  // Too many failed logins: the login is paused for a while.
  entry('netease_auth_failures', 'netease', /\btoo much fail authentication\b/i, 'securityerror', 'credentials', 'sender',
    ['k_s_verify_login', 'k_s_lockout_wait'], ['k_n_share_password'], []),
];
