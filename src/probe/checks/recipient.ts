// Does the recipient's domain take mail? NXDOMAIN, null MX (RFC 7505), no MX and no address,
// and (only when allowed) whether its first MX greets — that connection goes through the
// probe engine and its SSRF guard. MTA-STS and DANE: does the domain ask senders for TLS?
import type { EngineOptions } from '../options.ts';
import { recipientDomainStages } from '../recipient-domain.ts';
import type { CheckResolver } from './resolver.ts';
import { engineResolver } from './resolver.ts';
import type { CheckResult } from './types.ts';
import { checkResult } from './result.ts';

type Mx = { priority: number; exchange: string };

export async function mxHosts(domain: string, resolver: CheckResolver): Promise<Mx[] | null> {
  const answer = await resolver.query(domain, 'MX');
  if (answer.rcode !== 'NOERROR') return null;
  return (answer.records as Mx[]).slice().sort((a, b) => a.priority - b.priority);
}

export async function checkRecipientDomain(domain: string, resolver: CheckResolver, engine: EngineOptions | null): Promise<CheckResult> {
  const t0 = performance.now();
  const red = (result: string, meaning: string, records: string[] = []): CheckResult =>
    checkResult('recipient-domain', domain, t0, 'recipient', { result, ok: false, confirms: true, records, meaning, subs: [domain], fixer: 'recipient' });
  const mx = await resolver.query(domain, 'MX');
  if (mx.rcode === 'NXDOMAIN') return red('nxdomain', 'pc_rcpt_nxdomain');
  if (mx.rcode !== 'NOERROR') {
    return checkResult('recipient-domain', domain, t0, 'recipient', { result: 'error', ok: false, confirms: null, meaning: 'pc_rcpt_dns_error', subs: [domain, mx.rcode], fixer: 'none' });
  }
  const records = (mx.records as Mx[]).map((r) => `${r.priority} ${r.exchange || '.'}`);
  if (mx.records.length === 1 && ['', '.'].includes((mx.records[0] as Mx).exchange)) return red('null-mx', 'pc_rcpt_null_mx', records);
  if (mx.records.length === 0) {
    const [a, aaaa] = await Promise.all([resolver.query(domain, 'A'), resolver.query(domain, 'AAAA')]);
    if (a.records.length + aaaa.records.length === 0) return red('no-mail-server', 'pc_rcpt_no_mail_server');
  }
  if (engine) {
    for await (const stage of recipientDomainStages(domain, { ...engine, resolver: engineResolver(resolver) })) {
      if (stage.stage === 'recipient-mx-greeting' && !stage.ok) {
        return checkResult('recipient-domain', domain, t0, 'recipient', { result: 'mx-not-answering', ok: false, confirms: true, records, meaning: 'pc_rcpt_mx_silent', subs: [domain], fixer: 'recipient-provider' });
      }
    }
    return checkResult('recipient-domain', domain, t0, 'recipient', { result: 'ok', ok: true, confirms: false, records, meaning: 'pc_rcpt_ok_greets', subs: [domain], fixer: 'none' });
  }
  return checkResult('recipient-domain', domain, t0, 'recipient', { result: 'ok', ok: true, confirms: false, records, meaning: 'pc_rcpt_ok', subs: [domain], fixer: 'none' });
}

/** MTA-STS (the _mta-sts TXT record; the policy file itself is not fetched) and DANE TLSA on the MXs. */
export async function checkMtaSts(domain: string, resolver: CheckResolver): Promise<CheckResult> {
  const t0 = performance.now();
  const [sts, mx] = await Promise.all([resolver.query(`_mta-sts.${domain}`, 'TXT'), mxHosts(domain, resolver)]);
  const stsRecord = sts.records.map(String).find((r) => /^v=STSv1\b/i.test(r));
  const tlsa: string[] = [];
  for (const m of (mx ?? []).slice(0, 2)) {
    if (!m.exchange) continue;
    const a = await resolver.query(`_25._tcp.${m.exchange}`, 'TLSA');
    for (const r of a.records) tlsa.push(`_25._tcp.${m.exchange} TLSA ${String(r)}`);
  }
  const records = [...(stsRecord ? [`_mta-sts.${domain} ${stsRecord}`] : []), ...tlsa];
  const found = [stsRecord ? 'mta-sts' : null, tlsa.length > 0 ? 'dane' : null].filter(Boolean).join('+');
  if (found) {
    // The recipient asks for TLS: a "TLS required" refusal is then the sending server's to fix.
    return checkResult('mta-sts', domain, t0, 'policy-reputation', { result: found, ok: false, confirms: true, records, meaning: 'pc_sts_present', subs: [domain, found], fixer: 'sender-provider' });
  }
  if (sts.rcode !== 'NOERROR' && sts.rcode !== 'NXDOMAIN') {
    return checkResult('mta-sts', domain, t0, 'policy-reputation', { result: 'error', ok: false, confirms: null, meaning: 'pc_rcpt_dns_error', subs: [domain, sts.rcode], fixer: 'none' });
  }
  return checkResult('mta-sts', domain, t0, 'policy-reputation', { result: 'absent', ok: true, confirms: null, meaning: 'pc_sts_absent', subs: [domain], fixer: 'none' });
}
