// DNS lookups behind one small interface so tests can inject names that resolve to private
// addresses without touching the system resolver.
import { promises as dnsp } from 'node:dns';

export interface MxRecord {
  exchange: string;
  priority: number;
}
export interface SrvRecord {
  name: string;
  port: number;
  priority: number;
  weight: number;
}

export interface Resolver {
  /** A and AAAA addresses of a name; [] when the name has none. Rejects with a code on errors. */
  addresses(name: string): Promise<string[]>;
  mx(name: string): Promise<MxRecord[]>;
  srv(name: string): Promise<SrvRecord[]>;
}

/** Error codes that mean "no such data" rather than a resolver failure. */
const EMPTY = new Set(['ENOTFOUND', 'ENODATA', 'ENONAME', 'NXDOMAIN']);

async function orEmpty<T>(lookup: Promise<T[]>): Promise<T[]> {
  try {
    return await lookup;
  } catch (err) {
    if (err instanceof Error && EMPTY.has((err as NodeJS.ErrnoException).code ?? '')) return [];
    throw err;
  }
}

export const systemResolver: Resolver = {
  async addresses(name) {
    const [v4, v6] = await Promise.all([orEmpty(dnsp.resolve4(name)), orEmpty(dnsp.resolve6(name))]);
    if (v4.length + v6.length > 0) return [...v4, ...v6];
    // /etc/hosts names (localhost) are not in DNS; getaddrinfo knows them.
    const found = await orEmpty(dnsp.lookup(name, { all: true }).then((a) => a.map((x) => x.address)));
    return found;
  },
  mx: (name) => orEmpty(dnsp.resolveMx(name)),
  srv: (name) => orEmpty(dnsp.resolveSrv(name)),
};
