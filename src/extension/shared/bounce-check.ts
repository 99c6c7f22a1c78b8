// What "Check this bounce" sends and receives: a bounce's facts (never the message), the rows
// the probe streams back, and the port messages between background and popup.
import type { Bucket, Finding } from '../../core/types.ts';
import { planChecks } from '../../probe/checks/plan.ts';

/** Exactly the fields POST /v1/check accepts. */
export interface CheckFacts {
  refusal: string;
  bucket: Bucket;
  reason?: string;
  sendingIps?: string[];
  senderDomain?: string;
  recipientDomain?: string;
  reportingMta?: string;
}

export interface CheckRow {
  check: string;
  target: string;
  result: string;
  ok: boolean;
  meaning: string;
  fixer: string;
  fixerText: string;
  list?: string;
  /** Only an https URL is kept. */
  delistUrl?: string;
  policy?: string;
}

export interface CheckVerdictView {
  causes: Partial<Record<Bucket, 'confirmed' | 'ruled-out' | 'inconclusive'>>;
  summary: string;
}

export type CheckPortMessage =
  | { kind: 'check'; row: CheckRow }
  | { kind: 'verdict'; verdict: CheckVerdictView }
  | { kind: 'error'; error: string; detail?: string };

export const BOUNCE_CHECK_PORT = 'bounce-check';

/** The refusal's share of the server's 4 KiB body limit, even in 3-byte UTF-8. */
export const REFUSAL_CAP = 1000;

const IPV4 = /\b(?:client host|ip(?: address)?|from|host)?\s*[:=]?\s*\[?(\d{1,3}(?:\.\d{1,3}){3})\]?/gi;
const DOMAIN = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

function domainOf(address: string | null | undefined): string | undefined {
  const d = /@([^@\s>]+)$/.exec(address ?? '')?.[1]?.toLowerCase();
  return d && DOMAIN.test(d) ? d : undefined;
}

/**
 * The facts of one finding. The sender's domain is not in a page's analysis: it is taken from
 * the refusal when it names one ("email from example.com"), else from the Reporting-MTA's
 * parent domain (the sender's own server reported the bounce).
 */
export function factsFromFinding(f: Finding): CheckFacts {
  const refusal = (f.diagnostic ?? '').slice(0, REFUSAL_CAP);
  const ips = [...new Set([...refusal.matchAll(IPV4)].map((m) => m[1] ?? '').filter((ip) => ip.split('.').every((o) => Number(o) <= 255)))].slice(0, 4);
  const mta = (f.reportingMta ?? '').replace(/^dns;\s*/i, '').trim().toLowerCase();
  const named = /\b(?:email|mail|message) from ([a-z0-9-]+(?:\.[a-z0-9-]+)+)/i.exec(refusal)?.[1]?.toLowerCase();
  const parent = mta.split('.').length > 2 ? mta.split('.').slice(1).join('.') : mta;
  const senderDomain = named ?? (DOMAIN.test(parent) ? parent : undefined);
  const recipientDomain = domainOf(f.recipient);
  return {
    refusal, bucket: f.bucket, reason: f.reason,
    ...(ips.length ? { sendingIps: ips } : {}),
    ...(senderDomain ? { senderDomain } : {}),
    ...(recipientDomain ? { recipientDomain } : {}),
    ...(DOMAIN.test(mta) ? { reportingMta: mta } : {}),
  };
}

/** Only findings whose cause a DNS check can confirm or rule out get the button. */
export function checkableFinding(findings: readonly Finding[]): Finding | undefined {
  return findings.find((f) => (f.bucket === 'policy-reputation' || f.bucket === 'recipient')
    && planChecks({ refusal: f.diagnostic ?? '', bucket: f.bucket, reason: f.reason, sendingIps: [] }).length > 0);
}
