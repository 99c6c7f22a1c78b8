// Texts whose cause the help article (and cPanel practice) assigns differently from Sisimai's
// recipient-centred reading: the sender's own account, login, settings or encryption. These win
// over the generic tables because they name who must act. See ambiguity-cases.tsv A1, A4, A5, A9.
import type { Bucket, Reason, Side } from '../types.ts';

/** [pattern (lowercase, " ... " = parts in order), reason, bucket, side]. */
export type CuratedRule = readonly [string, Reason, Bucket, Side];

export const CURATED_RULES: readonly CuratedRule[] = [
  // cPanel/Exim: the verified address is the SENDER's (A5).
  ['sender verify failed', 'rejected', 'sender-account', 'sender'],
  ['sender verification failed', 'rejected', 'sender-account', 'sender'],
  // The sender's own hosting quotas, not the recipient's mailbox (A4).
  ['max defers and failures per hour', 'speeding', 'sender-account', 'sender'],
  ['max emails per hour', 'speeding', 'sender-account', 'sender'],
  ['submission quota exceeded', 'speeding', 'sender-account', 'sender'],
  ['daily limit for message recipients', 'speeding', 'sender-account', 'sender'],
  ['daily sending quota', 'speeding', 'sender-account', 'sender'],
  ['sending quota exceeded', 'speeding', 'sender-account', 'sender'],
  ['your account has been suspended', 'rejected', 'sender-account', 'sender'],
  ['your account has been disabled', 'rejected', 'sender-account', 'sender'],
  // Login (A9): the password or the kind of password is wrong.
  ['authentication credentials invalid', 'securityerror', 'credentials', 'sender'],
  ['username and password not accepted', 'securityerror', 'credentials', 'sender'],
  ['incorrect authentication data', 'securityerror', 'credentials', 'sender'],
  ['invalid credentials', 'securityerror', 'credentials', 'sender'],
  // Google's relay service: the sending server is not set up to relay through it.
  ['invalid credentials for relay', 'norelaying', 'settings', 'sender'],
  ['bad username or password', 'securityerror', 'credentials', 'sender'],
  ['authentication unsuccessful', 'securityerror', 'credentials', 'sender'],
  ['application-specific password required', 'securityerror', 'credentials', 'sender'],
  // Settings: authentication not switched on, or switched off by the provider.
  ['please turn on smtp authentication', 'norelaying', 'settings', 'sender'],
  ['client was not authenticated', 'securityerror', 'settings', 'sender'],
  ['client not authenticated', 'securityerror', 'settings', 'sender'],
  ['authentication required', 'securityerror', 'settings', 'sender'],
  ['authentication is required', 'securityerror', 'settings', 'sender'],
  // Postfix on the submission port when the client sent mail without logging in (no AUTH).
  ['rejected: not logged in', 'securityerror', 'settings', 'sender'],
  ['smtpclientauthentication is disabled', 'securityerror', 'settings', 'sender-provider'],
  // Port / encryption mismatch.
  ['must issue a starttls command first', 'failedstarttls', 'port-encryption', 'sender'],
  ['starttls is required', 'failedstarttls', 'port-encryption', 'sender'],
  ['tls is required', 'failedstarttls', 'port-encryption', 'sender'],
  ['encryption required for requested authentication', 'failedstarttls', 'port-encryption', 'sender'],
  ['wrong version number', 'failedstarttls', 'port-encryption', 'sender'],
];
