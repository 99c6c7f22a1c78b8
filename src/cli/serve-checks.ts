// `serve` flags for bounce checks and public mode, kept apart from serve.ts: --public,
// --public-host, --public-network, --public-ports, --rate-per-ip-public, --dns-server, --dnsbl,
// --max-running, --drain-timeout (env: BOUNCE_LENS_PUBLIC_HOSTS, BOUNCE_LENS_DNS_SERVER).
import { intFlag, listFlag, type ParsedArgs } from '../probe/cli-args.ts';
import { invalidNetworks } from '../probe/guard.ts';
import { parseBlocklistSpec, parseDnsServer, type BlocklistSpec, type DnsServer } from '../probe/checks/index.ts';
import { DEFAULT_CHECKS_CONFIG, type ChecksConfig } from '../server/checks-config.ts';

export const CHECK_SERVE_VALUES = ['--public-host', '--public-network', '--public-ports', '--rate-per-ip-public', '--dns-server', '--dnsbl', '--max-running', '--drain-timeout'];
export const CHECK_SERVE_SWITCHES = ['--public'];

type Refusal = { key: string; subs: string[] };

function list(a: ParsedArgs, flag: string, env: string | undefined): string[] {
  return listFlag(a, flag) ?? (env ? env.split(',').map((s) => s.trim()).filter(Boolean) : []);
}

export function checksConfigFrom(a: ParsedArgs, env: NodeJS.ProcessEnv): { ok: true; value: ChecksConfig } | { ok: false; error: Refusal } {
  const numbers: Record<string, number | undefined> = {};
  for (const name of ['--rate-per-ip-public', '--max-running', '--drain-timeout']) {
    const n = intFlag(a, name);
    if (!n.ok) return { ok: false, error: { key: n.error.key, subs: n.error.subs ?? [] } };
    numbers[name] = n.value;
  }
  const dnsServers: DnsServer[] = [];
  for (const raw of list(a, '--dns-server', env.BOUNCE_LENS_DNS_SERVER)) {
    const s = parseDnsServer(raw);
    if (!s) return { ok: false, error: { key: 'pc_cli_bad_dns_server', subs: [raw] } };
    dnsServers.push(s);
  }
  let blocklists: BlocklistSpec[] | undefined;
  for (const raw of list(a, '--dnsbl', env.BOUNCE_LENS_DNSBL)) {
    const l = parseBlocklistSpec(raw);
    if (!l) return { ok: false, error: { key: 'pc_cli_bad_dnsbl', subs: [raw] } };
    (blocklists ??= []).push(l);
  }
  const publicNetworks = list(a, '--public-network', env.BOUNCE_LENS_PUBLIC_NETWORKS);
  const bad = invalidNetworks(publicNetworks)[0];
  if (bad !== undefined) return { ok: false, error: { key: 'p_cli_bad_network', subs: [bad] } };
  const ports = listFlag(a, '--public-ports')?.map(Number) ?? DEFAULT_CHECKS_CONFIG.publicPorts;
  if (ports.some((p) => !Number.isInteger(p) || p < 1 || p > 65535)) return { ok: false, error: { key: 'p_cli_bad_number', subs: ['--public-ports'] } };
  return {
    ok: true,
    value: {
      ...DEFAULT_CHECKS_CONFIG,
      public: a.switches.has('--public'),
      publicHosts: list(a, '--public-host', env.BOUNCE_LENS_PUBLIC_HOSTS),
      publicNetworks,
      publicPorts: ports,
      dnsServers,
      ...(blocklists ? { blocklists } : {}),
      ...(numbers['--rate-per-ip-public'] !== undefined ? { perIpPublic: numbers['--rate-per-ip-public'] } : {}),
      ...(numbers['--max-running'] !== undefined ? { maxRunning: numbers['--max-running'] } : {}),
      ...(numbers['--drain-timeout'] !== undefined ? { drainMs: numbers['--drain-timeout'] } : {}),
    },
  };
}
