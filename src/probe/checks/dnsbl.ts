// Blocklist check: is the sending IP (or a domain the refusal names) on the lists the refusal
// names plus the configured default lists? Lists named in the text but unknown to the probe
// are reported, never asked: a forged bounce must not make the probe query a zone it chose.
import type { CheckResolver } from './resolver.ts';
import type { BlocklistSpec, CheckResult } from './types.ts';
import { answerKind, codeMeaning, knownBlocklist, lookupName, zonesNamed } from './blocklists.ts';
import { checkResult } from './result.ts';

export interface DnsblPlan {
  lists: BlocklistSpec[];
  /** Zones the refusal named that the probe does not know (reported, not asked). */
  unknown: string[];
}

export function planBlocklists(refusal: string, configured: BlocklistSpec[]): DnsblPlan {
  const lists = new Map<string, BlocklistSpec>();
  const unknown: string[] = [];
  for (const zone of zonesNamed(refusal)) {
    const spec = configured.find((l) => l.zone === zone) ?? knownBlocklist(zone);
    if (spec) lists.set(spec.zone, spec);
    else unknown.push(zone);
  }
  for (const l of configured) lists.set(l.zone, l);
  return { lists: [...lists.values()], unknown };
}

/** One subject (IP or domain) on one list. */
export async function checkBlocklist(subject: string, list: BlocklistSpec, resolver: CheckResolver): Promise<CheckResult> {
  const t0 = performance.now();
  const name = lookupName(subject, list);
  const label = list.name ?? list.zone;
  const base = { list: list.zone, ...(list.delistUrl ? { delistUrl: list.delistUrl } : {}) };
  if (name === null) {
    return checkResult('dnsbl', subject, t0, 'policy-reputation', { ...base, result: 'error', ok: false, confirms: null, meaning: 'pc_dnsbl_bad_subject', subs: [subject], fixer: 'none' });
  }
  const answer = await resolver.query(name, 'A');
  if (answer.rcode === 'NXDOMAIN' || (answer.rcode === 'NOERROR' && answer.records.length === 0)) {
    return checkResult('dnsbl', subject, t0, 'policy-reputation', { ...base, result: 'not-listed', ok: true, confirms: false, meaning: 'pc_dnsbl_not_listed', subs: [subject, label], fixer: 'none' });
  }
  if (answer.rcode !== 'NOERROR') {
    return checkResult('dnsbl', subject, t0, 'policy-reputation', { ...base, result: 'error', ok: false, confirms: null, meaning: 'pc_dnsbl_dns_error', subs: [label, answer.rcode], fixer: 'none' });
  }
  const codes = answer.records.map(String);
  const listed = codes.filter((c) => answerKind(c) === 'listed');
  const txt = listed.length > 0 ? (await resolver.query(name, 'TXT')).records.map(String).slice(0, 3) : [];
  if (listed.length > 0) {
    const fixer = list.kind === 'domain' ? 'sender' : 'sender-provider';
    return checkResult('dnsbl', subject, t0, 'policy-reputation', {
      ...base, result: 'listed', ok: false, confirms: true, codes, records: txt,
      meaning: codeMeaning(listed[0] ?? '', list), subs: [subject, label, listed.join(', ')], fixer,
    });
  }
  // 127.255.255.x: the list refused to answer us (public resolver, no registration, quota).
  return checkResult('dnsbl', subject, t0, 'policy-reputation', {
    ...base, result: 'error', ok: false, confirms: null, codes,
    meaning: codeMeaning(codes[0] ?? '', list), subs: [subject, label, codes.join(', ')], fixer: 'none',
  });
}

export function unknownListResult(zone: string): CheckResult {
  return checkResult('dnsbl', zone, performance.now(), 'policy-reputation', { list: zone, result: 'error', ok: false, confirms: null, meaning: 'pc_dnsbl_unknown_list', subs: [zone], fixer: 'none' });
}
