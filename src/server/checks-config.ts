// What the bounce checks, public mode and the shared state need from the server's configuration.
import type { BlocklistSpec, DnsServer } from '../probe/checks/index.ts';

export interface ChecksConfig {
  /** Answer bounce checks (DNS only) and probes of the provider's submission hosts without a token. */
  public: boolean;
  /** The provider's own submission host names (exact), probe-able without a token in public mode. */
  publicHosts: string[];
  /** The provider's networks (CIDR): a host whose every address is inside counts as its own too. */
  publicNetworks: string[];
  /** Ports a public probe may use (the profile's submission ports). */
  publicPorts: number[];
  /** Requests per window per client IP without a token (public mode). */
  perIpPublic: number;
  /** DNS servers for the checks; the system's when empty. */
  dnsServers: DnsServer[];
  /** Blocklists asked for every blocklist check; the default set when absent. */
  blocklists?: BlocklistSpec[];
  /** Checks and probes running at once across all instances (Redis) or in this one. */
  maxRunning: number;
  /** On SIGTERM, how long running streams may take to finish. */
  drainMs: number;
}

export const DEFAULT_CHECKS_CONFIG: ChecksConfig = {
  public: false, publicHosts: [], publicNetworks: [], publicPorts: [465, 587], perIpPublic: 20,
  dnsServers: [], maxRunning: 200, drainMs: 30_000,
};
