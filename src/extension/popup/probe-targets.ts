// What the probe may be asked about for a pasted error: the remote mail server named in a
// finding and the recipient's domain. Host and domain only, never the message text.
import type { Analysis } from '../../core/types.ts';
import type { ProbeTarget } from '../messages.ts';

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/** "mx.example.com [192.0.2.1]" or "dns; mx.example.com" → "mx.example.com". */
export function hostOf(mta: string | null): string | null {
  if (!mta) return null;
  const host = mta.replace(/^dns;\s*/i, '').split(/[\s[(]/)[0]?.replace(/\.$/, '') ?? '';
  return HOSTNAME.test(host) ? host.toLowerCase() : null;
}

export function targetsFromAnalysis(analysis: Analysis): ProbeTarget[] {
  const targets = new Map<string, ProbeTarget>();
  for (const finding of analysis.findings) {
    const domain = finding.recipient?.split('@')[1]?.toLowerCase();
    const host = hostOf(finding.remoteMta) ?? (domain && HOSTNAME.test(domain) ? domain : null);
    if (!host) continue;
    const target: ProbeTarget = domain && HOSTNAME.test(domain) ? { host, domain } : { host };
    targets.set(`${target.host}|${target.domain ?? ''}`, target);
  }
  return [...targets.values()];
}

/** A bare "host" or "host:port" typed into the command input is something to probe as it is. */
export function targetFromHostText(text: string): ProbeTarget | null {
  const m = /^([a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(text.trim());
  if (!m?.[1] || !HOSTNAME.test(m[1])) return null;
  const port = m[2] === undefined ? undefined : Number(m[2]);
  if (port !== undefined && (port < 1 || port > 65535)) return null;
  return port === undefined ? { host: m[1].toLowerCase() } : { host: m[1].toLowerCase(), port };
}
