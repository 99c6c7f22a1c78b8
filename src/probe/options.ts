// Engine settings with safe defaults; the server and CLI override only what they must.
import type { Resolver } from './dns.ts';
import { systemResolver } from './dns.ts';

export const DEFAULT_PORTS: readonly number[] = [25, 465, 587, 2525];

export interface GuardPolicy {
  /** Ports a probe may connect to. */
  ports: readonly number[];
  /** Loopback/private/link-local targets (tests, a local admin). Off by default. */
  allowPrivate: boolean;
  /** CIDRs that are always allowed (the provider's own networks), e.g. "10.20.0.0/16". */
  allowedNetworks: readonly string[];
}

export interface Credentials {
  user: string;
  password: string;
}

export interface EngineOptions {
  policy: GuardPolicy;
  stageTimeoutMs: number;
  probeTimeoutMs: number;
  /** Per-try budget in parallel discovery. */
  tryTimeoutMs: number;
  maxReplyBytes: number;
  ehloName: string;
  relayFrom: string;
  relayTo: string;
  /** Port of a recipient domain's MX (25; tests use another). */
  mxPort: number;
  /** 'client' when run on the user's machine (CLI, helper): network verdicts then apply to them. */
  vantage: 'server' | 'client';
  /** Extra trusted CA certificates (PEM), added to Node's bundled ones. */
  trustedCa?: string[];
  /** CLI/helper only: the server never accepts a mailbox password. */
  credentials?: Credentials;
  /** Declared message size for MAIL FROM SIZE=, to check a size limit. */
  messageBytes?: number;
  resolver: Resolver;
  signal?: AbortSignal;
  /**
   * Asked before connecting to an address the caller could not check up front (the recipient
   * domain's MX); false skips that connection. The server counts it against its per-target limit.
   */
  admit?: (address: string) => Promise<boolean>;
}

export function defaultEngineOptions(overrides: Partial<EngineOptions> = {}): EngineOptions {
  return {
    policy: { ports: DEFAULT_PORTS, allowPrivate: false, allowedNetworks: [] },
    stageTimeoutMs: 10_000,
    probeTimeoutMs: 45_000,
    tryTimeoutMs: 8_000,
    maxReplyBytes: 16 * 1024,
    ehloName: 'probe.bounce-lens.invalid',
    relayFrom: 'probe@bounce-lens.invalid',
    relayTo: 'relay-check@example.com',
    mxPort: 25,
    vantage: 'server',
    resolver: systemResolver,
    ...overrides,
  };
}
