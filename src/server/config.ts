// Everything the server can be told, with safe defaults. The CLI (serve) and tests build one.
import type { EngineOptions } from '../probe/index.ts';
import type { ChecksConfig } from './checks-config.ts';

export interface Limits {
  /** Probes per window for one client IP, one token and one target host. */
  perIp: number;
  perToken: number;
  perTarget: number;
  windowMs: number;
  /** Probes running at once in this instance; more get 503. */
  maxConcurrent: number;
}

export interface ServerConfig {
  host: string;
  port: number;
  /** The bearer token clients must send. */
  token: string;
  /** Allowed browser origins: exact strings or patterns. */
  corsOrigins: (string | RegExp)[];
  /** Shared rate-limit counters for N instances; in memory when absent. */
  redisUrl?: string;
  limits: Limits;
  /** Forwarded-for is trusted only from these proxies (the load balancer). */
  trustProxy: boolean | string;
  /** Engine settings the server may change (never credentials). */
  engine: Partial<Omit<EngineOptions, 'credentials' | 'vantage' | 'signal'>>;
  /** Bounce checks, public mode, shared state, drain (issue 14); defaults when absent. */
  checks?: ChecksConfig;
}

/** Any extension origin: Chrome's 32-letter ids, Firefox's per-install UUIDs. */
export const EXTENSION_ORIGINS: RegExp[] = [/^chrome-extension:\/\/[a-p]{32}$/, /^moz-extension:\/\/[0-9a-f-]{36}$/];

export const DEFAULT_LIMITS: Limits = { perIp: 30, perToken: 120, perTarget: 20, windowMs: 60_000, maxConcurrent: 50 };

export function defaultServerConfig(overrides: Partial<ServerConfig> & { token: string }): ServerConfig {
  return {
    host: '127.0.0.1',
    port: 8787,
    corsOrigins: EXTENSION_ORIGINS,
    limits: DEFAULT_LIMITS,
    trustProxy: false,
    engine: {},
    ...overrides,
  };
}

/** "--cors-origin a,b": exact origins, or a trailing "*" for any id of that scheme. */
export function parseCorsOrigins(list: string): (string | RegExp)[] {
  return list.split(',').map((s) => s.trim()).filter(Boolean).map((o) => {
    if (o === 'chrome-extension://*' || o === 'moz-extension://*') {
      return o.startsWith('chrome') ? (EXTENSION_ORIGINS[0] as RegExp) : (EXTENSION_ORIGINS[1] as RegExp);
    }
    return o;
  });
}
