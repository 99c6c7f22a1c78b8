// Advice per bucket: the help article's causes plus the four Bounce Lens adds. Used when a
// finding's bucket is not one its reason's advice fits (e.g. a client error with reason networkerror).
import type { Bucket } from '../types.ts';
import type { Advice } from './types.ts';
import { REF } from './refs.ts';

export const bucketTitleKey = (bucket: Bucket): string => `k_b_${bucket.replace(/-/g, '_')}_t`;
export const bucketSummaryKey = (bucket: Bucket): string => `k_b_${bucket.replace(/-/g, '_')}_s`;

export const BUCKET_ADVICE: Record<Bucket, Advice> = {
  settings: { actor: 'sender', steps: ['k_s_recheck_settings', 'k_s_check_server_name', 'k_s_enable_auth', 'k_s_use_secure_port'], donts: ['k_n_disable_auth', 'k_n_dns_for_client'], references: [REF.rfc5321, REF.rfc8314] },
  credentials: { actor: 'sender', steps: ['k_s_verify_login', 'k_s_try_webmail', 'k_s_reset_password'], donts: ['k_n_share_password', 'k_n_disable_auth', 'k_n_resend'], references: [REF.rfc4954] },
  'port-encryption': { actor: 'sender', steps: ['k_s_use_secure_port', 'k_s_recheck_settings', 'k_s_firewall_av'], donts: ['k_n_disable_auth', 'k_n_plain_port'], references: [REF.rfc8314, REF.rfc3207] },
  'network-block': { actor: 'sender', steps: ['k_s_try_other_network', 'k_s_use_secure_port', 'k_s_firewall_av'], donts: ['k_n_dns_for_client', 'k_n_disable_auth'], references: [REF.rfc8314] },
  'sender-account': { actor: 'sender', steps: ['k_s_check_mailbox', 'k_s_try_webmail', 'k_s_new_account_wait', 'k_s_ask_provider'], donts: ['k_n_resend', 'k_n_dns_for_client'], references: [REF.rfc3463] },
  recipient: { actor: 'recipient', steps: ['k_s_check_address', 'k_s_contact_recipient_other'], donts: ['k_n_resend', 'k_n_own_settings'], references: [REF.rfc3463] },
  'policy-reputation': { actor: 'sender-provider', steps: ['k_s_ask_provider', 'k_s_deliverability'], donts: ['k_n_resend', 'k_n_spam_tricks'], references: [REF.rfc3463, REF.sisimaiReasons] },
  content: { actor: 'sender', steps: ['k_s_smaller_message', 'k_s_remove_attachment', 'k_s_script_fix'], donts: ['k_n_resend'], references: [REF.rfc5322, REF.rfc3463] },
  'remote-transient': { actor: 'none', steps: ['k_s_wait_retry', 'k_s_wait_final'], donts: ['k_n_resend'], references: [REF.rfc3463, REF.rfc5321] },
  'not-an-error': { actor: 'none', steps: ['k_s_nothing_needed'], donts: ['k_n_resend'], references: [REF.rfc3464] },
  unknown: { actor: 'sender', steps: ['k_s_read_detail', 'k_s_recheck_settings', 'k_s_try_webmail', 'k_s_ask_provider'], donts: ['k_n_resend', 'k_n_disable_auth'], references: [REF.rfc3464] },
};

/** A delay notice: the server is still trying. */
export const DELAY_ADVICE: Advice = {
  actor: 'none', steps: ['k_s_wait_retry', 'k_s_wait_final'], donts: ['k_n_resend_delay'], references: [REF.rfc3464],
};
