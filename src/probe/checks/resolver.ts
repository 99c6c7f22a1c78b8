// The one DNS resolver of the bounce checks: every lookup goes to the configured DNS servers
// (--dns-server, or the system's), answers are cached by their TTL, identical questions in
// flight are asked once. Adapters give mailauth and the probe engine the shapes they expect.
import { getServers } from 'node:dns';
import type { Resolver as EngineResolver, MxRecord } from '../dns.ts';
import { parseDnsServer, queryServer, type DnsAnswer, type DnsServer, type RecordType } from './dns-client.ts';
import type { TtlCache } from './cache.ts';
import { memoryCache } from './cache.ts';

export interface CheckResolver {
  query(name: string, type: RecordType): Promise<DnsAnswer>;
  readonly servers: readonly DnsServer[];
}

export interface ResolverOptions {
  servers?: DnsServer[];
  cache?: TtlCache;
  timeoutMs?: number;
  /** Longest time an answer is kept, whatever its TTL (seconds). */
  maxTtl?: number;
}

/** The system's configured name servers (resolv.conf), for when none is given. */
export function systemDnsServers(): DnsServer[] {
  return getServers().map((s) => parseDnsServer(s)).filter((s): s is DnsServer => s !== null);
}

/** Answers worth keeping: real answers and real negatives, not timeouts or server failures. */
const CACHEABLE = new Set(['NOERROR', 'NXDOMAIN']);

export function createCheckResolver(options: ResolverOptions = {}): CheckResolver {
  const servers = options.servers && options.servers.length > 0 ? options.servers : systemDnsServers();
  const cache = options.cache ?? memoryCache();
  const timeoutMs = options.timeoutMs ?? 2000;
  const maxTtl = options.maxTtl ?? 3600;
  const inFlight = new Map<string, Promise<DnsAnswer>>();

  async function ask(name: string, type: RecordType): Promise<DnsAnswer> {
    let last: DnsAnswer = { rcode: 'ERROR', records: [], ttl: 0 };
    for (const server of servers) {
      last = await queryServer(server, name, type, timeoutMs);
      if (last.rcode === 'NOERROR' || last.rcode === 'NXDOMAIN') return last;
    }
    return last;
  }

  return {
    servers,
    async query(rawName, type) {
      const name = rawName.toLowerCase().replace(/\.$/, '');
      const key = `dns:${type}:${name}`;
      const hit = await cache.get(key);
      if (hit !== null) return JSON.parse(hit) as DnsAnswer;
      const pending = inFlight.get(key);
      if (pending) return pending;
      const p = ask(name, type).then(async (answer) => {
        if (CACHEABLE.has(answer.rcode)) await cache.set(key, JSON.stringify(answer), Math.min(answer.ttl, maxTtl));
        return answer;
      }).finally(() => inFlight.delete(key));
      inFlight.set(key, p);
      return p;
    },
  };
}

/** Node's error codes for an answer, as mailauth and the engine expect them. */
export function dnsError(answer: DnsAnswer, name: string): NodeJS.ErrnoException | null {
  const code = answer.rcode === 'NXDOMAIN' ? 'ENOTFOUND'
    : answer.rcode === 'NOERROR' ? (answer.records.length === 0 ? 'ENODATA' : null)
      : answer.rcode === 'TIMEOUT' ? 'ETIMEOUT'
        : answer.rcode === 'REFUSED' ? 'EREFUSED' : 'ESERVFAIL';
  if (code === null) return null;
  const err: NodeJS.ErrnoException = new Error(`${code} ${name}`);
  err.code = code;
  return err;
}

/** mailauth's resolver signature (dns.promises.resolve): TXT as string[][], MX as {exchange, priority}. */
export function mailauthResolver(r: CheckResolver): (name: string, type: string) => Promise<unknown[]> {
  return async (name, type) => {
    const t = type.toUpperCase() as RecordType;
    if (!['A', 'AAAA', 'MX', 'TXT', 'PTR', 'CNAME'].includes(t)) {
      const err: NodeJS.ErrnoException = new Error(`unsupported type ${type}`);
      err.code = 'ENOTIMP';
      throw err;
    }
    const answer = await r.query(name, t);
    const err = dnsError(answer, name);
    if (err) throw err;
    return t === 'TXT' ? answer.records.map((s) => [s as string]) : answer.records;
  };
}

/** The probe engine's Resolver over the same cache and servers (recipient MX checks). */
export function engineResolver(r: CheckResolver): EngineResolver {
  const list = async (name: string, type: RecordType): Promise<DnsAnswer> => {
    const answer = await r.query(name, type);
    if (answer.rcode === 'NOERROR' || answer.rcode === 'NXDOMAIN') return answer;
    throw dnsError(answer, name) ?? new Error('dns');
  };
  return {
    async addresses(name) {
      const [a, aaaa] = await Promise.all([list(name, 'A'), list(name, 'AAAA')]);
      return [...a.records, ...aaaa.records] as string[];
    },
    async mx(name) {
      return (await list(name, 'MX')).records as MxRecord[];
    },
    // Discovery is not part of the bounce checks: no SRV lookups go through here.
    async srv() {
      return [];
    },
  };
}
