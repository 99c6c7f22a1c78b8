// PTR and forward-confirmed reverse DNS of the sending IP: the IP's name must lead back to the
// IP. Large receivers (Gmail, Microsoft) refuse mail from IPs without one, or with a generic
// "dynamic pool" name.
import ipaddr from 'ipaddr.js';
import type { CheckResolver } from './resolver.ts';
import type { CheckResult } from './types.ts';
import { checkResult } from './result.ts';

export function reverseName(ip: string): string {
  const parsed = ipaddr.process(ip);
  if (parsed.kind() === 'ipv4') return `${parsed.toByteArray().reverse().join('.')}.in-addr.arpa`;
  const hex = parsed.toByteArray().map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${[...hex].reverse().join('.')}.ip6.arpa`;
}

/** Names ISPs give to pools of customer addresses: the IP's digits, or dynamic/dsl/pool words. */
export function looksGeneric(name: string, ip: string): boolean {
  const octets = ip.split('.');
  const dashed = octets.join('-');
  const reversedDashed = [...octets].reverse().join('-');
  return name.includes(dashed) || name.includes(reversedDashed) || name.includes(octets.join('.'))
    || /(?:^|[.-])(?:dyn|dynamic|dhcp|dsl|adsl|cable|pool|dial|ppp|client|customer|broadband|home)(?:[.\d-]|$)/.test(name);
}

export async function checkPtr(ip: string, resolver: CheckResolver): Promise<CheckResult> {
  const t0 = performance.now();
  if (!ipaddr.isValid(ip)) {
    return checkResult('ptr', ip, t0, 'policy-reputation', { result: 'error', ok: false, confirms: null, meaning: 'pc_dnsbl_bad_subject', subs: [ip], fixer: 'none' });
  }
  const normal = ipaddr.process(ip).toString();
  const ptr = await resolver.query(reverseName(normal), 'PTR');
  if (ptr.rcode !== 'NOERROR' && ptr.rcode !== 'NXDOMAIN') {
    return checkResult('ptr', normal, t0, 'policy-reputation', { result: 'error', ok: false, confirms: null, meaning: 'pc_ptr_dns_error', subs: [normal, ptr.rcode], fixer: 'none' });
  }
  const names = ptr.records.map(String).slice(0, 3);
  if (names.length === 0) {
    return checkResult('ptr', normal, t0, 'policy-reputation', { result: 'none', ok: false, confirms: true, meaning: 'pc_ptr_none', subs: [normal], fixer: 'sender-provider' });
  }
  const family = ipaddr.process(normal).kind() === 'ipv4' ? 'A' : 'AAAA';
  for (const name of names) {
    const forward = await resolver.query(name, family);
    const matches = forward.records.some((a) => ipaddr.isValid(String(a)) && ipaddr.process(String(a)).toString() === normal);
    if (matches) {
      if (looksGeneric(name.toLowerCase(), normal)) {
        return checkResult('ptr', normal, t0, 'policy-reputation', { result: 'generic', ok: false, confirms: true, records: names, meaning: 'pc_ptr_generic', subs: [normal, name], fixer: 'sender-provider' });
      }
      return checkResult('ptr', normal, t0, 'policy-reputation', { result: 'pass', ok: true, confirms: false, records: names, meaning: 'pc_ptr_pass', subs: [normal, name], fixer: 'none' });
    }
  }
  return checkResult('ptr', normal, t0, 'policy-reputation', { result: 'mismatch', ok: false, confirms: true, records: names, meaning: 'pc_ptr_mismatch', subs: [normal, names[0] ?? ''], fixer: 'sender-provider' });
}
