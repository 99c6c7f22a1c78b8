// A small strict argv parser shared by `probe` and `serve`: known flags only, values required,
// errors as values (the CLI turns them into exit code 2 with the reason on stderr).
import type { Msg } from '../core/knowledge/types.ts';
import type { Result } from './types.ts';

export interface FlagSpec {
  /** Flags that take a value ("--port 587" or "--port=587"). */
  values: readonly string[];
  /** Flags without a value. */
  switches: readonly string[];
}

export interface ParsedArgs {
  positional: string[];
  values: Map<string, string>;
  switches: Set<string>;
}

export function parseArgs(argv: string[], spec: FlagSpec): Result<ParsedArgs, Msg> {
  const out: ParsedArgs = { positional: [], values: new Map(), switches: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      out.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (spec.switches.includes(name) && eq < 0) {
      out.switches.add(name);
    } else if (spec.values.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') return { ok: false, error: { key: 'p_cli_missing_value', subs: [name] } };
      out.values.set(name, value);
    } else {
      return { ok: false, error: { key: 'p_cli_unknown_option', subs: [name] } };
    }
  }
  return { ok: true, value: out };
}

export function intFlag(args: ParsedArgs, name: string): Result<number | undefined, Msg> {
  const raw = args.values.get(name);
  if (raw === undefined) return { ok: true, value: undefined };
  if (!/^\d{1,6}$/.test(raw)) return { ok: false, error: { key: 'p_cli_bad_number', subs: [name] } };
  return { ok: true, value: Number(raw) };
}

export function listFlag(args: ParsedArgs, name: string): string[] | undefined {
  const raw = args.values.get(name);
  return raw === undefined ? undefined : raw.split(',').map((s) => s.trim()).filter(Boolean);
}
