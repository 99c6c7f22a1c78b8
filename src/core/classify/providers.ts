import { PROVIDER_BOUNCES } from './provider-registry.ts';

// Which provider produced a bounce, from host names in it. Provider-specific tables are only
// trusted for that provider's own bounces: their wording is too short to be safe elsewhere.

// Host names per provider, from the one provider list (provider-registry.ts).
const PROVIDER_HOSTS: readonly (readonly [string, readonly string[]])[] = Object.entries(PROVIDER_BOUNCES).map(([id, b]) => [id, b.hosts] as const);

/** Provider keys whose host names occur in `hostsLower` (remote MTA, reporting MTA, recipient domain …). */
export function detectProviders(hostsLower: string): Set<string> {
  const found = new Set<string>();
  for (const [key, hosts] of PROVIDER_HOSTS) {
    if (hosts.some((h) => hostsLower.includes(h))) found.add(key);
  }
  return found;
}

// Words only one provider's bounces carry: a rendered bounce (a webmail page, a paste) has lost the
// host names of its headers, but not these.
const PROVIDER_SIGNATURES: readonly (readonly [string, string])[] = Object.entries(PROVIDER_BOUNCES).flatMap(([id, b]) => (b.signatures ?? []).map((words) => [id, words] as const));

/** Provider keys whose own bounce wording occurs in `reportLower` (compacted report text). */
export function providersBySignature(reportLower: string): string[] {
  return PROVIDER_SIGNATURES.filter(([, words]) => reportLower.includes(words)).map(([key]) => key);
}
