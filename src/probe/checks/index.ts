// Bounce checks: DNS facts that confirm or rule out a bounce's cause (issue 14).
//
//   factsFromBounce(raw): the facts of a whole bounce, derived with the engine (user side only)
//   checkFacts(input): validates facts from an untrusted caller
//   createCheckResolver({servers, cache, timeoutMs}): the one DNS resolver (cached by TTL)
//   runBounceChecks(facts, resolver, options, engine?): AsyncGenerator<CheckResult, CheckVerdict>
//   renderCheck / renderCheckVerdict: the wire shapes
export type { BounceFacts, BlocklistSpec, CheckName, CheckOptions, CheckResult, CheckVerdict, Fixer } from './types.ts';
export { CHECK_NAMES } from './types.ts';
export { checkFacts, factsFromBounce, ipsInText } from './facts.ts';
export { createCheckResolver, systemDnsServers, type CheckResolver } from './resolver.ts';
export { parseDnsServer, type DnsServer } from './dns-client.ts';
export { memoryCache, redisCache, type TtlCache } from './cache.ts';
export { DEFAULT_BLOCKLIST_ZONES, KNOWN_BLOCKLISTS, knownBlocklist, parseBlocklistSpec } from './blocklists.ts';
export { planChecks } from './plan.ts';
export { runBounceChecks, verdictOf } from './run.ts';
export { renderCheck, renderCheckVerdict, type CheckEvent, type CheckVerdictEvent } from './render.ts';

import { DEFAULT_BLOCKLIST_ZONES, knownBlocklist } from './blocklists.ts';
import type { BlocklistSpec, CheckOptions } from './types.ts';

export function defaultCheckOptions(overrides: Partial<CheckOptions> = {}): CheckOptions {
  return {
    blocklists: DEFAULT_BLOCKLIST_ZONES.map((z) => knownBlocklist(z)).filter((l): l is BlocklistSpec => l !== undefined),
    mxConnect: false,
    timeoutMs: 8000,
    ...overrides,
  };
}
