// `bounce-lens probe`: runs the staged probe from the user's own machine (vantage "client"),
// or discovers the settings for a domain. --user asks for the password on the terminal only.
import { readFileSync } from 'node:fs';
import type { Translate } from '../core/knowledge/types.ts';
import type { EngineOptions, SecurityChoice, StageResult, Verdict } from '../probe/index.ts';
import { DEFAULT_PORTS, defaultEngineOptions, discoverSettings, loadTranslate, renderStage, renderVerdict, resolveTarget, probeTarget } from '../probe/index.ts';
import { pickLanguage } from '../probe/catalogue.ts';
import { intFlag, listFlag, parseArgs } from '../probe/cli-args.ts';
import { invalidNetworks } from '../probe/guard.ts';
import { checkDomain } from '../probe/target.ts';

export interface ProbeIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads a password without echo; null when there is no terminal. */
  readPassword(prompt: string): Promise<string | null>;
  lang: string;
}

/** Reads a line from the terminal with echo off; never from argv or the environment. */
async function readPasswordFromTty(prompt: string): Promise<string | null> {
  const input = process.stdin;
  if (!input.isTTY) return null;
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  return new Promise((resolve) => {
    let value = '';
    const onData = (chunk: Buffer): void => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done(value);
        if (ch === '\u0003') return done(null); // Ctrl-C
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    function done(result: string | null): void {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      resolve(result);
    }
    input.on('data', onData);
  });
}

const defaultIo: ProbeIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readPassword: readPasswordFromTty,
  lang: pickLanguage(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG),
};

const SPEC = {
  values: ['--port', '--security', '--domain', '--user', '--ports', '--allow-network', '--timeout', '--size', '--ca'],
  switches: ['--json', '--allow-private', '--help'],
};

const STATE_KEY = { 'confirmed': 'p_cli_state_confirmed', 'ruled-out': 'p_cli_state_ruled_out', 'inconclusive': 'p_cli_state_inconclusive' } as const;

function printStage(r: StageResult, t: Translate, json: boolean, io: ProbeIo): void {
  const e = renderStage(r, t);
  if (json) {
    io.out(`${JSON.stringify(e)}\n`);
    return;
  }
  io.out(`${e.ok ? '✓' : '✗'} ${e.stage.padEnd(22)} ${String(e.ms).padStart(5)} ms  ${e.detail}\n`);
  for (const line of e.reply) io.out(`    ${line}\n`);
}

function printVerdict(v: Verdict, t: Translate, json: boolean, io: ProbeIo): void {
  const rendered = renderVerdict(v, t);
  if (json) {
    io.out(`${JSON.stringify({ verdict: rendered })}\n`);
    return;
  }
  io.out(`\n${t('p_cli_verdict')}: ${rendered.summary}\n`);
  for (const [bucket, state] of Object.entries(rendered.causes)) io.out(`  ${bucket.padEnd(18)} ${t(STATE_KEY[state])}\n`);
  if (rendered.recommended) {
    const r = rendered.recommended;
    io.out(`${t('p_cli_recommended', [r.host, String(r.port), r.security])}\n`);
  }
}

export async function runProbe(args: string[], io: ProbeIo = defaultIo): Promise<number> {
  if (args.some((a) => a === '--bounce' || a.startsWith('--bounce='))) return (await import('./probe-bounce.ts')).runProbeBounce(args, io);
  const t = loadTranslate(io.lang);
  const refuse = (key: string, subs: string[] = []): number => {
    io.err(`${t('p_cli_bad_option', [t(key, subs)])}\n${t('p_cli_usage')}\n`);
    return 2;
  };
  const parsed = parseArgs(args, SPEC);
  if (!parsed.ok) return refuse(parsed.error.key, parsed.error.subs);
  const a = parsed.value;
  if (a.switches.has('--help')) {
    io.out(`${t('p_cli_usage')}\n`);
    return 0;
  }
  const port = intFlag(a, '--port');
  const timeout = intFlag(a, '--timeout');
  const size = intFlag(a, '--size');
  for (const n of [port, timeout, size]) if (!n.ok) return refuse(n.error.key, n.error.subs);
  const ports = listFlag(a, '--ports')?.map(Number) ?? [...DEFAULT_PORTS];
  if (ports.some((p) => !Number.isInteger(p) || p < 1 || p > 65535)) return refuse('p_cli_bad_number', ['--ports']);
  const networks = listFlag(a, '--allow-network') ?? [];
  const badNet = invalidNetworks(networks)[0];
  if (badNet !== undefined) return refuse('p_cli_bad_network', [badNet]);
  const [host, ...extra] = a.positional;
  if (extra.length > 0) return refuse('p_cli_unknown_option', [extra[0] ?? '']);
  const domain = a.values.get('--domain');
  if (host === undefined && domain === undefined) return refuse('p_cli_no_host');

  const caFile = a.values.get('--ca');
  let ca: string | undefined;
  if (caFile !== undefined) {
    try {
      ca = readFileSync(caFile, 'utf8');
    } catch {
      return refuse('p_cli_bad_ca', [caFile]);
    }
    if (!ca.includes('-----BEGIN CERTIFICATE-----')) return refuse('p_cli_bad_ca', [caFile]);
  }
  const options: EngineOptions = defaultEngineOptions({
    ...(ca ? { trustedCa: [ca] } : {}),
    vantage: 'client',
    policy: { ports, allowPrivate: a.switches.has('--allow-private'), allowedNetworks: networks },
    ...(timeout.ok && timeout.value !== undefined ? { stageTimeoutMs: timeout.value, tryTimeoutMs: timeout.value } : {}),
    ...(size.ok && size.value !== undefined ? { messageBytes: size.value } : {}),
  });
  const json = a.switches.has('--json');

  let run: AsyncGenerator<StageResult, Verdict>;
  if (host === undefined) {
    const checked = checkDomain(domain ?? '');
    if (!checked.ok) return refuse(checked.error.message.key, checked.error.message.subs);
    run = discoverSettings(checked.value, options);
  } else {
    const request = {
      host,
      ...(port.ok && port.value !== undefined ? { port: port.value } : {}),
      ...(a.values.has('--security') ? { security: a.values.get('--security') as SecurityChoice } : {}),
      ...(domain !== undefined ? { domain } : {}),
    };
    const target = await resolveTarget(request, options);
    if (!target.ok) return refuse(target.error.message.key, target.error.message.subs);
    const user = a.values.get('--user');
    if (user !== undefined) {
      const password = await io.readPassword(t('p_cli_password_prompt', [user]));
      if (password === null) return refuse('p_cli_no_terminal');
      options.credentials = { user, password };
    }
    run = probeTarget(target.value, options);
  }
  try {
    for (;;) {
      const next = await run.next();
      if (next.done) {
        printVerdict(next.value, t, json, io);
        return 0;
      }
      printStage(next.value, t, json, io);
    }
  } finally {
    delete options.credentials;
  }
}
