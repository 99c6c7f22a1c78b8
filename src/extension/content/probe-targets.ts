// What the probe may be asked about for a bounce: host names and domains only, never content.
// Each candidate is checked to be a plain hostname or IP literal, so nothing else can leak.
import type { Analysis } from '../../core/types.ts';
import type { ProbeTarget } from '../messages.ts';

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

/** A host name or IPv4 literal from an MTA field such as "mx.example.jp [192.0.2.1]" or "dns; mx.example.jp". */
export function hostFrom(field: string | null): string | null {
  if (!field) return null;
  const words = field.toLowerCase().replace(/^\s*dns\s*;/, ' ').split(/[\s()[\]<>;,]+/);
  for (const word of words) {
    const host = word.replace(/\.$/, '');
    if (HOSTNAME.test(host) || IPV4.test(host)) return host;
  }
  return null;
}

/** The domain of an address, when it is a plain hostname. */
export function domainOf(address: string | null): string | null {
  const at = address?.lastIndexOf('@') ?? -1;
  if (!address || at < 0) return null;
  const domain = address.slice(at + 1).toLowerCase().replace(/[>\s].*$/, '');
  return HOSTNAME.test(domain) ? domain : null;
}

/**
 * The receiving side first (the remote MTA, else the recipient's domain: what refused the mail),
 * then the sending side's own server (the reporting MTA), which a settings check would probe.
 */
export function probeTargetsOf(analysis: Analysis): ProbeTarget[] {
  const targets = new Map<string, ProbeTarget>();
  for (const finding of analysis.findings) {
    const domain = domainOf(finding.recipient) ?? undefined;
    const host = hostFrom(finding.remoteMta) ?? domain;
    if (!host) continue;
    const key = `${host}|${domain ?? ''}`;
    if (!targets.has(key)) targets.set(key, domain ? { host, domain } : { host });
  }
  for (const finding of analysis.findings) {
    const host = hostFrom(finding.reportingMta);
    if (host && ![...targets.values()].some((t) => t.host === host)) targets.set(`${host}|`, { host });
  }
  return [...targets.values()];
}
