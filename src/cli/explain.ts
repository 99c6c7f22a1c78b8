// `bounce-lens explain [--json] [--profile FILE] [FILE...]`: analyses each file (stdin when none)
// in one process. Human output: the knowledge base's explanation per input (what happened, who
// acts, the steps, what not to do). --json: one object per input per line, every field present
// (null when unknown), findings in recipient order. Exit 0 when every input was analysed,
// 2 (after the others) when a file could not be read or an option is unknown.
import { readFile } from 'node:fs/promises';
import type { Translate } from '../core/knowledge/types.ts';
import { DEFAULT_PROFILE, validateProfile, type Profile } from '../core/profile/index.ts';
import { loadTranslate, terminalLanguage } from '../node/catalogue.ts';
import { explainOutput } from './explain-output.ts';

const STDIN = '-';

type ReadResult = { ok: true; data: Uint8Array } | { ok: false; error: string };

async function readInput(file: string): Promise<ReadResult> {
  try {
    if (file === STDIN) {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return { ok: true, data: new Uint8Array(Buffer.concat(chunks)) };
    }
    return { ok: true, data: new Uint8Array(await readFile(file)) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, error: err.code ?? err.message };
  }
}

type ProfileRead = { ok: true; profile: Profile } | { ok: false; error: string };

// Another host's profile (JSON, see src/core/profile/README.md) replaces the default one.
async function readProfile(file: string | undefined, t: Translate): Promise<ProfileRead> {
  if (file === undefined) return { ok: true, profile: DEFAULT_PROFILE };
  try {
    const checked = validateProfile(JSON.parse(await readFile(file, 'utf8')));
    return checked.ok ? { ok: true, profile: checked.profile } : { ok: false, error: `${file}: ${checked.errors.join('; ')}` };
  } catch (e) {
    return { ok: false, error: t('cli_e_unreadable', [file, (e as NodeJS.ErrnoException).code ?? (e as Error).message]) };
  }
}

const USAGE = 'usage: bounce-lens explain [--json] [--profile FILE] [FILE...]\n';

export async function runExplain(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const profileAt = args.indexOf('--profile');
  const profileFile = profileAt >= 0 ? args[profileAt + 1] : undefined;
  const isProfileArg = (i: number): boolean => profileAt >= 0 && (i === profileAt || i === profileAt + 1);
  const rest = args.filter((a, i) => a !== '--json' && !isProfileArg(i));
  const unknown = rest.filter((a) => a.startsWith('--'));
  if (unknown.length || (profileAt >= 0 && !profileFile)) {
    process.stderr.write(`bounce-lens explain: ${unknown.join(' ') || '--profile needs a file'}?\n${USAGE}`);
    return 2;
  }
  const t = loadTranslate(terminalLanguage());
  const profile = await readProfile(profileFile, t);
  if (!profile.ok) {
    process.stderr.write(`bounce-lens explain: ${profile.error}\n`);
    return 2;
  }
  const inputs = rest.length ? rest : [STDIN];
  let failed = false;
  for (const file of inputs) {
    const read = await readInput(file);
    if (!read.ok) {
      failed = true;
      process.stderr.write(`bounce-lens explain: ${t('cli_e_unreadable', [file, read.error])}\n`);
      continue;
    }
    const out = await explainOutput(read.data, profile.profile, t, !json);
    if (json) {
      process.stdout.write(`${JSON.stringify({ file, findings: out.findings })}\n`);
      continue;
    }
    const text = out.text;
    process.stdout.write(inputs.length > 1 ? `== ${file}\n${text}\n` : text);
  }
  return failed ? 2 : 0;
}
