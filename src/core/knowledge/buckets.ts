// Advice per bucket: the help article's causes plus the four Bounce Lens adds. Used when a
// finding's bucket is not one its reason's advice fits (e.g. a client error with reason networkerror).
import type { Bucket } from '../types.ts';
import type { Advice } from './types.ts';

export const bucketTitleKey = (bucket: Bucket): string => `k_b_${bucket.replace(/-/g, '_')}_t`;
export const bucketSummaryKey = (bucket: Bucket): string => `k_b_${bucket.replace(/-/g, '_')}_s`;

export const BUCKET_ADVICE: Record<Bucket, Omit<Advice, 'references'>> = {
  settings: { actor: 'sender', steps: ['k_s_recheck_settings', 'k_s_check_server_name', 'k_s_enable_auth', 'k_s_use_secure_port'], donts: ['k_n_disable_auth', 'k_n_dns_for_client'] },
  credentials: { actor: 'sender', steps: ['k_s_verify_login', 'k_s_try_webmail', 'k_s_reset_password'], donts: ['k_n_share_password', 'k_n_disable_auth', 'k_n_resend'] },
  'port-encryption': { actor: 'sender', steps: ['k_s_use_secure_port', 'k_s_recheck_settings', 'k_s_firewall_av'], donts: ['k_n_disable_auth', 'k_n_plain_port'] },
  'network-block': { actor: 'sender', steps: ['k_s_try_other_network', 'k_s_use_secure_port', 'k_s_firewall_av'], donts: ['k_n_dns_for_client', 'k_n_disable_auth'] },
  'sender-account': { actor: 'sender', steps: ['k_s_check_mailbox', 'k_s_try_webmail', 'k_s_new_account_wait', 'k_s_ask_provider'], donts: ['k_n_resend', 'k_n_dns_for_client'] },
  recipient: { actor: 'recipient', steps: ['k_s_check_address', 'k_s_contact_recipient_other'], donts: ['k_n_resend', 'k_n_own_settings'] },
  'policy-reputation': { actor: 'sender-provider', steps: ['k_s_ask_provider', 'k_s_deliverability'], donts: ['k_n_resend', 'k_n_spam_tricks'] },
  content: { actor: 'sender', steps: ['k_s_smaller_message', 'k_s_remove_attachment', 'k_s_script_fix'], donts: ['k_n_resend'] },
  'remote-transient': { actor: 'none', steps: ['k_s_wait_retry', 'k_s_wait_final'], donts: ['k_n_resend'] },
  'not-an-error': { actor: 'none', steps: ['k_s_nothing_needed'], donts: ['k_n_resend'] },
  unknown: { actor: 'sender', steps: ['k_s_read_detail', 'k_s_recheck_settings', 'k_s_try_webmail', 'k_s_ask_provider'], donts: ['k_n_resend', 'k_n_disable_auth'] },
};

/** A delay notice: the server is still trying. */
export const DELAY_ADVICE: Omit<Advice, 'references'> = {
  actor: 'none', steps: ['k_s_wait_retry', 'k_s_wait_final'], donts: ['k_n_resend_delay'],
};
