// The standards and pages behind the per-reason and per-bucket advice. Kept apart from the advice
// itself: the full tables (tables.ts) add them to an explanation's references.
import type { Bucket, Reason } from '../types.ts';
import { REF } from './refs.ts';
import { TOPIC_REFS, type Topic } from './topic-refs.ts';

const REASON_REFS: Record<Reason, string[]> = {
  userunknown: [REF.rfc3463],
  hostunknown: [REF.rfc3463, REF.rfc5321],
  hasmoved: [REF.rfc3463],
  mailboxfull: [REF.rfc3463],
  suspend: [REF.rfc3463, REF.sisimaiReasons],
  filtered: [REF.rfc3463, REF.sisimaiReasons],
  notaccept: [REF.rfc7505, REF.rfc3463],
  suppressed: [REF.sisimaiReasons],
  rejected: [REF.rfc3463, REF.rfc5321],
  contenterror: [REF.rfc3463, REF.rfc5322],
  emailtoolarge: [REF.rfc3463, REF.rfc5321],
  exceedlimit: [REF.rfc3463, REF.rfc5321],
  mesgtoobig: [REF.rfc3463, REF.rfc5321],
  feedback: [REF.rfc5965],
  notcompliantrfc: [REF.rfc5322],
  policyviolation: [REF.rfc3463, REF.sisimaiReasons],
  securityerror: [REF.rfc4954, REF.rfc3463],
  virusdetected: [REF.rfc3463, REF.sisimaiReasons],
  spamdetected: [REF.sisimaiReasons],
  authfailure: [REF.rfc7208, REF.rfc6376, REF.rfc7489],
  badreputation: [REF.sisimaiReasons],
  blocked: [REF.rfc3463, REF.sisimaiReasons],
  expired: [REF.rfc3463, REF.rfc5321],
  mailererror: [REF.sisimaiReasons],
  networkerror: [REF.rfc3463, REF.rfc5321],
  norelaying: [REF.rfc5321, REF.rfc4954],
  ratelimited: [REF.rfc3463, REF.sisimaiReasons],
  speeding: [REF.rfc3463, REF.sisimaiReasons],
  toomanyconn: [REF.rfc3463, REF.sisimaiReasons],
  requireptr: [REF.rfc3463, REF.googleAuth],
  systemerror: [REF.rfc3463],
  systemfull: [REF.rfc3463],
  failedstarttls: [REF.rfc3207, REF.rfc8314],
  syntaxerror: [REF.rfc5321],
  delivered: [REF.rfc3464],
  vacation: [REF.rfc3834],
  onhold: [REF.rfc3464],
  undefined: [REF.rfc3464],
};

const BUCKET_REFS: Record<Bucket, string[]> = {
  settings: [REF.rfc5321, REF.rfc8314],
  credentials: [REF.rfc4954],
  'port-encryption': [REF.rfc8314, REF.rfc3207],
  'network-block': [REF.rfc8314],
  'sender-account': [REF.rfc3463],
  recipient: [REF.rfc3463],
  'policy-reputation': [REF.rfc3463, REF.sisimaiReasons],
  content: [REF.rfc5322, REF.rfc3463],
  'remote-transient': [REF.rfc3463, REF.rfc5321],
  'not-an-error': [REF.rfc3464],
  unknown: [REF.rfc3464],
};

const DELAY_REFS: string[] = [REF.rfc3464];

/** The sources of the advice an explanation used: a delay's, a topic's, a reason's or a bucket's. */
export function adviceReferences(base: { delay: true } | { reason: Reason } | { bucket: Bucket } | { topic: Topic }): string[] {
  if ('delay' in base) return DELAY_REFS;
  if ('topic' in base) return [...TOPIC_REFS[base.topic]];
  return 'reason' in base ? REASON_REFS[base.reason] : BUCKET_REFS[base.bucket];
}
