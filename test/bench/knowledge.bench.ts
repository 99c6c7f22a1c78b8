// `npm run bench:knowledge`: how often `bounce-lens explain` gets the cause bucket, who acts and
// "temporary" right on labelled error texts from public provider and client documentation
// (test/fixtures/knowledge/error-texts.tsv), per source group, with the held-out rows (never
// tuned on) reported apart; on the lead-held set (error-texts-lead.tsv); and on the older set
// (test/fixtures/explain-cases.tsv). Also counts
// JSON/human disagreements on who acts. Figures are printed, never asserted.
// Flags: --verbose (every row that misses).
import { readdirSync } from 'node:fs';
import { loadTranslate } from '../../src/node/catalogue.ts';
import { render } from '../../src/core/i18n.ts';
import { judge, readErrorTexts, readExplainCases, type Row, type Verdict } from './knowledge-score.ts';

const verbose = process.argv.includes('--verbose');
const t = loadTranslate('en');
const who = render({ key: 'cli_x_who_acts' }, t);
const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');

interface Tally { n: number; bucket: number; actor: number; temporary: number; agree: number }
const empty = (): Tally => ({ n: 0, bucket: 0, actor: 0, temporary: 0, agree: 0 });
function add(t: Tally, v: Verdict): void {
  t.n++;
  if (v.bucketOk) t.bucket++;
  if (v.actorOk) t.actor++;
  if (v.temporaryOk) t.temporary++;
  if (v.agrees) t.agree++;
}
const line = (name: string, s: Tally): string =>
  `${name.padEnd(22)} ${String(s.n).padStart(4)}  ${pct(s.bucket, s.n).padStart(6)}  ${pct(s.actor, s.n).padStart(6)}  ${pct(s.temporary, s.n).padStart(6)}  ${pct(s.agree, s.n).padStart(6)}`;
const HEAD = `${'source'.padEnd(22)} ${'rows'.padStart(4)}  ${'bucket'.padStart(6)}  ${'who'.padStart(6)}  ${'temp'.padStart(6)}  ${'json=h'.padStart(6)}`;

/** error-texts-lead.tsv, then -lead2, -lead3 … in number order. */
function leadOrder(a: string, b: string): number {
  const n = (f: string): number => Number(/lead(\d*)/.exec(f)?.[1] || 1);
  return n(a) - n(b);
}

async function run(title: string, rows: Row[]): Promise<void> {
  const groups = new Map<string, Tally>();
  const splits = new Map<string, Tally>();
  const all = empty();
  const misses: string[] = [];
  for (const row of rows) {
    const v = await judge(row, t, who);
    add(all, v);
    const g = groups.get(row.group) ?? empty();
    add(g, v);
    groups.set(row.group, g);
    const s = splits.get(row.split) ?? empty();
    add(s, v);
    splits.set(row.split, s);
    if (!(v.bucketOk && v.actorOk && v.temporaryOk && v.agrees)) {
      misses.push(`${row.id} [${row.split}] got ${v.bucket}/${v.actor}/${v.temporary}${v.agrees ? '' : ' JSON≠human'}, want ${row.buckets.join('|')}/${row.actors.join('|')}/${row.temporary}: ${row.text.replace(/\n/g, ' ').slice(0, 110)}`);
    }
  }
  console.log(`\n== ${title}\n${HEAD}`);
  for (const [name, s] of [...groups].sort(([a], [b]) => a.localeCompare(b))) console.log(line(name, s));
  console.log('-'.repeat(HEAD.length));
  for (const [name, s] of splits) console.log(line(`(${name})`, s));
  console.log(line('all', all));
  if (verbose && misses.length) console.log(`\nmisses:\n${misses.join('\n')}`);
}

await run('error-texts.tsv (public provider and client documentation)', readErrorTexts());
// Labelled by someone who saw neither the rules nor their output, from issue threads, Q&A and help
// pages; the word model does not train on them (see test/fixtures/knowledge/README.md). Each
// error-texts-lead*.tsv is scored apart.
const KNOWLEDGE_DIR = 'test/fixtures/knowledge';
for (const file of readdirSync(KNOWLEDGE_DIR).filter((f) => /^error-texts-lead\d*\.tsv$/.test(f)).sort(leadOrder)) {
  const rows = readErrorTexts(`${KNOWLEDGE_DIR}/${file}`);
  await run(`${file} (lead-held ${[...new Set(rows.map((r) => r.split))].join(', ')}: pasted errors, labelled without seeing the rules)`, rows);
}
await run('explain-cases.tsv (older set, reference tables)', readExplainCases());
