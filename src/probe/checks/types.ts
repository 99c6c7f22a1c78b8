// The bounce checks' vocabulary: the facts a caller sends (never the message itself), one
// result per check, and the verdict. Wire shapes are the rendered forms (render.ts).
import type { Bucket, Reason } from '../../core/types.ts';
import type { Msg } from '../../core/knowledge/types.ts';
import type { CauseState } from '../types.ts';

export const CHECK_NAMES = ['dnsbl', 'ptr', 'spf', 'dmarc', 'dkim', 'recipient-domain', 'mta-sts'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** Who can fix what a check found (the knowledge base's actor words). */
export type Fixer = 'sender' | 'sender-provider' | 'recipient' | 'recipient-provider' | 'network' | 'none';

/** What the probe is told about one bounce: facts, not the message. */
export interface BounceFacts {
  /** The sending server's IPs (from the refusal text, or the Reporting-MTA resolved). */
  sendingIps: string[];
  /** The envelope/header sender's domain. */
  senderDomain?: string;
  /** The failed recipient's domain. */
  recipientDomain?: string;
  /** The remote server's refusal text (Diagnostic-Code), as quoted in the bounce. */
  refusal: string;
  /** The engine's cause bucket for this bounce. */
  bucket: Bucket;
  /** The engine's finer reason, when known. */
  reason?: Reason;
  /** The Reporting-MTA host name, resolved only when no IP is given. */
  reportingMta?: string;
}

export interface CheckResult {
  check: CheckName;
  /** What was checked: an IP, a domain, a selector record name. */
  target: string;
  /** The result word (dnsbl listed/not-listed/error, spf pass/fail/…, dmarc pass/fail/none/…). */
  result: string;
  /** Green (nothing wrong found) or red. */
  ok: boolean;
  /** Does this finding confirm the bounce's cause (true), rule it out (false), or neither (null)? */
  confirms: boolean | null;
  /** The bucket this check speaks to. */
  bucket: Bucket;
  ms: number;
  meaning: Msg;
  fixer: Fixer;
  /** dnsbl: the list's zone, its return codes and their meanings, where to ask for removal. */
  list?: string;
  codes?: string[];
  delistUrl?: string;
  /** dmarc: the published policy. */
  policy?: 'reject' | 'quarantine' | 'none' | 'absent';
  alignment?: { spf: 'aligned' | 'not-aligned' | 'unknown' };
  /** The DNS records the result rests on. */
  records?: string[];
}

export interface CheckVerdict {
  causes: Partial<Record<Bucket, CauseState>>;
  checks: CheckResult[];
  summary: Msg[];
}

/** A blocklist: an IP list (reversed octets) or a domain list (DBL). */
export interface BlocklistSpec {
  zone: string;
  kind: 'ip' | 'domain';
  name?: string;
  delistUrl?: string;
  /** Return code → catalogue key of its meaning. */
  codes?: Record<string, string>;
}

export interface CheckOptions {
  /** The default blocklists, asked for every blocklist check. */
  blocklists: BlocklistSpec[];
  /** May the recipient-domain check greet the recipient's MX (through the SSRF guard)? */
  mxConnect: boolean;
  /** Whole-run deadline. */
  timeoutMs: number;
  signal?: AbortSignal;
}
