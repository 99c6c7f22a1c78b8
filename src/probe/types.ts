// The probe's vocabulary: what a caller asks for, what each stage reports, and the verdict.
// Wire shapes (ProbeStageEvent, ProbeVerdict) are the extension's; these add what the engine
// needs internally (a failure code, catalogue messages, certificate details) before rendering.
import type { Bucket } from '../core/types.ts';
import type { Msg } from '../core/knowledge/types.ts';

export type Security = 'ssl' | 'starttls' | 'none';
export type SecurityChoice = Security | 'auto';

export const STAGES = [
  'dns', 'tcp', 'tls', 'greeting', 'ehlo', 'starttls', 'ehlo-after-tls', 'auth-offered', 'auth',
  'relay', 'quit', 'recipient-mx', 'recipient-mx-greeting', 'discover',
] as const;
export type StageName = (typeof STAGES)[number];

/** Precise names for what went wrong; the verdict maps them onto buckets. */
export type FailureCode =
  | 'nxdomain' | 'dns-error' | 'refused-target'
  | 'refused' | 'filtered' | 'unreachable' | 'connect-error'
  | 'tls-on-plain-port' | 'plain-on-tls-port' | 'tls-handshake'
  | 'no-greeting' | 'greeting-rejected' | 'closed' | 'timeout' | 'reply-too-long' | 'bad-reply'
  | 'ehlo-rejected' | 'starttls-not-offered' | 'starttls-rejected'
  | 'cert-untrusted' | 'cert-expired' | 'cert-name-mismatch'
  | 'auth-not-offered' | 'auth-needs-encryption' | 'auth-failed' | 'auth-skipped'
  | 'auth-required' | 'relay-denied' | 'open-relay' | 'size-exceeded' | 'sender-rejected'
  | 'null-mx' | 'no-mail-server' | 'mx-unreachable' | 'rate-limited';

/** What the certificate says, kept even when it does not verify. */
export interface CertificateReport {
  subject: string;
  altNames: string[];
  issuer: string;
  validFrom: string;
  validTo: string;
  fingerprint256: string;
  /** Chain verified against the trusted CAs. */
  trusted: boolean;
  trustError: string | null;
  /** Name matches the host asked for (tls.checkServerIdentity). */
  nameMatches: boolean;
  /** Inside validFrom..validTo now. */
  inValidity: boolean;
  /** All three: the only state in which credentials may be sent. */
  verified: boolean;
}

/** One stage as the engine reports it, before rendering to the wire. */
export interface StageResult {
  stage: StageName;
  ok: boolean;
  ms: number;
  /** The server's exact reply lines (or the resolver's answers for dns). */
  reply: string[];
  detail: Msg;
  /** Appended to the detail when rendered ("…: because"), e.g. why a discovery try failed. */
  because?: Msg;
  failure: FailureCode | null;
  certificate?: CertificateReport;
  /** EHLO extensions as advertised (upper-cased keyword → rest). */
  extensions?: Record<string, string>;
}

/** What to probe: the request body of POST /v1/probe and the CLI's arguments. */
export interface ProbeRequest {
  host: string;
  port?: number;
  security?: SecurityChoice;
  /** Recipient domain to check (MX, null MX, A fallback, whether its MX answers). */
  domain?: string;
}

export type CauseState = 'confirmed' | 'ruled-out' | 'inconclusive';
export interface Recommended {
  host: string;
  port: number;
  security: Security;
}
/** The verdict before rendering: summary as a catalogue message. */
export interface Verdict {
  causes: Partial<Record<Bucket, CauseState>>;
  recommended: Recommended | null;
  summary: Msg[];
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
