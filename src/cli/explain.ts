// `bounce-lens explain [--json] [FILE...]`: analyses each file (stdin when none) in one process.
// Human output: a short verdict per recipient. --json: one object per input per line, every field
// present (null when unknown), findings in recipient order. Exit 0 when every input was analysed,
// 2 (after the others) when a file could not be read or an option is unknown.
import { readFile } from 'node:fs/promises';
import { analyze, type Analysis, type Finding, type Side } from '../core/index.ts';
import { catalogueTranslator, render, type Catalogue } from '../core/i18n.ts';
import type { Translate } from '../core/knowledge/types.ts';
import { DEFAULT_PROFILE, profileSubs } from '../core/profile/index.ts';

const ROOT = new URL('../../', import.meta.url);
const STDIN = '-';

interface JsonFinding {
  recipient: string | null;
  action: string | null;
  status: string | null;
  replyCode: number | null;
  reason: string;
  bucket: string;
  side: string;
  hard: boolean;
  diagnostic: string | null;
  remoteMta: string | null;
  confidence: number;
}

type ReadResult = { ok: true; data: Uint8Array } | { ok: false; error: string };

async function loadCatalogue(): Promise<Translate> {
  const lang = /^de/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '') ? 'de' : 'en';
  try {
    const raw = await readFile(new URL(`public/_locales/${lang}/messages.json`, ROOT), 'utf8');
    return catalogueTranslator(JSON.parse(raw) as Catalogue);
  } catch {
    // No built catalogue (fresh clone before the build): keys stay visible rather than blank.
    return () => '';
  }
}

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

function toJsonFinding(f: Finding): JsonFinding {
  return {
    recipient: f.recipient, action: f.action, status: f.status, replyCode: f.replyCode, reason: f.reason,
    bucket: f.bucket, side: f.side, hard: f.hard, diagnostic: f.diagnostic, remoteMta: f.remoteMta,
    confidence: Math.round(f.confidence * 100) / 100,
  };
}

const ACTOR_OF: Readonly<Record<Side, string>> = {
  sender: 'k_actor_you', 'sender-provider': 'k_actor_provider', recipient: 'k_actor_recipient', none: 'k_actor_nobody',
};

function verdict(f: Finding, index: number, t: Translate): string[] {
  const codes = [f.replyCode, f.status].filter((c) => c !== null).join(' ');
  const title = (key: string): string => render({ key }, t);
  return [
    `${index + 1}. ${title(`k_r_${f.reason}_t`)} — ${title(`k_b_${f.bucket.replace(/-/g, '_')}_t`)}`,
    ...(f.recipient ? [`   ${render({ key: 'cli_x_recipient', subs: [f.recipient] }, t)}`] : []),
    `   ${title('cli_x_who_acts')}: ${render({ key: ACTOR_OF[f.side], subs: profileSubs(DEFAULT_PROFILE) }, t)}`,
    ...(codes ? [`   ${title('cli_x_codes')}: ${codes}`] : []),
    `   ${render({ key: 'cli_x_confidence', subs: [String(Math.round(f.confidence * 100))] }, t)}`,
  ];
}

function human(file: string, analysis: Analysis, many: boolean, t: Translate): string {
  const lines = analysis.findings.length
    ? analysis.findings.flatMap((f, i) => verdict(f, i, t))
    : [render({ key: 'cli_x_nothing' }, t)];
  return `${many ? `${file}\n` : ''}${lines.join('\n')}\n`;
}

export async function runExplain(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length) {
    process.stderr.write(`bounce-lens explain: ${unknown.join(' ')}?\nusage: bounce-lens explain [--json] [FILE...]\n`);
    return 2;
  }
  const files = args.filter((a) => !a.startsWith('--') || a === STDIN);
  const inputs = files.length ? files : [STDIN];
  const t = json ? (): string => '' : await loadCatalogue();
  let failed = false;
  for (const file of inputs) {
    const read = await readInput(file);
    if (!read.ok) {
      failed = true;
      // The catalogue's wording when present; otherwise the file and the system's error code.
      const text = t('cli_e_unreadable', [file, read.error]) || `${file}: ${read.error}`;
      process.stderr.write(`bounce-lens explain: ${text}\n`);
      continue;
    }
    const analysis = await analyze(read.data);
    process.stdout.write(
      json
        ? `${JSON.stringify({ file, findings: analysis.findings.map(toJsonFinding) })}\n`
        : human(file, analysis, inputs.length > 1, t),
    );
  }
  return failed ? 2 : 0;
}
