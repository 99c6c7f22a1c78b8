// Advice per engine reason (Sisimai's vocabulary). Small on purpose: the content script bundles
// this and buckets.ts only; the big code tables live in codes.ts, providers.ts and client-errors/.
import type { Bucket, Reason } from '../types.ts';
import type { Advice } from './types.ts';

export interface ReasonAdvice extends Omit<Advice, 'references'> {
  /** Buckets where this advice fits; for any other bucket the bucket's advice is used. */
  buckets: Bucket[];
}

export const reasonTitleKey = (reason: Reason): string => `k_r_${reason}_t`;
export const reasonSummaryKey = (reason: Reason): string => `k_r_${reason}_s`;

const tooLarge: ReasonAdvice = {
  actor: 'sender', buckets: ['content'], steps: ['k_s_smaller_message', 'k_s_send_once_after_fix'],
  donts: ['k_n_resend'],
};
const tooFast: ReasonAdvice = {
  actor: 'sender', buckets: ['policy-reputation', 'sender-account'],
  steps: ['k_s_sending_limit_wait', 'k_s_fewer_recipients', 'k_s_bulk_service'],
  donts: ['k_n_retry_now', 'k_n_resend'],
};
const unknown: ReasonAdvice = {
  actor: 'sender', buckets: ['unknown'], steps: ['k_s_read_detail', 'k_s_ask_provider'],
  donts: ['k_n_resend', 'k_n_disable_auth'],
};

export const REASON_ADVICE: Record<Reason, ReasonAdvice> = {
  userunknown: { actor: 'sender', buckets: ['recipient'], steps: ['k_s_check_address', 'k_s_ask_correct_address'], donts: ['k_n_resend'] },
  hostunknown: { actor: 'sender', buckets: ['recipient'], steps: ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], donts: ['k_n_own_dns', 'k_n_resend'] },
  hasmoved: { actor: 'sender', buckets: ['recipient'], steps: ['k_s_moved'], donts: ['k_n_resend'] },
  mailboxfull: { actor: 'recipient', buckets: ['recipient'], steps: ['k_s_recipient_free_space', 'k_s_send_once_after_fix'], donts: ['k_n_resend', 'k_n_own_settings'] },
  suspend: { actor: 'recipient', buckets: ['recipient'], steps: ['k_s_suspend_recipient'], donts: ['k_n_resend', 'k_n_own_settings'] },
  filtered: { actor: 'recipient', buckets: ['recipient'], steps: ['k_s_recipient_admin', 'k_s_contact_recipient_other'], donts: ['k_n_spam_tricks'] },
  notaccept: { actor: 'recipient', buckets: ['recipient'], steps: ['k_s_recipient_domain_check', 'k_s_contact_recipient_other'], donts: ['k_n_own_dns', 'k_n_resend'] },
  suppressed: { actor: 'sender', buckets: ['sender-account'], steps: ['k_s_suppressed'], donts: ['k_n_resend'] },
  rejected: { actor: 'sender', buckets: ['sender-account', 'settings'], steps: ['k_s_check_from', 'k_s_check_sender_exists', 'k_s_new_account_wait'], donts: ['k_n_resend', 'k_n_dns_for_client'] },
  contenterror: { actor: 'sender', buckets: ['content'], steps: ['k_s_plain_format', 'k_s_script_fix'], donts: ['k_n_resend'] },
  emailtoolarge: tooLarge,
  exceedlimit: tooLarge,
  mesgtoobig: tooLarge,
  feedback: { actor: 'sender', buckets: ['not-an-error'], steps: ['k_s_feedback_review'], donts: ['k_n_spam_tricks'] },
  notcompliantrfc: { actor: 'sender', buckets: ['content'], steps: ['k_s_script_fix', 'k_s_update_software'], donts: ['k_n_resend'] },
  policyviolation: { actor: 'recipient', buckets: ['policy-reputation'], steps: ['k_s_remove_attachment', 'k_s_recipient_admin'], donts: ['k_n_spam_tricks', 'k_n_resend'] },
  securityerror: { actor: 'sender', buckets: ['credentials', 'settings'], steps: ['k_s_verify_login', 'k_s_enable_auth', 'k_s_recheck_settings', 'k_s_try_webmail'], donts: ['k_n_disable_auth', 'k_n_share_password'] },
  virusdetected: { actor: 'sender', buckets: ['content'], steps: ['k_s_scan_virus', 'k_s_remove_attachment'], donts: ['k_n_resend'] },
  spamdetected: { actor: 'sender', buckets: ['policy-reputation'], steps: ['k_s_check_content', 'k_s_deliverability', 'k_s_ask_provider'], donts: ['k_n_spam_tricks', 'k_n_resend'] },
  authfailure: { actor: 'sender', buckets: ['policy-reputation'], steps: ['k_s_deliverability', 'k_s_send_once_after_fix'], donts: ['k_n_dns_guess', 'k_n_resend'] },
  badreputation: { actor: 'sender-provider', buckets: ['policy-reputation'], steps: ['k_s_ask_provider_reputation', 'k_s_deliverability'], donts: ['k_n_resend', 'k_n_blame_recipient'] },
  blocked: { actor: 'sender-provider', buckets: ['policy-reputation'], steps: ['k_s_check_blocklist_ip', 'k_s_ask_provider_blocklist'], donts: ['k_n_resend', 'k_n_blame_recipient'] },
  expired: { actor: 'recipient', buckets: ['remote-transient'], steps: ['k_s_expired', 'k_s_contact_recipient_other'], donts: ['k_n_resend'] },
  mailererror: { actor: 'recipient', buckets: ['remote-transient'], steps: ['k_s_contact_recipient_other', 'k_s_check_forwarder'], donts: ['k_n_resend'] },
  networkerror: { actor: 'none', buckets: ['remote-transient'], steps: ['k_s_wait_retry', 'k_s_wait_final'], donts: ['k_n_resend', 'k_n_own_dns'] },
  norelaying: { actor: 'sender', buckets: ['settings'], steps: ['k_s_enable_auth', 'k_s_recheck_settings', 'k_s_verify_login'], donts: ['k_n_disable_auth', 'k_n_dns_for_client'] },
  ratelimited: tooFast,
  speeding: tooFast,
  toomanyconn: tooFast,
  requireptr: { actor: 'sender-provider', buckets: ['policy-reputation'], steps: ['k_s_ask_provider_ptr'], donts: ['k_n_dns_guess', 'k_n_resend'] },
  systemerror: { actor: 'none', buckets: ['remote-transient'], steps: ['k_s_wait_retry', 'k_s_wait_final'], donts: ['k_n_resend'] },
  systemfull: { actor: 'recipient', buckets: ['remote-transient'], steps: ['k_s_wait_retry', 'k_s_wait_final'], donts: ['k_n_resend'] },
  failedstarttls: { actor: 'sender', buckets: ['port-encryption'], steps: ['k_s_use_secure_port', 'k_s_recheck_settings', 'k_s_firewall_av'], donts: ['k_n_disable_auth', 'k_n_plain_port'] },
  syntaxerror: { actor: 'sender', buckets: ['settings'], steps: ['k_s_smtp_port', 'k_s_update_software', 'k_s_recheck_settings'], donts: ['k_n_dns_for_client'] },
  delivered: { actor: 'none', buckets: ['not-an-error'], steps: ['k_s_nothing_needed'], donts: ['k_n_resend'] },
  vacation: { actor: 'none', buckets: ['not-an-error'], steps: ['k_s_auto_reply_read'], donts: ['k_n_resend'] },
  onhold: unknown,
  undefined: unknown,
};
