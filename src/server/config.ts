// Everything the server can be told, with safe defaults. The CLI (serve) and tests build one.
import ipaddr from 'ipaddr.js';
import type { EngineOptions } from '../probe/index.ts';
import { CHROME_EXTENSION_ID } from '../extension/extension-id.ts';
import type { ChecksConfig } from './checks-config.ts';

export interface Limits {
  /** Probes per window for one client IP (with a valid token), one token and one target address. */
  perIp: number;
  /** Requests per window for one client IP without a valid token: their own bucket, so they never use up perIp. */
  perIpAnonymous: number;
  perToken: number;
  perTarget: number;
  windowMs: number;
  /** Probes running at once in this instance (DNS included); more get 503. */
  maxConcurrent: number;
  /** Open connections at once; more are closed as they arrive. */
  maxConnections: number;
}

/** How long a client may take; a trickling or silent client is cut off, never waited on. */
export interface Timeouts {
  /** Headers and body must have arrived by then (408 otherwise). */
  requestMs: number;
  /** Headers must have arrived by then. */
  headersMs: number;
  /** A connection with no traffic this long is closed; raised to outlast the probe's own deadline. */
  idleMs: number;
  /** An idle keep-alive connection between requests. */
  keepAliveMs: number;
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
  timeouts: Timeouts;
  /** X-Forwarded-For is believed only from these proxy addresses or CIDRs (the load balancer); none by default. */
  trustProxy: readonly string[];
  /** Engine settings the server may change (never credentials). */
  engine: Partial<Omit<EngineOptions, 'credentials' | 'vantage' | 'signal' | 'admit'>>;
  /** Bounce checks, public mode, shared state, drain (issue 14); defaults when absent. */
  checks?: ChecksConfig;
}

/** Any Chrome extension id (32 letters a–p); only when an operator asks for it. */
export const ANY_CHROME_EXTENSION = /^chrome-extension:\/\/[a-p]{32}$/;
/**
 * Firefox gives each install a random UUID origin (moz-extension://<uuid>); the gecko id never
 * appears in Origin, so no narrower rule exists there and the bearer token decides.
 */
export const ANY_MOZ_EXTENSION = /^moz-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The default: this extension only (its Chrome id is pinned by the manifest key), and Firefox installs. */
export const EXTENSION_ORIGINS: (string | RegExp)[] = [`chrome-extension://${CHROME_EXTENSION_ID}`, ANY_MOZ_EXTENSION];

export const DEFAULT_LIMITS: Limits = {
  perIp: 30, perIpAnonymous: 30, perToken: 120, perTarget: 20, windowMs: 60_000, maxConcurrent: 50, maxConnections: 512,
};

export const DEFAULT_TIMEOUTS: Timeouts = { requestMs: 10_000, headersMs: 5_000, idleMs: 60_000, keepAliveMs: 5_000 };

export function defaultServerConfig(overrides: Partial<ServerConfig> & { token: string }): ServerConfig {
  return {
    host: '127.0.0.1',
    port: 8787,
    corsOrigins: EXTENSION_ORIGINS,
    limits: DEFAULT_LIMITS,
    timeouts: DEFAULT_TIMEOUTS,
    trustProxy: [],
    engine: {},
    ...overrides,
  };
}

/** "--cors-origin a,b": exact origins, or "chrome-extension://*" / "moz-extension://*" for any id of that scheme. */
export function parseCorsOrigins(list: string): (string | RegExp)[] {
  return list.split(',').map((s) => s.trim()).filter(Boolean).map((o) => {
    if (o === 'chrome-extension://*') return ANY_CHROME_EXTENSION;
    if (o === 'moz-extension://*') return ANY_MOZ_EXTENSION;
    return o;
  });
}

function isAddressOrCidr(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  if (address === undefined || rest.length > 0) return false;
  const v4 = ipaddr.IPv4.isValidFourPartDecimal(address);
  const v6 = !v4 && address.includes(':') && ipaddr.IPv6.isValid(address) && !address.includes('%');
  if (!v4 && !v6) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (v4 ? 32 : 128);
}

/**
 * "--trust-proxy 10.0.0.5,10.0.1.0/24": the proxies whose X-Forwarded-For is believed. Only
 * addresses and CIDRs: "true", a hop count or a name would let any client pick its own IP
 * (and with it a fresh rate-limit bucket per request).
 */
export function parseTrustProxy(list: string): { ok: true; value: string[] } | { ok: false; bad: string } {
  const entries = list.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = entries.find((e) => !isAddressOrCidr(e));
  return bad === undefined ? { ok: true, value: entries } : { ok: false, bad };
}
