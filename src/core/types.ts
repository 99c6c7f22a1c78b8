// The engine's vocabulary and its output: the boundary every surface (content script,
// service worker, popup, CLI, probe verdict) depends on. Pure types, no runtime code.

/** What the reporting MTA did for one recipient (RFC 3464 Action). */
export type Action = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';

/** Sisimai's reason names, lowercased, so results compare one to one with the reference analyser. */
export const REASONS = [
  'userunknown', 'hostunknown', 'hasmoved', 'mailboxfull', 'suspend', 'filtered', 'notaccept',
  'suppressed', 'rejected', 'contenterror', 'emailtoolarge', 'exceedlimit', 'mesgtoobig',
  'feedback', 'notcompliantrfc', 'policyviolation', 'securityerror', 'virusdetected',
  'spamdetected', 'authfailure', 'badreputation', 'blocked', 'expired', 'mailererror',
  'networkerror', 'norelaying', 'ratelimited', 'speeding', 'toomanyconn', 'requireptr',
  'systemerror', 'systemfull', 'failedstarttls', 'syntaxerror', 'delivered', 'vacation',
  'onhold', 'undefined',
] as const;
export type Reason = (typeof REASONS)[number];

/** The cause a user acts on: the help article's seven, plus four added for Bounce Lens. */
export const BUCKETS = [
  'settings', 'credentials', 'port-encryption', 'network-block', 'sender-account', 'recipient',
  'policy-reputation', 'content', 'remote-transient', 'not-an-error', 'unknown',
] as const;
export type Bucket = (typeof BUCKETS)[number];

/** Whose move it is. */
export const SIDES = ['sender', 'sender-provider', 'recipient', 'none'] as const;
export type Side = (typeof SIDES)[number];

/** A character range [start, end) of the analysed input that justifies a finding. */
export interface Evidence {
  start: number;
  end: number;
  kind: 'status' | 'reply-code' | 'diagnostic' | 'recipient' | 'action' | 'pattern' | 'client-error';
}

/** One affected recipient (or, for a client-side error, one error). */
export interface Finding {
  /** The failed address, only as the report states it (never the sender or the returned original's). */
  recipient: string | null;
  /**
   * The address the sender wrote, when the report gives one that differs from `recipient` (an alias
   * or forward: RFC 3464 Original-Recipient, Exim's "(generated from …)"). The engine always sets it;
   * optional so that findings built elsewhere (client errors, tests) need not.
   */
  originalRecipient?: string | null;
  action: Action | null;
  /** RFC 3463 enhanced status code, e.g. "5.1.1". */
  status: string | null;
  /** RFC 5321 reply code, e.g. 550. */
  replyCode: number | null;
  diagnostic: string | null;
  remoteMta: string | null;
  reportingMta: string | null;
  /** The SMTP command that failed (RCPT, MAIL, DATA, CONNECT, EHLO, AUTH, STARTTLS …). */
  command: string | null;
  /**
   * Permanent failure that resending will not fix (Sisimai's hard bounce: a full mailbox or a
   * filter's refusal is soft even in a 5xx report).
   */
  hard: boolean;
  /**
   * The report's own class, apart from `hard`: true when it gives a 4xx / 4.x.x or says it is still
   * trying, false when it states a 5xx / 5.x.x or a final failure without a code, null when it says
   * neither (a vacation or feedback report). Optional so that findings built elsewhere need not.
   */
  temporary?: boolean | null;
  reason: Reason;
  bucket: Bucket;
  side: Side;
  /** 0..1: how sure the engine is of reason and bucket. */
  confidence: number;
  evidence: Evidence[];
}

/** What kind of text the engine was given, as it judged. */
export type InputKind =
  | 'bounce' // a non-delivery report (failed recipients)
  | 'delay' // a delay warning: still trying
  | 'delivery' // a success / relayed notice
  | 'feedback' // ARF complaint report
  | 'auto-reply' // RFC 3834 vacation / auto-response
  | 'smtp-error' // a bare SMTP reply or code
  | 'client-error' // a mail client's error (Outlook 0x800CCC0F, Thunderbird …)
  | 'not-bounce'; // nothing to report

export interface Analysis {
  kind: InputKind;
  findings: Finding[];
  /** Whether the input was parsed as a raw MIME message or as plain text. */
  format: 'mime' | 'text';
}
