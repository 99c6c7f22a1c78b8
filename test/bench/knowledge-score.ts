// Scores `bounce-lens explain`'s output (the JSON findings and the human text, from the one
// function the CLI calls) against labelled error texts. Shared by the benchmark and the tests.
import { readFileSync } from 'node:fs';
import { explainOutput, type ExplainOutput } from '../../src/cli/explain-output.ts';
import { actorMsg } from '../../src/core/knowledge/explain-core.ts';
import { render } from '../../src/core/i18n.ts';
import type { Translate } from '../../src/core/knowledge/types.ts';
import { DEFAULT_PROFILE } from '../../src/core/profile/index.ts';

export interface Row {
  id: string;
  group: string;
  split: string;
  source: string;
  text: string;
  buckets: string[];
  actors: string[];
  /** "true", "false" or "*" (either). */
  temporary: string;
}

const root = new URL('../../', import.meta.url);

/** error-texts.tsv: "\n" in a text stands for a line break. */
export function readErrorTexts(path = 'test/fixtures/knowledge/error-texts.tsv'): Row[] {
  const [head = '', ...lines] = readFileSync(new URL(path, root), 'utf8').split('\n');
  const names = head.split('\t');
  return lines.filter((l) => l.trim()).map((l) => {
    const c = Object.fromEntries(names.map((n, i) => [n, l.split('\t')[i] ?? '']));
    return {
      id: c.id ?? '', group: c.group ?? '', split: c.split ?? '', source: c.source ?? '',
      text: (c.text ?? '').replace(/\\n/g, '\n'),
      buckets: (c.buckets ?? '').split('|'), actors: (c.actors ?? '').split('|'), temporary: c.temporary ?? '*',
    };
  });
}

/** explain-cases.tsv (the older set): same shape, no temporary column. */
export function readExplainCases(): Row[] {
  const [, ...lines] = readFileSync(new URL('test/fixtures/explain-cases.tsv', root), 'utf8').split('\n');
  return lines.filter((l) => l.trim()).map((l, i) => {
    const [source = '', text = '', buckets = '', actors = ''] = l.split('\t');
    return { id: `case-${i + 1}`, group: source.split(':')[0] ?? '', split: 'old', source, text, buckets: buckets.split('|'), actors: actors.split('|'), temporary: '*' };
  });
}

export interface Verdict {
  row: Row;
  out: ExplainOutput;
  bucket: string;
  actor: string;
  temporary: boolean;
  bucketOk: boolean;
  actorOk: boolean;
  temporaryOk: boolean;
  /** The human "Who acts" lines are exactly the JSON findings' actors, rendered. */
  agrees: boolean;
}

const WHO = /^ {3}(?:Who acts|Wer ist am Zug): .*$/gm;

export async function judge(row: Row, t: Translate, whoLabel: string): Promise<Verdict> {
  const out = await explainOutput(new TextEncoder().encode(row.text), DEFAULT_PROFILE, t);
  const lead = out.findings[0];
  const bucket = lead?.bucket ?? 'unknown';
  const actor = lead?.actor ?? '-';
  const temporary = lead?.temporary ?? false;
  const printed = new Set(out.text.match(WHO) ?? []);
  const fromJson = new Set(out.findings.flatMap((f) => (f.actor ? [`   ${whoLabel}: ${render(actorMsg(f.actor, DEFAULT_PROFILE), t)}`] : [])));
  const agrees = printed.size === fromJson.size && [...printed].every((l) => fromJson.has(l));
  return {
    row, out, bucket, actor, temporary,
    bucketOk: row.buckets.includes(bucket),
    actorOk: row.actors.includes(actor),
    temporaryOk: row.temporary === '*' || String(temporary) === row.temporary,
    agrees,
  };
}
