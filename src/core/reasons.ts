// Reason → default bucket, side and hardness, from test/fixtures/reference/sisimai-reason-to-bucket.tsv.
// Classification may refine the bucket (e.g. 535 → credentials); this is the starting point.
import type { Bucket, Reason, Side } from './types.ts';

export interface ReasonDefaults {
  bucket: Bucket;
  side: Side;
  /** Sisimai's hard-bounce flag: resending to the same address will not help. */
  hard: boolean;
}

const d = (bucket: Bucket, side: Side, hard = false): ReasonDefaults => ({ bucket, side, hard });

// Rows marked "either" in the table: remote faults wait on nobody at the sender ('none'), content and
// policy rows are the sender's to change. Reputation and reverse DNS are fixed by the sending server's
// operator, hence 'sender-provider'.
export const REASON_DEFAULTS: Readonly<Record<Reason, ReasonDefaults>> = {
  userunknown: d('recipient', 'recipient', true),
  hostunknown: d('recipient', 'recipient', true),
  hasmoved: d('recipient', 'recipient', true),
  mailboxfull: d('recipient', 'recipient'),
  suspend: d('recipient', 'recipient'),
  filtered: d('recipient', 'recipient'),
  notaccept: d('recipient', 'recipient', true),
  suppressed: d('sender-account', 'sender'),
  rejected: d('sender-account', 'sender'),
  contenterror: d('content', 'sender'),
  emailtoolarge: d('content', 'sender'),
  exceedlimit: d('content', 'sender'),
  mesgtoobig: d('content', 'sender'),
  feedback: d('not-an-error', 'none'),
  notcompliantrfc: d('content', 'sender'),
  policyviolation: d('policy-reputation', 'sender'),
  securityerror: d('credentials', 'sender'),
  virusdetected: d('content', 'sender'),
  spamdetected: d('policy-reputation', 'sender'),
  authfailure: d('policy-reputation', 'sender'),
  badreputation: d('policy-reputation', 'sender-provider'),
  blocked: d('policy-reputation', 'sender-provider'),
  expired: d('remote-transient', 'none'),
  mailererror: d('remote-transient', 'recipient'),
  networkerror: d('remote-transient', 'none'),
  norelaying: d('settings', 'sender'),
  ratelimited: d('policy-reputation', 'sender'),
  speeding: d('policy-reputation', 'sender'),
  toomanyconn: d('policy-reputation', 'sender'),
  requireptr: d('policy-reputation', 'sender-provider'),
  systemerror: d('remote-transient', 'recipient'),
  systemfull: d('remote-transient', 'recipient'),
  failedstarttls: d('port-encryption', 'sender'),
  syntaxerror: d('settings', 'sender'),
  delivered: d('not-an-error', 'none'),
  vacation: d('not-an-error', 'none'),
  onhold: d('unknown', 'none'),
  undefined: d('unknown', 'none'),
};
