// The Sisimai corpus and its labels, and the comparison rules the benchmark and the ratchet test share.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/core/index.ts';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'fixtures', 'sisimai');

export interface Label {
  file: string;
  status: string;
  reason: string;
  replyCode: string;
}

export function loadLabels(): Map<string, Label[]> {
  const byFile = new Map<string, Label[]>();
  const lines = readFileSync(join(CORPUS_DIR, 'labels.tsv'), 'utf8').split('\n').slice(1);
  for (const line of lines) {
    if (!line.trim()) continue;
    const [file = '', , , status = '', reason = '', replyCode = ''] = line.split('\t');
    const list = byFile.get(file) ?? [];
    list.push({ file, status, reason, replyCode });
    byFile.set(file, list);
  }
  return byFile;
}

export function readCorpusFile(relative: string): Uint8Array {
  return readFileSync(join(CORPUS_DIR, relative));
}

export function listDir(relative: string): string[] {
  return readdirSync(join(CORPUS_DIR, relative)).filter((f) => f.endsWith('.eml')).sort().map((f) => `${relative}/${f}`);
}

/** Sisimai writes x.0.9NN when a message states no status: those rows compare on the class digit only. */
export const PSEUDO_STATUS = /^[245]\.0\.9\d\d$/;
export const STATUS_RULE =
  'status: exact match, except Sisimai pseudo-statuses x.0.9NN (message states no status) which compare on the class digit of our status, else reply code, else action (failed → 5, delayed → 4)';

export interface Outcome {
  reason: string | null;
  status: string | null;
  replyCode: number | null;
  action: string | null;
}

export function outcomeOf(f: Finding | undefined): Outcome {
  return f ? { reason: f.reason, status: f.status, replyCode: f.replyCode, action: f.action } : { reason: null, status: null, replyCode: null, action: null };
}

function classDigit(o: Outcome): string | null {
  if (o.status) return o.status[0] ?? null;
  if (o.replyCode !== null) return String(o.replyCode)[0] ?? null;
  if (o.action === 'failed') return '5';
  if (o.action === 'delayed') return '4';
  return null;
}

export function statusAgrees(label: Label, o: Outcome): boolean {
  if (PSEUDO_STATUS.test(label.status)) return classDigit(o) === label.status[0];
  return (o.status ?? '') === label.status;
}

export function replyAgrees(label: Label, o: Outcome): boolean {
  return (o.replyCode === null ? '' : String(o.replyCode)) === label.replyCode;
}

export function reasonAgrees(label: Label, o: Outcome): boolean {
  return o.reason === label.reason;
}
