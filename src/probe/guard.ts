// SSRF guard: which hosts, ports and addresses a probe may touch. Pure checks, no I/O, so a
// refused request can never have opened a connection.
import ipaddr from 'ipaddr.js';
import type { GuardPolicy } from './options.ts';

export type HostForm = { kind: 'ip'; address: string } | { kind: 'name'; name: string };
export type GuardError =
  | { code: 'bad-host'; why: 'empty' | 'too-long' | 'syntax' | 'ip-notation' }
  | { code: 'bad-port' }
  | { code: 'forbidden-address'; address: string; range: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Classifies a host as an IP literal or a DNS name, refusing ambiguous numeric notations. */
export function parseHost(raw: string): { ok: true; host: HostForm } | { ok: false; error: GuardError } {
  const input = raw.trim().toLowerCase();
  if (input.length === 0) return { ok: false, error: { code: 'bad-host', why: 'empty' } };
  if (input.length > 253) return { ok: false, error: { code: 'bad-host', why: 'too-long' } };
  const unbracketed = input.startsWith('[') && input.endsWith(']') ? input.slice(1, -1) : input;
  if (unbracketed.includes(':')) {
    // IPv6 only; zone ids ("%eth0") would select an interface: refused.
    if (!ipaddr.IPv6.isValid(unbracketed) || unbracketed.includes('%')) {
      return { ok: false, error: { code: 'bad-host', why: 'syntax' } };
    }
    return { ok: true, host: { kind: 'ip', address: ipaddr.IPv6.parse(unbracketed).toString() } };
  }
  if (ipaddr.IPv4.isValidFourPartDecimal(input)) return { ok: true, host: { kind: 'ip', address: input } };
  // 127.1, 2130706433, 0x7f.0.0.1, 0177.0.0.1: resolvers disagree on these; never guess.
  if (ipaddr.IPv4.isValid(input)) return { ok: false, error: { code: 'bad-host', why: 'ip-notation' } };
  const name = input.endsWith('.') ? input.slice(0, -1) : input;
  const labels = name.split('.');
  if (!labels.every((l) => LABEL.test(l))) return { ok: false, error: { code: 'bad-host', why: 'syntax' } };
  // A numeric top label is never a real name (RFC 3696 §2); it is an IP notation in disguise.
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) {
    return { ok: false, error: { code: 'bad-host', why: 'ip-notation' } };
  }
  return { ok: true, host: { kind: 'name', name } };
}

export function checkPort(port: number, policy: GuardPolicy): GuardError | null {
  return Number.isInteger(port) && policy.ports.includes(port) ? null : { code: 'bad-port' };
}

/** Ranges that --allow-private opens; link-local (cloud metadata) and the rest stay closed. */
const PRIVATE_RANGES = new Set(['loopback', 'private', 'uniqueLocal', 'carrierGradeNat']);

const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/**
 * ipaddr.js's range name, with two holes closed: IPv4-compatible IPv6 (::/96, deprecated by
 * RFC 4291 but still routed by some stacks, e.g. ::7f00:1 → 127.0.0.1) and IPv6 outside the
 * global unicast block 2000::/3, which ipaddr.js calls "unicast" but nothing public uses.
 */
function rangeOf(parsed: ipaddr.IPv4 | ipaddr.IPv6): string {
  const range = parsed.range();
  if (parsed.kind() === 'ipv6' && range === 'unicast') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.match(IPV4_COMPATIBLE)) return 'ipv4Compatible';
    if (!v6.match(GLOBAL_UNICAST_V6)) return 'reserved';
  }
  return range;
}

/** Checks one resolved address; IPv4-mapped IPv6 is unwrapped first. */
export function checkAddress(address: string, policy: GuardPolicy): GuardError | null {
  if (!ipaddr.isValid(address)) return { code: 'forbidden-address', address, range: 'invalid' };
  const parsed = ipaddr.process(address);
  for (const cidr of policy.allowedNetworks) {
    const [net, bits] = ipaddr.parseCIDR(cidr);
    if (net.kind() === parsed.kind() && parsed.match([net, bits])) return null;
  }
  const range = rangeOf(parsed);
  if (range === 'unicast') return null;
  if (policy.allowPrivate && PRIVATE_RANGES.has(range)) return null;
  return { code: 'forbidden-address', address: parsed.toString(), range };
}

/** Validates CIDRs at start-up so a typo fails loudly instead of allowing nothing. */
export function invalidNetworks(cidrs: readonly string[]): string[] {
  return cidrs.filter((c) => {
    try {
      ipaddr.parseCIDR(c);
      return false;
    } catch {
      return true;
    }
  });
}

/**
 * One key per machine a probe may reach, however the address is written: IPv4-mapped forms
 * (::ffff:1.2.3.4, ::ffff:102:304) are unwrapped to 1.2.3.4, and IPv6 is keyed on its /64
 * (one host commonly answers on a whole /64, so counting single addresses could be dodged).
 */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}
