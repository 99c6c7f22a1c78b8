// `bounce-lens probe --bounce FILE`: derives the facts of a bounce with the engine (on this
// machine), runs the DNS checks that can confirm or rule out its cause, prints one line per
// check as it finishes and the verdict last (--json: JSON lines).
import { readFileSync } from 'node:fs';
import type { Translate } from '../core/knowledge/types.ts';
import { defaultEngineOptions, DEFAULT_PORTS, loadTranslate } from '../probe/index.ts';
import { intFlag, listFlag, parseArgs, type ParsedArgs } from '../probe/cli-args.ts';
import {
  createCheckResolver, defaultCheckOptions, factsFromBounce, parseBlocklistSpec, parseDnsServer, renderCheck,
  renderCheckVerdict, runBounceChecks, type BlocklistSpec, type DnsServer,
} from '../probe/checks/index.ts';
import type { ProbeIo } from './probe.ts';

const SPEC = {
  values: ['--bounce', '--dns-server', '--dnsbl', '--timeout', '--mx-port'],
  switches: ['--json', '--allow-private', '--no-connect', '--help'],
};

const STATE_KEY = { 'confirmed': 'p_cli_state_confirmed', 'ruled-out': 'p_cli_state_ruled_out', 'inconclusive': 'p_cli_state_inconclusive' } as const;

/** --dns-server a[,b] and --dnsbl zone[,zone…]; a bad one is named. */
export function dnsFlags(a: ParsedArgs): { ok: true; servers: DnsServer[]; lists: BlocklistSpec[] | undefined } | { ok: false; key: string; subs: string[] } {
  const servers: DnsServer[] = [];
  for (const raw of listFlag(a, '--dns-server') ?? []) {
    const s = parseDnsServer(raw);
    if (!s) return { ok: false, key: 'pc_cli_bad_dns_server', subs: [raw] };
    servers.push(s);
  }
  let lists: BlocklistSpec[] | undefined;
  for (const raw of listFlag(a, '--dnsbl') ?? []) {
    const l = parseBlocklistSpec(raw);
    if (!l) return { ok: false, key: 'pc_cli_bad_dnsbl', subs: [raw] };
    (lists ??= []).push(l);
  }
  return { ok: true, servers, lists };
}

export async function runProbeBounce(args: string[], io: ProbeIo): Promise<number> {
  const t: Translate = loadTranslate(io.lang);
  const refuse = (key: string, subs: string[] = []): number => {
    io.err(`${t('p_cli_bad_option', [t(key, subs)])}\n${t('pc_cli_usage')}\n`);
    return 2;
  };
  const parsed = parseArgs(args, SPEC);
  if (!parsed.ok) return refuse(parsed.error.key, parsed.error.subs);
  const a = parsed.value;
  if (a.switches.has('--help')) {
    io.out(`${t('pc_cli_usage')}\n`);
    return 0;
  }
  if (a.positional.length > 0) return refuse('p_cli_unknown_option', [a.positional[0] ?? '']);
  const file = a.values.get('--bounce') ?? '';
  const timeout = intFlag(a, '--timeout');
  const mxPort = intFlag(a, '--mx-port');
  for (const n of [timeout, mxPort]) if (!n.ok) return refuse(n.error.key, n.error.subs);
  const dns = dnsFlags(a);
  if (!dns.ok) return refuse(dns.key, dns.subs);

  let raw: string;
  try {
    raw = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch {
    return refuse('pc_cli_bad_file', [file]);
  }
  const derived = await factsFromBounce(raw);
  if (!derived) {
    io.err(`${t('pc_cli_no_facts')}\n`);
    return 1;
  }
  const resolver = createCheckResolver({ servers: dns.servers });
  const options = defaultCheckOptions({
    ...(dns.lists ? { blocklists: dns.lists } : {}),
    mxConnect: !a.switches.has('--no-connect'),
    ...(timeout.ok && timeout.value !== undefined ? { timeoutMs: timeout.value } : {}),
  });
  const engine = defaultEngineOptions({
    vantage: 'client',
    policy: { ports: [...DEFAULT_PORTS, ...(mxPort.ok && mxPort.value ? [mxPort.value] : [])], allowPrivate: a.switches.has('--allow-private'), allowedNetworks: [] },
    ...(mxPort.ok && mxPort.value ? { mxPort: mxPort.value } : {}),
    stageTimeoutMs: 4000, tryTimeoutMs: 4000,
  });
  const json = a.switches.has('--json');
  const f = derived.facts;
  if (!json) io.out(`${t('pc_cli_facts', [f.bucket, f.sendingIps.join(', ') || '-', f.senderDomain ?? '-', f.recipientDomain ?? '-'])}\n`);
  const run = runBounceChecks(f, resolver, options, engine);
  for (;;) {
    const next = await run.next();
    if (next.done) {
      const v = renderCheckVerdict(next.value, t);
      if (json) io.out(`${JSON.stringify({ verdict: v })}\n`);
      else {
        io.out(`\n${t('p_cli_verdict')}: ${v.summary}\n`);
        for (const [bucket, state] of Object.entries(v.causes)) io.out(`  ${bucket.padEnd(18)} ${t(STATE_KEY[state])}\n`);
      }
      return 0;
    }
    const e = renderCheck(next.value, t);
    if (json) io.out(`${JSON.stringify(e)}\n`);
    else {
      io.out(`${e.ok ? '✓' : '✗'} ${e.check.padEnd(17)} ${e.result.padEnd(12)} ${e.meaning}\n`);
      if (!e.ok && e.fixer !== 'none') io.out(`    ${e.fixerText}\n`);
      if (e.delistUrl && e.result === 'listed') io.out(`    ${t('pc_cli_delist', [e.delistUrl])}\n`);
    }
  }
}
