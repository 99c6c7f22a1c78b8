// A fixed DNS for tests: names that resolve to private or odd addresses, without touching the
// system resolver. Unknown names have no records (like NXDOMAIN).
import type { MxRecord, Resolver, SrvRecord } from '../../../src/probe/dns.ts';

export interface FakeZone {
  addresses?: Record<string, string[]>;
  mx?: Record<string, MxRecord[]>;
  srv?: Record<string, SrvRecord[]>;
  /** Milliseconds added to every lookup. */
  latencyMs?: number;
}

export function zoneResolver(zone: FakeZone): Resolver & { lookups: string[] } {
  const lookups: string[] = [];
  const wait = (): Promise<void> => new Promise((r) => setTimeout(r, zone.latencyMs ?? 0));
  return {
    lookups,
    async addresses(name) {
      lookups.push(`A ${name}`);
      await wait();
      return zone.addresses?.[name] ?? [];
    },
    async mx(name) {
      lookups.push(`MX ${name}`);
      await wait();
      return zone.mx?.[name] ?? [];
    },
    async srv(name) {
      lookups.push(`SRV ${name}`);
      await wait();
      return zone.srv?.[name] ?? [];
    },
  };
}
