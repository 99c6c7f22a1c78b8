// `bounce-lens serve`: the probe's HTTP API. Without a token configured it makes a random one
// for this run and prints it (safer than trusting loopback: web pages can reach loopback too).
import { randomBytes } from 'node:crypto';
import { DEFAULT_PORTS, loadTranslate } from '../probe/index.ts';
import { pickLanguage } from '../probe/catalogue.ts';
import { intFlag, listFlag, parseArgs } from '../probe/cli-args.ts';
import { invalidNetworks } from '../probe/guard.ts';
import { defaultServerConfig, parseCorsOrigins, parseTrustProxy, DEFAULT_LIMITS, EXTENSION_ORIGINS, type ServerConfig } from '../server/config.ts';
import { startServer } from '../server/server.ts';
import { drainApp } from '../server/plugins/drain.ts';
import { CHECK_SERVE_SWITCHES, CHECK_SERVE_VALUES, checksConfigFrom } from './serve-checks.ts';

const SPEC = {
  values: ['--port', '--host', '--token', '--cors-origin', '--allow-network', '--ports', '--max-concurrent', '--trust-proxy',
    '--stage-timeout', '--rate-per-ip', '--rate-per-token', '--rate-per-target', ...CHECK_SERVE_VALUES],
  switches: ['--allow-private', '--help', '--quiet', ...CHECK_SERVE_SWITCHES],
};

export async function runServe(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const t = loadTranslate(pickLanguage(env.LC_ALL || env.LC_MESSAGES || env.LANG));
  const refuse = (key: string, subs: string[] = []): number => {
    process.stderr.write(`${t('p_cli_bad_option', [t(key, subs)])}\n${t('p_cli_serve_usage')}\n`);
    return 2;
  };
  const parsed = parseArgs(args, SPEC);
  if (!parsed.ok) return refuse(parsed.error.key, parsed.error.subs);
  const a = parsed.value;
  if (a.switches.has('--help')) {
    process.stdout.write(`${t('p_cli_serve_usage')}\n${t('pc_cli_serve_checks_usage')}\n`);
    return 0;
  }
  if (a.positional.length > 0) return refuse('p_cli_unknown_option', [a.positional[0] ?? '']);
  const port = intFlag(a, '--port');
  if (!port.ok) return refuse(port.error.key, port.error.subs);
  const numbers: Record<string, number | undefined> = {};
  for (const name of ['--max-concurrent', '--stage-timeout', '--rate-per-ip', '--rate-per-token', '--rate-per-target']) {
    const n = intFlag(a, name);
    if (!n.ok) return refuse(n.error.key, n.error.subs);
    numbers[name] = n.value;
  }
  const limits = {
    ...DEFAULT_LIMITS,
    ...(numbers['--max-concurrent'] !== undefined ? { maxConcurrent: numbers['--max-concurrent'] } : {}),
    ...(numbers['--rate-per-ip'] !== undefined ? { perIp: numbers['--rate-per-ip'] } : {}),
    ...(numbers['--rate-per-token'] !== undefined ? { perToken: numbers['--rate-per-token'] } : {}),
    ...(numbers['--rate-per-target'] !== undefined ? { perTarget: numbers['--rate-per-target'] } : {}),
  };
  const stageTimeout = numbers['--stage-timeout'];
  const ports = listFlag(a, '--ports')?.map(Number) ?? [...DEFAULT_PORTS];
  if (ports.some((p) => !Number.isInteger(p) || p < 1 || p > 65535)) return refuse('p_cli_bad_number', ['--ports']);
  const networks = listFlag(a, '--allow-network') ?? [];
  const badNet = invalidNetworks(networks)[0];
  if (badNet !== undefined) return refuse('p_cli_bad_network', [badNet]);
  const cors = a.values.get('--cors-origin') ?? env.BOUNCE_LENS_CORS;

  const configured = a.values.get('--token') ?? env.BOUNCE_LENS_TOKEN;
  const token = configured && configured.length > 0 ? configured : randomBytes(24).toString('base64url');
  if (token.length < 16) return refuse('p_cli_short_token');
  const trustProxy = parseTrustProxy(a.values.get('--trust-proxy') ?? '');
  if (!trustProxy.ok) return refuse('p_cli_bad_proxy', [trustProxy.bad]);
  const checks = checksConfigFrom(a, env);
  if (!checks.ok) return refuse(checks.error.key, checks.error.subs);
  const config: ServerConfig = defaultServerConfig({
    token,
    host: a.values.get('--host') ?? '127.0.0.1',
    port: port.value ?? 8787,
    corsOrigins: cors ? parseCorsOrigins(cors) : EXTENSION_ORIGINS,
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    limits,
    trustProxy: trustProxy.value,
    engine: {
      policy: { ports, allowPrivate: a.switches.has('--allow-private'), allowedNetworks: networks },
      ...(stageTimeout !== undefined ? { stageTimeoutMs: stageTimeout, tryTimeoutMs: stageTimeout } : {}),
    },
    checks: checks.value,
  });

  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(config, !a.switches.has('--quiet'));
  } catch (err) {
    process.stderr.write(`${t('p_cli_bad_option', [err instanceof Error ? err.message : String(err)])}\n`);
    return 1;
  }
  process.stderr.write(`${t('p_serve_listening', [server.url])}\n`);
  if (!configured) process.stderr.write(`${t('p_serve_token', [token])}\n`);
  if (config.redisUrl) process.stderr.write(`${t('p_serve_redis')}\n`);
  return new Promise<number>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      // Drain first: running streams finish (up to --drain-timeout), new requests get 503.
      drainApp(server.app, checks.value.drainMs).then(() => server.app.close()).then(() => resolve(0), () => resolve(1));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
