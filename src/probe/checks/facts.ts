// Bounce facts: checked when they arrive (HTTP body, CLI), and derived from a whole bounce by
// the engine on the user's side (the CLI). Only these facts ever reach a probe server.
import ipaddr from 'ipaddr.js';
import { analyze } from '../../core/analyze.ts';
import { BUCKETS, REASONS, type Analysis, type Bucket, type Reason } from '../../core/types.ts';
import { parseHost } from '../guard.ts';
import type { BounceFacts } from './types.ts';

export const MAX_REFUSAL = 2000;
export const MAX_IPS = 4;

export type FactsError = { field: string };

function domainOrNull(raw: string | undefined): string | null | undefined {
  if (raw === undefined) return undefined;
  const h = parseHost(raw);
  return h.ok && h.host.kind === 'name' && h.host.name.includes('.') ? h.host.name : null;
}

/** Normalises facts from an untrusted caller; the first bad field is named. */
export function checkFacts(input: {
  sendingIps?: string[]; senderDomain?: string; recipientDomain?: string; refusal?: string;
  bucket?: string; reason?: string; reportingMta?: string;
}): { ok: true; value: BounceFacts } | { ok: false; error: FactsError } {
  const ips: string[] = [];
  for (const ip of (input.sendingIps ?? []).slice(0, MAX_IPS)) {
    const raw = ip.trim().replace(/^\[|\]$/g, '');
    if (!ipaddr.isValid(raw) || (raw.includes('.') && !raw.includes(':') && !ipaddr.IPv4.isValidFourPartDecimal(raw))) return { ok: false, error: { field: 'sendingIps' } };
    ips.push(ipaddr.process(raw).toString());
  }
  const sender = domainOrNull(input.senderDomain);
  if (sender === null) return { ok: false, error: { field: 'senderDomain' } };
  const recipient = domainOrNull(input.recipientDomain);
  if (recipient === null) return { ok: false, error: { field: 'recipientDomain' } };
  const mta = domainOrNull(input.reportingMta);
  if (mta === null) return { ok: false, error: { field: 'reportingMta' } };
  const refusal = (input.refusal ?? '').slice(0, MAX_REFUSAL);
  const bucket = input.bucket ?? 'unknown';
  if (!(BUCKETS as readonly string[]).includes(bucket)) return { ok: false, error: { field: 'bucket' } };
  if (input.reason !== undefined && !(REASONS as readonly string[]).includes(input.reason)) return { ok: false, error: { field: 'reason' } };
  return {
    ok: true,
    value: {
      sendingIps: [...new Set(ips)], refusal, bucket: bucket as Bucket,
      ...(sender ? { senderDomain: sender } : {}), ...(recipient ? { recipientDomain: recipient } : {}),
      ...(mta ? { reportingMta: mta } : {}), ...(input.reason ? { reason: input.reason as Reason } : {}),
    },
  };
}

/** IPs a refusal quotes as the client: "[81.2.69.142]", "Client host 81.2.69.142", "IP: …". */
export function ipsInText(text: string): string[] {
  const found: string[] = [];
  const patterns = [/\[(\d{1,3}(?:\.\d{1,3}){3})\]/g, /\[(?:ipv6:)?([0-9a-f:]*:[0-9a-f:.]+)\]/gi,
    /\b(?:client host|ip(?: address)?|from|host)\s*[:=]?\s*\(?(\d{1,3}(?:\.\d{1,3}){3})\b/gi];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const ip = m[1] ?? '';
      if (ipaddr.isValid(ip) && (ip.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(ip))) found.push(ipaddr.process(ip).toString());
    }
  }
  return [...new Set(found)].slice(0, MAX_IPS);
}

function header(raw: string, name: string): string | undefined {
  const m = new RegExp(`^${name}:[ \\t]*(.+)$`, 'im').exec(raw);
  return m?.[1]?.trim();
}

function domainOfAddress(s: string | undefined): string | undefined {
  const m = /@([a-z0-9.-]+\.[a-z]{2,63})\b/i.exec(s ?? '');
  return m?.[1]?.toLowerCase();
}

/**
 * The facts of a bounce, from the engine's first failed finding. The sender domain is the
 * original message's From (in the returned headers), else the bounce's own To (it goes back
 * to the sender).
 */
export async function factsFromBounce(raw: string): Promise<{ facts: BounceFacts; analysis: Analysis } | null> {
  const analysis = await analyze(raw);
  const finding = analysis.findings.find((f) => f.action === 'failed') ?? analysis.findings[0];
  if (!finding) return null;
  const refusal = (finding.diagnostic ?? '').slice(0, MAX_REFUSAL);
  // The original's headers come after the bounce's own: the last From: is the original's.
  const froms = [...raw.matchAll(/^From:[ \t]*(.+)$/gim)].map((m) => m[1] ?? '');
  const senderDomain = domainOfAddress(froms.length > 1 ? froms[froms.length - 1] : undefined) ?? domainOfAddress(header(raw, 'To'));
  const recipientDomain = domainOfAddress(finding.recipient ?? undefined);
  const reportingMta = (finding.reportingMta ?? '').replace(/^dns;\s*/i, '').trim() || undefined;
  const checked = checkFacts({
    sendingIps: ipsInText(refusal), refusal, bucket: finding.bucket, reason: finding.reason,
    ...(senderDomain ? { senderDomain } : {}), ...(recipientDomain ? { recipientDomain } : {}),
    ...(reportingMta && domainOrNull(reportingMta) ? { reportingMta } : {}),
  });
  return checked.ok ? { facts: checked.value, analysis } : null;
}
