// Advice per engine reason (Sisimai's vocabulary). Small on purpose: the content script bundles
// this and buckets.ts only; the big code tables live in codes.ts, providers.ts and client-errors/.
import type { Bucket, Reason } from '../types.ts';
import type { Advice } from './types.ts';
import { REF } from './refs.ts';

export interface ReasonAdvice extends Advice {
  /** Buckets where this advice fits; for any other bucket the bucket's advice is used. */
  buckets: Bucket[];
}

export const reasonTitleKey = (reason: Reason): string => `k_r_${reason}_t`;
export const reasonSummaryKey = (reason: Reason): string => `k_r_${reason}_s`;

const tooLarge: ReasonAdvice = {
  actor: 'sender', buckets: ['content'], steps: ['k_s_smaller_message', 'k_s_send_once_after_fix'],
  donts: ['k_n_resend'], references: [REF.rfc3463, REF.rfc5321],
};
const tooFast: ReasonAdvice = {
  actor: 'sender', buckets: ['policy-reputation', 'sender-account'],
  steps: ['k_s_sending_limit_wait', 'k_s_fewer_recipients', 'k_s_bulk_service'],
  donts: ['k_n_retry_now', 'k_n_resend'], references: [REF.rfc3463, REF.sisimaiReasons],
};
const unknown: ReasonAdvice = {
  actor: 'sender', buckets: ['unknown'], steps: ['k_s_read_detail', 'k_s_ask_provider'],
  donts: ['k_n_resend', 'k_n_disable_auth'], references: [REF.rfc3464],
};

export const REASON_ADVICE: Record<Reason, ReasonAdvice> = {
  userunknown: { actor: 'sender', buckets: ['recipient'], steps: ['k_s_check_address', 'k_s_ask_correct_address'], donts: ['k_n_resend'], references: [REF.rfc3463] },
  hostunknown: { actor: 'sender', buckets: ['recipient'], steps: ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], donts: ['k_n_own_dns', 'k_n_resend'], references: [REF.rfc3463, REF.rfc5321] },
  hasmoved: { actor: 'sender', buckets: ['recipient'], steps: ['k_s_moved'], donts: ['k_n_resend'], references: [REF.rfc3463] },
  mailboxfull: { actor: 'recipient', buckets: ['recipient'], steps: ['k_s_recipient_free_space', 'k_s_send_once_after_fix'], donts: ['k_n_resend', 'k_n_own_settings'], references: [REF.rfc3463] },
  suspend: { actor: 'recipient', buckets: ['recipient'], steps: ['k_s_suspend_recipient'], donts: ['k_n_resend', 'k_n_own_settings'], references: [REF.rfc3463, REF.sisimaiReasons] },
  filtered: { actor: 'recipient', buckets: ['recipient'], steps: ['k_s_recipient_admin', 'k_s_contact_recipient_other'], donts: ['k_n_spam_tricks'], references: [REF.rfc3463, REF.sisimaiReasons] },
  notaccept: { actor: 'recipient', buckets: ['recipient'], steps: ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], donts: ['k_n_own_dns', 'k_n_resend'], references: [REF.rfc7505, REF.rfc3463] },
  suppressed: { actor: 'sender', buckets: ['sender-account'], steps: ['k_s_suppressed'], donts: ['k_n_resend'], references: [REF.sisimaiReasons] },
  rejected: { actor: 'sender', buckets: ['sender-account', 'settings'], steps: ['k_s_check_from', 'k_s_check_sender_exists', 'k_s_new_account_wait'], donts: ['k_n_resend', 'k_n_dns_for_client'], references: [REF.rfc3463, REF.rfc5321] },
  contenterror: { actor: 'sender', buckets: ['content'], steps: ['k_s_plain_format', 'k_s_script_fix'], donts: ['k_n_resend'], references: [REF.rfc3463, REF.rfc5322] },
  emailtoolarge: tooLarge,
  exceedlimit: tooLarge,
  mesgtoobig: tooLarge,
  feedback: { actor: 'sender', buckets: ['not-an-error'], steps: ['k_s_feedback_review'], donts: ['k_n_spam_tricks'], references: [REF.rfc5965] },
  notcompliantrfc: { actor: 'sender', buckets: ['content'], steps: ['k_s_script_fix', 'k_s_update_software'], donts: ['k_n_resend'], references: [REF.rfc5322] },
  policyviolation: { actor: 'recipient', buckets: ['policy-reputation'], steps: ['k_s_remove_attachment', 'k_s_recipient_admin'], donts: ['k_n_spam_tricks', 'k_n_resend'], references: [REF.rfc3463, REF.sisimaiReasons] },
  securityerror: { actor: 'sender', buckets: ['credentials', 'settings'], steps: ['k_s_verify_login', 'k_s_enable_auth', 'k_s_recheck_settings', 'k_s_try_webmail'], donts: ['k_n_disable_auth', 'k_n_share_password'], references: [REF.rfc4954, REF.rfc3463] },
  virusdetected: { actor: 'sender', buckets: ['content'], steps: ['k_s_scan_virus', 'k_s_remove_attachment'], donts: ['k_n_resend'], references: [REF.rfc3463, REF.sisimaiReasons] },
  spamdetected: { actor: 'sender', buckets: ['policy-reputation'], steps: ['k_s_check_content', 'k_s_deliverability', 'k_s_ask_provider'], donts: ['k_n_spam_tricks', 'k_n_resend'], references: [REF.sisimaiReasons] },
  authfailure: { actor: 'sender', buckets: ['policy-reputation'], steps: ['k_s_deliverability', 'k_s_send_once_after_fix'], donts: ['k_n_dns_guess', 'k_n_resend'], references: [REF.rfc7208, REF.rfc6376, REF.rfc7489] },
  badreputation: { actor: 'sender-provider', buckets: ['policy-reputation'], steps: ['k_s_ask_provider_reputation', 'k_s_deliverability'], donts: ['k_n_resend', 'k_n_blame_recipient'], references: [REF.sisimaiReasons] },
  blocked: { actor: 'sender-provider', buckets: ['policy-reputation'], steps: ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], donts: ['k_n_resend', 'k_n_blame_recipient'], references: [REF.rfc3463, REF.sisimaiReasons] },
  expired: { actor: 'recipient', buckets: ['remote-transient'], steps: ['k_s_expired', 'k_s_contact_recipient_other'], donts: ['k_n_resend'], references: [REF.rfc3463, REF.rfc5321] },
  mailererror: { actor: 'recipient', buckets: ['remote-transient'], steps: ['k_s_contact_recipient_other', 'k_s_check_forwarder'], donts: ['k_n_resend'], references: [REF.sisimaiReasons] },
  networkerror: { actor: 'none', buckets: ['remote-transient'], steps: ['k_s_wait_retry', 'k_s_wait_final'], donts: ['k_n_resend', 'k_n_own_dns'], references: [REF.rfc3463, REF.rfc5321] },
  norelaying: { actor: 'sender', buckets: ['settings'], steps: ['k_s_enable_auth', 'k_s_recheck_settings', 'k_s_verify_login'], donts: ['k_n_disable_auth', 'k_n_dns_for_client'], references: [REF.rfc5321, REF.rfc4954] },
  ratelimited: tooFast,
  speeding: tooFast,
  toomanyconn: tooFast,
  requireptr: { actor: 'sender-provider', buckets: ['policy-reputation'], steps: ['k_s_ask_provider_ptr'], donts: ['k_n_dns_guess', 'k_n_resend'], references: [REF.rfc3463, REF.googleAuth] },
  systemerror: { actor: 'none', buckets: ['remote-transient'], steps: ['k_s_wait_retry', 'k_s_wait_final'], donts: ['k_n_resend'], references: [REF.rfc3463] },
  systemfull: { actor: 'recipient', buckets: ['remote-transient'], steps: ['k_s_wait_retry', 'k_s_wait_final'], donts: ['k_n_resend'], references: [REF.rfc3463] },
  failedstarttls: { actor: 'sender', buckets: ['port-encryption'], steps: ['k_s_use_secure_port', 'k_s_recheck_settings', 'k_s_firewall_av'], donts: ['k_n_disable_auth', 'k_n_plain_port'], references: [REF.rfc3207, REF.rfc8314] },
  syntaxerror: { actor: 'sender', buckets: ['settings'], steps: ['k_s_smtp_port', 'k_s_update_software', 'k_s_recheck_settings'], donts: ['k_n_dns_for_client'], references: [REF.rfc5321] },
  delivered: { actor: 'none', buckets: ['not-an-error'], steps: ['k_s_nothing_needed'], donts: ['k_n_resend'], references: [REF.rfc3464] },
  vacation: { actor: 'none', buckets: ['not-an-error'], steps: ['k_s_auto_reply_read'], donts: ['k_n_resend'], references: [REF.rfc3834] },
  onhold: unknown,
  undefined: unknown,
};
