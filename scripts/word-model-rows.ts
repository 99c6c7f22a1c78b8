// The labelled texts the word model learns from: every row of test/fixtures/knowledge/error-texts.tsv
// and test/fixtures/explain-cases.tsv ("\n" in a text stands for a line break).
import { readFileSync } from 'node:fs';
import type { LabelledText } from '../src/core/knowledge/word-model-train.ts';

const root = new URL('../', import.meta.url);

export function trainingRows(): LabelledText[] {
  const rows: LabelledText[] = [];
  const [head = '', ...lines] = readFileSync(new URL('test/fixtures/knowledge/error-texts.tsv', root), 'utf8').split('\n');
  const names = head.split('\t');
  for (const line of lines) {
    if (!line.trim()) continue;
    const cells = line.split('\t');
    const c = Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
    rows.push({ text: (c.text ?? '').replace(/\\n/g, '\n'), buckets: (c.buckets ?? '').split('|'), actors: (c.actors ?? '').split('|'), split: c.split ?? '' });
  }
  const [, ...cases] = readFileSync(new URL('test/fixtures/explain-cases.tsv', root), 'utf8').split('\n');
  for (const line of cases) {
    const [, text = '', buckets = '', actors = ''] = line.split('\t');
    if (text) rows.push({ text, buckets: buckets.split('|'), actors: actors.split('|'), split: 'old' });
  }
  return rows;
}
