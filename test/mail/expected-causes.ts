// What the engine should say about each bounce the stack makes, keyed like the stored bounces (the case,
// plus "-delayed" for the warning). Reasons in Sisimai's vocabulary; Sisimai 4.25 (libsisimai-perl) gives
// the same reasons for these very files. Shared by the engine test and the Roundcube end-to-end test.
import type { Bucket, InputKind, Reason } from '../../src/core/index.ts';

export interface EngineExpectation {
  kind: InputKind;
  reasons: Reason[];
  bucket: Bucket;
}

const failed = (reason: Reason, bucket: Bucket): EngineExpectation => ({ kind: 'bounce', reasons: [reason], bucket });

export const EXPECTED: Record<string, EngineExpectation> = {
  'local-unknown': failed('userunknown', 'recipient'),
  'lmtp-unknown': failed('userunknown', 'recipient'),
  // Exim answers "Unrouteable address" for an unknown user; Sisimai reads that phrase as hostunknown.
  'remote-unknown': { kind: 'bounce', reasons: ['userunknown', 'hostunknown'], bucket: 'recipient' },
  unresolvable: failed('hostunknown', 'recipient'),
  'delay-delayed': { kind: 'delay', reasons: ['expired'], bucket: 'remote-transient' },
  delay: failed('expired', 'remote-transient'),
  'over-quota': failed('mailboxfull', 'recipient'),
  'too-large': failed('mesgtoobig', 'content'),
  'relay-refused': failed('norelaying', 'settings'),
  'exim-unknown': { kind: 'bounce', reasons: ['userunknown', 'hostunknown'], bucket: 'recipient' },
  'exim-full': failed('mailboxfull', 'recipient'),
  // The bounce-check remotes (issue 14): a DNSBL listing and an SPF failure, both policy refusals.
  dnsbl: failed('blocked', 'policy-reputation'),
  spf: failed('authfailure', 'policy-reputation'),
};

// The Diagnostic-Code of the delay bounces alone says "Connection refused": without the DSN's Action it
// reads as a network error as well as an expiry; both are the remote side's transient trouble.
export const DIAGNOSTIC_ALONE: Record<string, EngineExpectation> = {
  'delay-delayed': { kind: 'smtp-error', reasons: ['networkerror', 'expired'], bucket: 'remote-transient' },
  delay: { kind: 'smtp-error', reasons: ['networkerror', 'expired'], bucket: 'remote-transient' },
};
