// Known DNS blocklists: their zones, what their answers mean, where to ask for removal.
// Answers in 127.255.255.0/24 are not listings but the list refusing the question (Spamhaus:
// queries through public or unregistered resolvers, too many queries, a typo in the zone).
import ipaddr from 'ipaddr.js';
import type { BlocklistSpec } from './types.ts';

const SPAMHAUS_IP_CODES: Record<string, string> = {
  '127.0.0.2': 'pc_code_sbl', '127.0.0.3': 'pc_code_css', '127.0.0.4': 'pc_code_xbl',
  '127.0.0.5': 'pc_code_xbl', '127.0.0.6': 'pc_code_xbl', '127.0.0.7': 'pc_code_xbl',
  '127.0.0.9': 'pc_code_drop', '127.0.0.10': 'pc_code_pbl', '127.0.0.11': 'pc_code_pbl',
};
const SPAMHAUS_DBL_CODES: Record<string, string> = {
  '127.0.1.2': 'pc_code_dbl_spam', '127.0.1.4': 'pc_code_dbl_phish', '127.0.1.5': 'pc_code_dbl_malware',
  '127.0.1.6': 'pc_code_dbl_botnet', '127.0.1.102': 'pc_code_dbl_abused', '127.0.1.103': 'pc_code_dbl_abused',
  '127.0.1.104': 'pc_code_dbl_abused', '127.0.1.105': 'pc_code_dbl_abused', '127.0.1.106': 'pc_code_dbl_abused',
};
const SPAMHAUS_DELIST = 'https://check.spamhaus.org/';

/** Lists the probe knows by name; a refusal may name any of these. */
export const KNOWN_BLOCKLISTS: BlocklistSpec[] = [
  { zone: 'zen.spamhaus.org', kind: 'ip', name: 'Spamhaus ZEN', delistUrl: SPAMHAUS_DELIST, codes: SPAMHAUS_IP_CODES },
  { zone: 'sbl.spamhaus.org', kind: 'ip', name: 'Spamhaus SBL', delistUrl: SPAMHAUS_DELIST, codes: SPAMHAUS_IP_CODES },
  { zone: 'xbl.spamhaus.org', kind: 'ip', name: 'Spamhaus XBL', delistUrl: SPAMHAUS_DELIST, codes: SPAMHAUS_IP_CODES },
  { zone: 'pbl.spamhaus.org', kind: 'ip', name: 'Spamhaus PBL', delistUrl: SPAMHAUS_DELIST, codes: SPAMHAUS_IP_CODES },
  { zone: 'sbl-xbl.spamhaus.org', kind: 'ip', name: 'Spamhaus SBL-XBL', delistUrl: SPAMHAUS_DELIST, codes: SPAMHAUS_IP_CODES },
  { zone: 'dbl.spamhaus.org', kind: 'domain', name: 'Spamhaus DBL', delistUrl: SPAMHAUS_DELIST, codes: SPAMHAUS_DBL_CODES },
  { zone: 'bl.spamcop.net', kind: 'ip', name: 'SpamCop', delistUrl: 'https://www.spamcop.net/bl.shtml' },
  { zone: 'b.barracudacentral.org', kind: 'ip', name: 'Barracuda', delistUrl: 'https://www.barracudacentral.org/rbl/removal-request' },
  { zone: 'psbl.surriel.com', kind: 'ip', name: 'PSBL', delistUrl: 'https://psbl.org/' },
  { zone: 'bl.mailspike.net', kind: 'ip', name: 'Mailspike', delistUrl: 'https://mailspike.io/' },
  { zone: 'dnsbl-1.uceprotect.net', kind: 'ip', name: 'UCEPROTECT', delistUrl: 'https://www.uceprotect.net/en/rblcheck.php' },
  { zone: 'multi.uribl.com', kind: 'domain', name: 'URIBL', delistUrl: 'https://admin.uribl.com/' },
  { zone: 'multi.surbl.org', kind: 'domain', name: 'SURBL', delistUrl: 'https://www.surbl.org/surbl-analysis' },
];

/** The lists asked when none is configured. */
export const DEFAULT_BLOCKLIST_ZONES = ['zen.spamhaus.org', 'bl.spamcop.net', 'b.barracudacentral.org', 'dbl.spamhaus.org'];

export function knownBlocklist(zone: string): BlocklistSpec | undefined {
  const z = zone.toLowerCase().replace(/\.$/, '');
  return KNOWN_BLOCKLISTS.find((l) => l.zone === z);
}

/** "zone" or "zone=ip|domain" or "zone=ip|domain=https://delist" (configuration, not message text). */
export function parseBlocklistSpec(raw: string): BlocklistSpec | null {
  const [zoneRaw = '', kindRaw, url] = raw.trim().split('=');
  const zone = zoneRaw.toLowerCase();
  if (!/^(?!-)[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+$/.test(zone)) return null;
  const known = knownBlocklist(zone);
  if (kindRaw !== undefined && kindRaw !== 'ip' && kindRaw !== 'domain') return null;
  if (url !== undefined && !/^https:\/\/[^\s]+$/.test(url)) return null;
  return {
    ...(known ?? { zone, kind: 'ip' }),
    ...(kindRaw ? { kind: kindRaw } : {}),
    ...(url ? { delistUrl: url } : {}),
  };
}

/** The DNS name to ask: reversed IPv4 octets or IPv6 nibbles, or the domain, under the zone. */
export function lookupName(subject: string, list: BlocklistSpec): string | null {
  if (list.kind === 'domain') return `${subject.toLowerCase()}.${list.zone}`;
  if (!ipaddr.isValid(subject)) return null;
  const ip = ipaddr.process(subject);
  if (ip.kind() === 'ipv4') return `${ip.toByteArray().reverse().join('.')}.${list.zone}`;
  const hex = ip.toByteArray().map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${[...hex].reverse().join('.')}.${list.zone}`;
}

export type AnswerKind = 'listed' | 'refused' | 'unexpected';

/** Listing (127.0.0.0/8 except 127.255.255.x), refusal (127.255.255.x), or junk (anything else). */
export function answerKind(code: string): AnswerKind {
  if (!ipaddr.IPv4.isValidFourPartDecimal(code)) return 'unexpected';
  if (code.startsWith('127.255.255.')) return 'refused';
  return code.startsWith('127.') ? 'listed' : 'unexpected';
}

/** Catalogue key for one return code of one list. */
export function codeMeaning(code: string, list: BlocklistSpec): string {
  if (code === '127.255.255.254') return 'pc_code_public_resolver';
  if (code === '127.255.255.255') return 'pc_code_rate_limited';
  if (code === '127.255.255.252') return 'pc_code_typo';
  if (answerKind(code) === 'refused') return 'pc_code_refused';
  return list.codes?.[code] ?? 'pc_code_listed';
}

const HOST = '((?:[a-z0-9-]{1,63}\\.)+[a-z]{2,63})';
const NAMED_BY_PHRASE = new RegExp(`(?:blocked using|listed (?:in|on|at|by)|(?:dns)?rbl:?|(?:black|block)listed (?:at|by|on|in))\\s+${HOST}`, 'g');
const ANY_HOST = new RegExp(`\\b${HOST}\\b`, 'g');

/**
 * Zones a refusal names: any known list's zone anywhere, and any zone after "blocked using",
 * "listed in/on/at/by". Unknown zones are returned too so the caller can say it did not ask them.
 */
export function zonesNamed(text: string): string[] {
  const lower = text.toLowerCase();
  const found = new Set<string>();
  for (const m of lower.matchAll(ANY_HOST)) {
    const zone = (m[1] ?? '').replace(/\.$/, '');
    if (knownBlocklist(zone)) found.add(zone);
  }
  for (const m of lower.matchAll(NAMED_BY_PHRASE)) found.add((m[1] ?? '').replace(/\.$/, ''));
  return [...found];
}
